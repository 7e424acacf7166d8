import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { runCli } from '../../electron/cli/main';
import { deepListJson } from '../support/deep-notes';
import { useTempDirs } from '../support/temp-workspace';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A meeting file whose first item's notes hold a list nested `depth` levels deep. */
function deepMeetingText(depth: number): string {
  const text = JSON.stringify(createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] }, DEFAULT_SETTINGS, new Date(0)));
  const at = text.indexOf('"notes":[') + '"notes":['.length;
  return `${text.slice(0, at)}${deepListJson(depth)}${text.slice(at)}`;
}

describe('the notulist CLI on meetings past the limits', () => {
  const tempDir = useTempDirs();

  it('answers validate and export of a 21-, 400- and 5,000-level nested list with the reason and exit 1, never a stack trace', async () => {
    const dir = await tempDir();
    for (const [depth, reason] of [
      [21, 'sections.0.items.0.notes: lists are nested more than 20 levels deep; at most 20 are allowed'],
      [400, 'arrays and objects are nested more than 128 levels deep; at most 128 are allowed'],
      [5000, 'arrays and objects are nested more than 128 levels deep; at most 128 are allowed'],
    ] as const) {
      const file = join(dir, `deep-${depth}.json`);
      await writeFile(file, deepMeetingText(depth));
      for (const command of ['validate', 'export']) {
        const result = await cli(command, file);
        expect(result, `${command} at ${depth} levels`).toEqual({ code: 1, out: '', err: `notulist: ${file} is not a valid meeting file\n  ${reason}` });
      }
    }
  });
});
