import type { Browser, Page } from 'playwright-core';
import { compare, median, percentile, round2 } from './stats';

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
  /** A bare TipTap editor with the app's extensions, holding the current item's notes. */
  tiptapUrl: string;
}

/** The app's editor of the current item, at its end, as the secretary continues the notes. */
async function typeInApp(browser: Browser, targets: BrowserTargets, keystrokes: number): Promise<{ p95: number; content: string }> {
  const page = await browser.newPage();
  await page.goto(`${targets.appUrl}${targets.meetingPath}`);
  const editor = page.locator('.current-item .ProseMirror').first();
  const content = await editor.innerText();
  await editor.click();
  await page.keyboard.press('Control+End');
  const p95 = percentile(await typeAndMeasure(page, keystrokes), 95);
  await page.close();
  return { p95, content };
}

async function typeInTextarea(browser: Browser, targets: BrowserTargets, content: string, keystrokes: number): Promise<number> {
  const page = await browser.newPage();
  await page.goto(targets.textareaUrl);
  const textarea = page.locator('#notes');
  await textarea.fill(content);
  await textarea.click();
  await page.keyboard.press('Control+End');
  const p95 = percentile(await typeAndMeasure(page, keystrokes), 95);
  await page.close();
  return p95;
}

async function typeInBareTiptap(browser: Browser, targets: BrowserTargets, keystrokes: number): Promise<number> {
  const page = await browser.newPage();
  await page.goto(targets.tiptapUrl);
  const editor = page.locator('.ProseMirror').first();
  await editor.click();
  await page.keyboard.press('Control+End');
  const p95 = percentile(await typeAndMeasure(page, keystrokes), 95);
  await page.close();
  return p95;
}

/**
 * The app's editor of the current item of the large meeting against a bare textarea (the
 * browser's floor) and a bare TipTap editor (the chosen editor's floor) holding the same text;
 * the three sides take turns within each round.
 */
export async function measureTyping(browser: Browser, targets: BrowserTargets, keystrokes: number, rounds: number) {
  const app: number[] = [];
  const textarea: number[] = [];
  const tiptap: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const typed = await typeInApp(browser, targets, keystrokes);
    app.push(typed.p95);
    // The textarea gets the very text the editor holds, so every side types after the same content.
    textarea.push(await typeInTextarea(browser, targets, typed.content, keystrokes));
    tiptap.push(await typeInBareTiptap(browser, targets, keystrokes));
  }
  const byTextarea = compare(app, textarea);
  const byTiptap = compare(app, tiptap);
  return {
    app_p95_ms: byTextarea.app,
    textarea_p95_ms: byTextarea.floor,
    ratio: byTextarea.ratio,
    ratio_spread: byTextarea.spread,
    tiptap_p95_ms: byTiptap.floor,
    tiptap_ratio: byTiptap.ratio,
    tiptap_ratio_spread: byTiptap.spread,
    rounds: { app_p95: app, textarea_p95: textarea, tiptap_p95: tiptap },
  };
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

/** Opens `url` in a new page and returns when `selector` is first there, in ms since navigation. */
async function startOnce(browser: Browser, url: string, selector: string): Promise<number> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const at = await readyAt(page, selector);
  await page.close();
  return at;
}

/**
 * From navigation until the first item of the large meeting can be typed into, against an empty
 * React page and a bare TipTap page that fetches and shows the same notes; alternating.
 */
export async function measureStartup(browser: Browser, targets: BrowserTargets, rounds: number) {
  const app: number[] = [];
  const blank: number[] = [];
  const tiptap: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    app.push(await startOnce(browser, `${targets.appUrl}${targets.meetingPath}`, '.current-item .ProseMirror[contenteditable="true"]'));
    blank.push(await startOnce(browser, targets.blankUrl, '#ready'));
    tiptap.push(await startOnce(browser, targets.tiptapUrl, '.ProseMirror[contenteditable="true"]'));
  }
  const byBlank = compare(app, blank);
  const byTiptap = compare(app, tiptap);
  return {
    app_ms: byBlank.app,
    blank_ms: byBlank.floor,
    ratio: byBlank.ratio,
    ratio_spread: byBlank.spread,
    tiptap_ms: byTiptap.floor,
    tiptap_ratio: byTiptap.ratio,
    tiptap_ratio_spread: byTiptap.spread,
    rounds: { app, blank, tiptap },
  };
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

/** The agenda item whose notes the app's live view shows first (its editor carries the item's id). */
export async function firstEditedItemId(browser: Browser, targets: BrowserTargets): Promise<string> {
  const page = await browser.newPage();
  await page.goto(`${targets.appUrl}${targets.meetingPath}`);
  const id = await page.locator('.current-item .ProseMirror').first().getAttribute('data-item-id');
  await page.close();
  if (!id) throw new Error('bench: the live view shows no editor with a data-item-id');
  return id;
}
