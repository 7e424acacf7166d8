// Trace the app's start-up: top-level task breakdown by event name.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
const repo = process.argv[2] ?? '/work/main';
const { createNotulistCore } = await import(join(repo, 'electron/core/notulist-core.ts'));
const { startHost } = await import(join(repo, 'electron/host/http-host.ts'));
const { generateMeeting, LARGE_MEETING } = await import(join(repo, 'bench/large-meeting.ts'));
const work = await mkdtemp(join(tmpdir(), 'diag-'));
const meeting = generateMeeting(LARGE_MEETING);
const core = await createNotulistCore({ workspaceDir: join(work, 'ws'), appVersion: 'bench' });
await core.saveMeeting({ meeting });
const host = await startHost({ core, staticDir: join(repo, 'dist/renderer') });
const appUrl = `http://127.0.0.1:${host.port}/#token=${host.token}&meeting=${meeting.id}&tab=live`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu-vsync', '--disable-frame-rate-limit'] });
for (let i = 0; i < 3; i++) { const p = await browser.newPage(); await p.goto(appUrl); await p.locator('.current-item .ProseMirror').first().waitFor(); await p.close(); }
const p = await browser.newPage();
await browser.startTracing(p, { path: '/tmp/diag/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'] , screenshots: false});
await p.goto(appUrl, { waitUntil: 'commit' });
const h = await p.waitForFunction((s) => (document.querySelector(s) ? performance.now() : false), '.current-item .ProseMirror[contenteditable="true"]', { polling: 'raf', timeout: 60000 });
console.log('ready', await h.jsonValue());
await p.waitForTimeout(300);
await browser.stopTracing();
console.log('dom nodes', await p.evaluate(() => document.querySelectorAll('*').length));
await browser.close(); await host.close(); await core.close();
process.exit(0);
