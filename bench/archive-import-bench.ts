// Importing one Word resumé against pandoc reading the same .docx to plain text, side by side in
// one run. Both sides are a fresh process, as a secretary's `notulist import` and `pandoc` are;
// the import in-process (no start-up) is reported beside them. Wired into bench/run.ts as
// `archive: { ...measureArchiveSearch's figures, ...await measureArchiveImport(join(work, 'archive'), meeting, bundlePath(PROJECT_ROOT), rounds.export) }`;
// alone: `npx tsx bench/archive-import-bench.ts [rounds]` (after `npm run build`).
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { importResume } from '../shared/archive/import/resume-import';
import { exportResume } from '../shared/export/export-resume';
import type { Meeting } from '../shared/model/meeting';
import { parseMeetingFile } from '../shared/model/meeting-file';
import { DEFAULT_HOUSE_STYLE } from '../shared/model/house-style-defaults';
import { PROJECT_ROOT } from '../electron/core/page/app-paths';
import { bundlePath } from '../bin/cli-bundle.mjs';
import { median, percentile, round2, timed, type Spread } from './stats';

const run = promisify(execFile);

/** The fastest and slowest tenth of the rounds: how far one run may stray from the median. */
function spread(values: readonly number[]): { p10: number; p90: number } {
  return { p10: round2(percentile(values, 10)), p90: round2(percentile(values, 90)) };
}

function ratioSpread(ratios: readonly number[]): Spread {
  return { min: round2(Math.min(...ratios)), median: round2(median(ratios)), max: round2(Math.max(...ratios)) };
}

/**
 * Rounds of `notulist import resume.docx -o meeting.json` and `pandoc -t plain resume.docx`,
 * interleaved so a busy moment of the machine falls on both; the first round of each warms the
 * disk cache and is measured like the rest.
 */
export async function measureArchiveImport(work: string, meeting: Meeting, cliEntry: string, rounds: number) {
  await mkdir(work, { recursive: true });
  const docx = join(work, 'resume.docx');
  const bytes = (await exportResume(meeting, DEFAULT_HOUSE_STYLE, { public: false })).bytes;
  await writeFile(docx, bytes);
  const cli: number[] = [];
  const pandoc: number[] = [];
  const inProcess: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    cli.push(await timed(() => run(process.execPath, [cliEntry, 'import', docx, '-o', join(work, 'meeting.json'), '--force'])));
    pandoc.push(await timed(() => run('pandoc', ['-f', 'docx', '-t', 'plain', docx, '-o', join(work, 'pandoc.txt')])));
    inProcess.push(await timed(() => importResume(bytes, { fileName: 'resume.docx', hash: 'bench', now: new Date() })));
  }
  const cliMs = median(cli);
  const pandocMs = median(pandoc);
  const inProcessMs = median(inProcess);
  return {
    import_cli_ms: round2(cliMs),
    import_in_process_ms: round2(inProcessMs),
    import_pandoc_ms: round2(pandocMs),
    /** Like for like, as the export's ratio: a process that imports against a process that reads. */
    import_ratio: round2(cliMs / pandocMs),
    /** What the app's Importeren costs per document, its core already running. */
    import_in_process_ratio: round2(inProcessMs / pandocMs),
    /** Each round's CLI import against that round's pandoc. */
    import_ratio_spread: ratioSpread(cli.map((ms, round) => ms / pandoc[round]!)),
    import_spread_ms: { cli: spread(cli), pandoc: spread(pandoc), in_process: spread(inProcess) },
    import_rounds: { cli: cli.map(round2), pandoc: pandoc.map(round2), in_process: inProcess.map(round2) },
  };
}

/** The real resumé of 23 February 2023 (test/fixtures), the document a secretary imports. */
async function realResumeMeeting(): Promise<Meeting> {
  const parsed = parseMeetingFile(await readFile(join(PROJECT_ROOT, 'test', 'fixtures', 'resume-2023-02-23.meeting.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.meeting;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const work = await mkdtemp(join(tmpdir(), 'notulist-archive-bench-'));
  try {
    const result = await measureArchiveImport(work, await realResumeMeeting(), bundlePath(PROJECT_ROOT), Number(process.argv[2] ?? 10));
    console.log(JSON.stringify({ archive: result }, null, 2));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
