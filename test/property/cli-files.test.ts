import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { useTempDirs } from '../support/temp-workspace';
import { malformedText, sampleMeeting, SEED, STACK_TRACE } from './arbitraries';

const ROOT = resolve(import.meta.dirname, '..', '..');
const counts = { files: 0, processes: 0, crashes: 0 };
/** Exit codes the CLI documents; 70 is an internal error. */
const DOCUMENTED = [0, 1, 2, 3];

describe('the notulist CLI fed malformed meeting files (fast-check)', () => {
  const tempDir = useTempDirs();
  const base = JSON.parse(JSON.stringify(sampleMeeting()));

  afterAll(() => {
    console.log(`cli property tests: ${counts.files} malformed files through validate and export (${counts.processes} as real processes); ${counts.crashes} crashes`);
  });

  it('answers validate and export of every damaged file with a documented exit code, no stack trace, and the file kept', async () => {
    const dir = await tempDir();
    const file = join(dir, 'meeting.json');
    await fc.assert(
      fc.asyncProperty(malformedText(base), async (text) => {
        counts.files += 1;
        await writeFile(file, text);
        for (const command of ['validate', 'export']) {
          const err: string[] = [];
          const code = await runCli([command, file, '-o', join(dir, 'out.docx'), '--force'].slice(0, command === 'validate' ? 2 : 5), { out: () => {}, err: (line) => err.push(line) }).catch(() => 70);
          if (!DOCUMENTED.includes(code)) counts.crashes += 1;
          expect(DOCUMENTED, `${command}: ${err.join('\n')}`).toContain(code);
          expect(err.join('\n')).not.toMatch(STACK_TRACE);
        }
        expect(await readFile(file, 'utf8')).toBe(text);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('does the same as a real process, and writes nothing but its export', async () => {
    const dir = await tempDir();
    await fc.assert(
      fc.asyncProperty(malformedText(base), async (text) => {
        counts.processes += 1;
        const file = join(dir, `m${counts.processes}.json`);
        await writeFile(file, text);
        const before = await readdir(dir);
        const result = await promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'notulist.mjs'), 'export', file], { cwd: ROOT }).then(
          () => ({ code: 0, stderr: '' }),
          (error: { code?: number; stderr?: string }) => ({ code: error.code ?? -1, stderr: error.stderr ?? '' }),
        );
        if (!DOCUMENTED.includes(result.code)) counts.crashes += 1;
        expect(DOCUMENTED, result.stderr).toContain(result.code);
        expect(result.stderr).not.toMatch(STACK_TRACE);
        expect(await readFile(file, 'utf8')).toBe(text);
        const added = (await readdir(dir)).filter((name) => !before.includes(name));
        expect(added.every((name) => name.endsWith('.docx'))).toBe(true);
      }),
      { seed: SEED, numRuns: 8 },
    );
  });
});
