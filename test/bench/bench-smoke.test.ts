import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../support/temp-workspace';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Only that the benchmark runs and reports every figure: timings are never asserted in tests. */
describe('npm run bench', () => {
  const tempDir = useTempDirs();

  it('runs on a small meeting and writes every field of bench/results.json', async () => {
    const out = join(await tempDir(), 'results.json');
    await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'run.ts'), '--small'], {
      cwd: ROOT,
      env: { ...process.env, NOTULIST_BENCH_OUT: out },
      timeout: 170_000,
    });
    const results = JSON.parse(await readFile(out, 'utf8'));
    const fields: Record<string, string[]> = {
      typing: ['app_p95_ms', 'textarea_p95_ms', 'ratio', 'tiptap_p95_ms', 'tiptap_ratio'],
      save: ['app_ms', 'raw_fsync_ms', 'ratio'],
      export: ['cli_ms', 'pandoc_ms', 'ratio'],
      startup: ['app_ms', 'blank_ms', 'ratio', 'tiptap_ms', 'tiptap_ratio'],
      memory: ['renderer_heap_mb'],
      archive: ['index_ms', 'read_parse_ms', 'index_ratio', 'search_p95_ms', 'scan_p95_ms', 'search_ratio', 'import_cli_ms', 'import_pandoc_ms', 'import_ratio', 'import_in_process_ratio'],
      sync: ['idle_ms', 'readdir_stat_ms', 'idle_ratio', 'idle_wrote', 'change_ms', 'read_parse_write_ms', 'change_ratio'],
    };
    expect(results.archive.import_rounds.cli, 'archive.import_rounds.cli').toBeInstanceOf(Array);
    for (const [group, names] of Object.entries(fields)) {
      for (const name of names) expect(results[group][name], `${group}.${name}`).toBeTypeOf('number');
      expect(results[group].rounds, `${group}.rounds`).toBeTypeOf('object');
    }
    // Every ratio comes with its spread over the rounds, so one run shows whether a target always holds.
    for (const [group, spread] of [['typing', 'ratio_spread'], ['typing', 'tiptap_ratio_spread'], ['save', 'ratio_spread'], ['export', 'ratio_spread'], ['startup', 'ratio_spread'], ['startup', 'tiptap_ratio_spread'], ['archive', 'index_ratio_spread'], ['archive', 'search_ratio_spread'], ['archive', 'import_ratio_spread'], ['sync', 'idle_ratio_spread'], ['sync', 'change_ratio_spread']] as const) {
      for (const bound of ['min', 'median', 'max']) expect(results[group][spread][bound], `${group}.${spread}.${bound}`).toBeTypeOf('number');
    }
  }, 180_000);
});
