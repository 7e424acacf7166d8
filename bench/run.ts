// `npm run bench`: Notulist against the floor on the same machine in the same run. Writes
// bench/results.json (medians, with every round kept) and prints a table. Not a test: no
// figure here fails anything; `--small` runs a tiny meeting for the smoke test.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { PROJECT_ROOT, RENDERER_DIST } from '../electron/core/page/app-paths';
import { createNotulistCore } from '../electron/core/notulist-core';
import { startHost } from '../electron/host/http-host';
import { CHROMIUM_ARGS, findChromium } from '../test/e2e/chromium';
import { bundlePath } from '../bin/cli-bundle.mjs';
import { countWords, generateMeeting, LARGE_MEETING } from './large-meeting';
import { measureMemory, measureStartup, measureTyping } from './measure-browser';
import { measureExport, measureSave } from './measure-node';
import { serveFolder } from './static-server';

const small = process.argv.includes('--small');
const options = small ? { ...LARGE_MEETING, sections: 2, itemsPerSection: 3, words: 600 } : LARGE_MEETING;
const rounds = small ? { save: 3, export: 1, typing: 1, keystrokes: 20, startup: 1, memory: 1 } : { save: 15, export: 5, typing: 5, keystrokes: 300, startup: 15, memory: 3 };
const output = process.env.NOTULIST_BENCH_OUT ?? join(PROJECT_ROOT, 'bench', 'results.json');

async function buildReferencePages(dir: string): Promise<void> {
  await build({ root: join(PROJECT_ROOT, 'bench', 'blank'), base: './', plugins: [react()], logLevel: 'warn', build: { outDir: join(dir, 'blank'), emptyOutDir: true } });
  await mkdir(join(dir, 'pages'), { recursive: true });
  const { readFile } = await import('node:fs/promises');
  await writeFile(join(dir, 'pages', 'textarea.html'), await readFile(join(PROJECT_ROOT, 'bench', 'pages', 'textarea.html')));
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'notulist-bench-'));
  const meeting = generateMeeting(options);
  console.log(`bench: meeting of ${meeting.sections.length} sections × ${options.itemsPerSection} items, ${countWords(meeting)} words`);

  const save = await measureSave(join(work, 'save'), meeting, rounds.save);
  const exported = await measureExport(work, meeting, bundlePath(PROJECT_ROOT), rounds.export);

  const workspace = join(work, 'workspace');
  const core = await createNotulistCore({ workspaceDir: workspace, appVersion: 'bench' });
  await core.saveMeeting({ meeting });
  const host = await startHost({ core, staticDir: RENDERER_DIST });
  await buildReferencePages(join(work, 'reference'));
  const reference = await serveFolder(join(work, 'reference'));
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found: install the Debian package "chromium" or set CHROMIUM_PATH');
  // Both sides run unthrottled by the 60 Hz frame clock, so latency shows work, not vsync waits.
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'] });
  try {
    const targets = {
      appUrl: `http://127.0.0.1:${host.port}/`,
      meetingPath: `#token=${host.token}&meeting=${meeting.id}&tab=live`,
      textareaUrl: `${reference.url}/pages/textarea.html`,
      blankUrl: `${reference.url}/blank/index.html`,
    };
    // The token goes into sessionStorage on the first visit; the hash keeps it for each new page.
    const startup = await measureStartup(browser, targets, rounds.startup);
    const typing = await measureTyping(browser, targets, rounds.keystrokes, rounds.typing);
    const memory = await measureMemory(browser, targets, rounds.memory);
    const results = {
      meeting: { sections: meeting.sections.length, items: meeting.sections.length * options.itemsPerSection, words: countWords(meeting) },
      machine: { node: process.version, chromium: browser.version(), cpus: (await import('node:os')).cpus().length },
      typing,
      save,
      export: exported,
      startup,
      memory,
    };
    await writeFile(output, `${JSON.stringify(results, null, 2)}\n`);
    console.table({
      typing: { notulist: `${typing.app_p95_ms} ms p95`, floor: `${typing.textarea_p95_ms} ms (textarea)`, ratio: typing.ratio, target: '≤ 1.25, < 16 ms' },
      save: { notulist: `${save.app_ms} ms`, floor: `${save.raw_fsync_ms} ms (write+fsync)`, ratio: save.ratio, target: '≤ 2' },
      export: { notulist: `${exported.cli_ms} ms`, floor: `${exported.pandoc_ms} ms (pandoc)`, ratio: exported.ratio, target: '≤ 1.0' },
      startup: { notulist: `${startup.app_ms} ms`, floor: `${startup.blank_ms} ms (empty React)`, ratio: startup.ratio, target: '≤ 2' },
      memory: { notulist: `${memory.renderer_heap_mb} MB`, floor: '', ratio: '', target: '≤ 150 MB' },
    });
    console.log(`bench: wrote ${output}`);
  } finally {
    await browser.close();
    await reference.close();
    await host.close();
    await core.close();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
