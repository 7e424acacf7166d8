// `npm run bench`: Notulist against the floor on the same machine in the same run. Writes
// bench/results.json (medians, with every round kept) and prints a table. Not a test: no
// figure here fails anything; `--small` runs a tiny meeting for the smoke test.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT, RENDERER_DIST } from '../electron/core/page/app-paths';
import { createNotulistCore } from '../electron/core/notulist-core';
import { startHost } from '../electron/host/http-host';
import { CHROMIUM_ARGS, findChromium } from '../test/e2e/chromium';
import { bundlePath } from '../bin/cli-bundle.mjs';
import { ARCHIVE_BENCH, ARCHIVE_BENCH_SMALL, measureArchiveSearch } from './archive-search-bench';
import { measureArchiveImport } from './archive-import-bench';
import { countWords, generateMeeting, LARGE_MEETING } from './large-meeting';
import { firstEditedItemId, measureMemory, measureStartup, measureTyping } from './measure-browser';
import { measureExport, measureSave } from './measure-node';
import { buildReferencePages, writeTiptapNotes } from './reference-pages';
import { serveFolder } from './static-server';
import { measureSync, SYNC_BENCH, SYNC_BENCH_SMALL } from './sync-bench';
import type { Spread } from './stats';

const small = process.argv.includes('--small');
const options = small ? { ...LARGE_MEETING, sections: 2, itemsPerSection: 3, words: 600 } : LARGE_MEETING;
// Enough rounds that the spread of per-round ratios, not one lucky median, shows whether a target holds.
// One page load varies by a factor of two here: with 30 loads a side the start-up ratio's median
// still moved by about 0.07 between runs of one build, so 60; typing's p95 per round likewise.
const rounds = small ? { save: 3, export: 1, typing: 1, keystrokes: 20, startup: 1, memory: 1 } : { save: 60, export: 9, typing: 10, keystrokes: 300, startup: 60, memory: 3 };
const output = process.env.NOTULIST_BENCH_OUT ?? join(PROJECT_ROOT, 'bench', 'results.json');

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'notulist-bench-'));
  const meeting = generateMeeting(options);
  console.log(`bench: meeting of ${meeting.sections.length} sections × ${options.itemsPerSection} items, ${countWords(meeting)} words`);

  const save = await measureSave(join(work, 'save'), meeting, rounds.save);
  const exported = await measureExport(work, meeting, bundlePath(PROJECT_ROOT), rounds.export);
  // Issue 19: the archive's index and search on 500 meetings, and importing this meeting's resumé.
  const archive = {
    ...(await measureArchiveSearch(join(work, 'archive'), small ? ARCHIVE_BENCH_SMALL : ARCHIVE_BENCH)),
    ...(await measureArchiveImport(join(work, 'archive'), meeting, bundlePath(PROJECT_ROOT), rounds.export)),
  };

  // Issue 18: a sync round with nothing new, and one changed big meeting.
  const sync = await measureSync(join(work, 'sync'), small ? SYNC_BENCH_SMALL : SYNC_BENCH);

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
      textareaUrl: `${reference.url}/textarea/index.html`,
      blankUrl: `${reference.url}/blank/index.html`,
      tiptapUrl: `${reference.url}/tiptap/index.html`,
    };
    const itemId = await firstEditedItemId(browser, targets);
    const item = meeting.sections.flatMap((section) => section.items).find((candidate) => candidate.id === itemId);
    if (!item) throw new Error(`bench: the live view shows item ${itemId}, which the meeting does not hold`);
    await writeTiptapNotes(join(work, 'reference'), item.notes);
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
      archive,
      sync,
    };
    await writeFile(output, `${JSON.stringify(results, null, 2)}\n`);
    const spread = (s: Spread) => `${s.min}–${s.max} (median ${s.median})`;
    console.table({
      typing: { notulist: `${typing.app_p95_ms} ms p95`, floor: `${typing.tiptap_p95_ms} ms (bare TipTap)`, ratio: typing.tiptap_ratio, rounds: spread(typing.tiptap_ratio_spread), target: '≤ 1.1' },
      'typing (textarea)': { notulist: '', floor: `${typing.textarea_p95_ms} ms (textarea)`, ratio: typing.ratio, rounds: spread(typing.ratio_spread), target: '< 16 ms' },
      save: { notulist: `${save.app_ms} ms`, floor: `${save.raw_fsync_ms} ms (write+fsync)`, ratio: save.ratio, rounds: spread(save.ratio_spread), target: '≤ 2' },
      export: { notulist: `${exported.cli_ms} ms`, floor: `${exported.pandoc_ms} ms (pandoc)`, ratio: exported.ratio, rounds: spread(exported.ratio_spread), target: '≤ 1.0' },
      startup: { notulist: `${startup.app_ms} ms`, floor: `${startup.tiptap_ms} ms (bare TipTap)`, ratio: startup.tiptap_ratio, rounds: spread(startup.tiptap_ratio_spread), target: '≤ 1.25' },
      'startup (empty page)': { notulist: '', floor: `${startup.blank_ms} ms (empty React)`, ratio: startup.ratio, rounds: spread(startup.ratio_spread), target: '' },
      memory: { notulist: `${memory.renderer_heap_mb} MB`, floor: '', ratio: '', rounds: '', target: '≤ 150 MB' },
      'archive index': { notulist: `${archive.index_ms} ms`, floor: `${archive.read_parse_ms} ms (read+check)`, ratio: archive.index_ratio, rounds: spread(archive.index_ratio_spread), target: '≤ 2' },
      'archive search': { notulist: `${archive.search_p95_ms} ms p95`, floor: `${archive.scan_p95_ms} ms (substring scan)`, ratio: archive.search_ratio, rounds: spread(archive.search_ratio_spread), target: '≤ 0.1' },
      'archive import': { notulist: `${archive.import_cli_ms} ms`, floor: `${archive.import_pandoc_ms} ms (pandoc)`, ratio: archive.import_ratio, rounds: spread(archive.import_ratio_spread), target: '≤ 1.0' },
      'sync idle': { notulist: `${sync.idle_ms} ms`, floor: `${sync.readdir_stat_ms} ms (readdir+stat)`, ratio: sync.idle_ratio, rounds: spread(sync.idle_ratio_spread), target: '≤ 3' },
      'sync change': { notulist: `${sync.change_ms} ms`, floor: `${sync.read_parse_write_ms} ms (read+parse+write)`, ratio: sync.change_ratio, rounds: spread(sync.change_ratio_spread), target: '≤ 3' },
      'archive import (in process)': { notulist: `${archive.import_in_process_ms} ms`, floor: '', ratio: archive.import_in_process_ratio, rounds: '', target: '' },
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
