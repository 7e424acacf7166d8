// Start-up breakdown: app vs bare TipTap, resource timings and long tasks.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
const repo = process.argv[2] ?? '/work/main';
const rounds = Number(process.argv[3] ?? 10);
const { createNotulistCore } = await import(join(repo, 'electron/core/notulist-core.ts'));
const { startHost } = await import(join(repo, 'electron/host/http-host.ts'));
const { generateMeeting, LARGE_MEETING } = await import(join(repo, 'bench/large-meeting.ts'));
const { buildReferencePages, writeTiptapNotes } = await import(join(repo, 'bench/reference-pages.ts'));
const { serveFolder } = await import(join(repo, 'bench/static-server.ts'));
const work = await mkdtemp(join(tmpdir(), 'diag-'));
const meeting = generateMeeting(LARGE_MEETING);
const core = await createNotulistCore({ workspaceDir: join(work, 'ws'), appVersion: 'bench' });
await core.saveMeeting({ meeting });
const host = await startHost({ core, staticDir: join(repo, 'dist/renderer') });
await buildReferencePages(join(work, 'ref'));
const appUrl = `http://127.0.0.1:${host.port}/#token=${host.token}&meeting=${meeting.id}&tab=live`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu-vsync', '--disable-frame-rate-limit'] });
let page = await browser.newPage();
await page.goto(appUrl);
const id = await page.locator('.current-item .ProseMirror').first().getAttribute('data-item-id');
await page.close();
const item = meeting.sections.flatMap((s: any) => s.items).find((i: any) => i.id === id);
await writeTiptapNotes(join(work, 'ref'), item.notes);
const ref = await serveFolder(join(work, 'ref'));
const tiptapUrl = `${ref.url}/tiptap/index.html`;
const SEL = { app: '.current-item .ProseMirror[contenteditable="true"]', tiptap: '.ProseMirror[contenteditable="true"]' };
const once = async (url: string, sel: string) => {
  const p = await browser.newPage();
  await p.addInitScript(() => { (window as any).__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); });
  await p.goto(url, { waitUntil: 'commit' });
  const h = await p.waitForFunction((s) => (document.querySelector(s) ? performance.now() : false), sel, { polling: 'raf', timeout: 60000 });
  const at = (await h.jsonValue()) as number;
  const info = await p.evaluate(() => ({
    res: performance.getEntriesByType('resource').map((e: any) => [e.name.replace(/^.*\//, '').slice(0, 28), Math.round(e.startTime), Math.round(e.responseEnd), e.transferSize]),
    nav: (() => { const n: any = performance.getEntriesByType('navigation')[0]; return [Math.round(n.responseEnd), Math.round(n.domInteractive), Math.round(n.domContentLoadedEventEnd)]; })(),
    lt: (window as any).__lt,
  }));
  await p.close();
  return { at, ...info };
};
const all: any = { app: [], tiptap: [] };
for (let r = 0; r < rounds; r++) {
  all.app.push(await once(appUrl, SEL.app));
  all.tiptap.push(await once(tiptapUrl, SEL.tiptap));
}
const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
for (const k of ['app', 'tiptap']) {
  console.log(k, 'median ready', med(all[k].map((x: any) => x.at)).toFixed(0));
  for (const x of all[k].slice(-3)) console.log(JSON.stringify({ at: Math.round(x.at), nav: x.nav, res: x.res, lt: x.lt }));
}
await browser.close(); await ref.close(); await host.close(); await core.close();
process.exit(0);
