import type { Browser, Page } from 'playwright-core';
import { median, percentile, round2 } from './stats';

/**
 * Installed in the page: for every keydown, the time until the frame after it has been painted
 * (a rAF, then a task after that frame), the usual keystroke-to-next-paint measure.
 */
const INSTRUMENT = () => {
  const samples: number[] = [];
  (window as unknown as { __latencies: number[] }).__latencies = samples;
  window.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - start), 0));
    },
    true,
  );
};

const TEXT = 'De portefeuillehouders stemmen in met het voorstel en vragen om een evaluatie in het najaar. ';

/**
 * Before each key, a pause of 0 to 20 ms from a fixed sequence (the same on both sides). A
 * secretary does not type in step with the frame clock; a loop that types as soon as the last
 * key is painted does, and its latencies lock onto the frames: the textarea's rounds came out
 * at either 9 or 17 ms p95 depending on the phase the round happened to start in.
 */
const pauseBefore = (i: number): number => ((i * 7919) % 17) * 1.2;

/** Types `count` characters one by one, waiting for each to be painted, and returns the latencies. */
async function typeAndMeasure(page: Page, count: number): Promise<number[]> {
  await page.evaluate(INSTRUMENT);
  for (let i = 0; i < count; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, pauseBefore(i)));
    await page.keyboard.type(TEXT[i % TEXT.length]!);
    await page.waitForFunction((n) => (window as unknown as { __latencies: number[] }).__latencies.length > n, i, { polling: 'raf' });
  }
  return page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
}

export interface BrowserTargets {
  appUrl: string;
  /** The meeting's live view, as the secretary types during the meeting. */
  meetingPath: string;
  textareaUrl: string;
  blankUrl: string;
}

/** The app's editor of the current item of the large meeting against a bare textarea holding the same text. */
export async function measureTyping(browser: Browser, targets: BrowserTargets, keystrokes: number, rounds: number) {
  const app: number[] = [];
  const textareaRounds: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const page = await browser.newPage();
    await page.goto(`${targets.appUrl}${targets.meetingPath}`);
    const editor = page.locator('.current-item .ProseMirror').first();
    // The textarea gets the very text the editor holds, so both sides type after the same content.
    const content = await editor.innerText();
    await editor.click();
    await page.keyboard.press('Control+End');
    app.push(percentile(await typeAndMeasure(page, keystrokes), 95));
    await page.close();

    const plain = await browser.newPage();
    await plain.goto(targets.textareaUrl);
    const textarea = plain.locator('#notes');
    await textarea.fill(content);
    await textarea.click();
    await plain.keyboard.press('Control+End');
    textareaRounds.push(percentile(await typeAndMeasure(plain, keystrokes), 95));
    await plain.close();
  }
  const appP95 = median(app);
  const textareaP95 = median(textareaRounds);
  return { app_p95_ms: round2(appP95), textarea_p95_ms: round2(textareaP95), ratio: round2(appP95 / textareaP95), rounds: { app_p95: app, textarea_p95: textareaRounds } };
}

/**
 * When `selector` first matches, measured in the page: the first animation frame in which the
 * element is there (so it is rendered and accepts input), in ms since navigation. Timing in the
 * page keeps the protocol round trip to Playwright, and whatever the page does afterwards, out
 * of both figures alike.
 */
async function readyAt(page: Page, selector: string): Promise<number> {
  const handle = await page.waitForFunction((sel) => (document.querySelector(sel) ? performance.now() : false), selector, { polling: 'raf', timeout: 60_000 });
  return (await handle.jsonValue()) as number;
}

/** From navigation until the first item of the large meeting can be typed into, against an empty React page. */
export async function measureStartup(browser: Browser, targets: BrowserTargets, rounds: number) {
  const app: number[] = [];
  const blank: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const page = await browser.newPage();
    await page.goto(`${targets.appUrl}${targets.meetingPath}`, { waitUntil: 'commit' });
    app.push(await readyAt(page, '.current-item .ProseMirror[contenteditable="true"]'));
    await page.close();

    const empty = await browser.newPage();
    await empty.goto(targets.blankUrl, { waitUntil: 'commit' });
    blank.push(await readyAt(empty, '#ready'));
    await empty.close();
  }
  const appMs = median(app);
  const blankMs = median(blank);
  return { app_ms: round2(appMs), blank_ms: round2(blankMs), ratio: round2(appMs / blankMs), rounds: { app, blank } };
}

/** The renderer's JS heap with the large meeting open, after a garbage collection. */
export async function measureMemory(browser: Browser, targets: BrowserTargets, rounds: number) {
  const heaps: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const page = await browser.newPage();
    await page.goto(`${targets.appUrl}${targets.meetingPath}`);
    await page.locator('.current-item .ProseMirror').first().waitFor();
    const session = await page.context().newCDPSession(page);
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    heaps.push(usedSize / (1024 * 1024));
    await page.close();
  }
  return { renderer_heap_mb: round2(median(heaps)), rounds: { renderer_heap_mb: heaps.map(round2) } };
}
