import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { parseMeetingFile } from '../../shared/model/meeting-file';
import { useTempDirs } from '../support/temp-workspace';
import { exported, handWrittenResume, letter, realMeeting, ROOT } from './import-fixtures';

/** `notulist …` as a real process, as a secretary's script runs it. */
function notulist(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(ROOT, 'bin', 'notulist.mjs'), ...args], { cwd: ROOT, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, out: stdout.trim(), err: stderr.trim() });
    });
  });
}

describe('notulist import', () => {
  const tempDir = useTempDirs();

  it('imports a folder into the workspace with a line per document and a summary: imported, skipped as duplicate, failed with reason', async () => {
    const [folder, workspace] = [await tempDir(), await tempDir()];
    const real = await exported(await realMeeting());
    await mkdir(join(folder, '2023'));
    await writeFile(join(folder, '2023', '2023-02-23 Resumé.docx'), real);
    await writeFile(join(folder, '2023', 'kopie van 2023-02-23 Resumé.docx'), real);
    await writeFile(join(folder, '2023-04-13 Resumé.docx'), await handWrittenResume());
    await writeFile(join(folder, 'Brief aan de raden.docx'), await letter());
    await writeFile(join(folder, 'aantekeningen.txt'), 'geen Word-document');

    const run = await notulist(['import', folder, '--workspace', workspace]);
    expect(run.code).toBe(1);
    expect(run.out.split('\n')).toEqual([
      '[1/4] 2023-04-13 Resumé.docx: imported "Overleg portefeuillehouders sociaal domein" of 2023-04-13; text outside the recognised items is kept as notes under "Overige tekst uit het document"',
      '[2/4] 2023/2023-02-23 Resumé.docx: imported "Overleg portefeuillehouders sociaal domein" of 2023-02-23',
      '[3/4] 2023/kopie van 2023-02-23 Resumé.docx: skipped: already imported as "Overleg portefeuillehouders sociaal domein" of 2023-02-23',
      expect.stringMatching(/^\[4\/4\] Brief aan de raden\.docx: failed: no meeting name and date/),
      `4 files into ${workspace}: 2 imported, 1 skipped as duplicate, 1 failed`,
    ]);
    const core = await createNotulistCore({ workspaceDir: workspace, appVersion: '0.0.0-test' });
    expect((await core.listMeetings(undefined)).map((meeting) => [meeting.date, meeting.imported])).toEqual([['2023-04-13', true], ['2023-02-23', true]]);
    await core.close();
  }, 60_000);

  it('takes the workspace from NOTULIST_HOME and exits 0 when every document got in', async () => {
    const [folder, workspace] = [await tempDir(), await tempDir()];
    const file = join(folder, 'resume.docx');
    await writeFile(file, await handWrittenResume());
    const run = await notulist(['import', file], { NOTULIST_HOME: workspace });
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain(`1 file into ${workspace}: 1 imported, 0 skipped as duplicate, 0 failed`);
  }, 60_000);

  it('with -o writes one document\'s meeting file instead, and overwrites it only with --force', async () => {
    const folder = await tempDir();
    const file = join(folder, 'resume.docx');
    const target = join(folder, 'meeting.json');
    await writeFile(file, await exported(await realMeeting()));
    const first = await notulist(['import', file, '-o', target]);
    expect(first).toEqual({ code: 0, out: target, err: '' });
    const parsed = parseMeetingFile(await readFile(target, 'utf8'));
    expect(parsed.ok && [parsed.meeting.date, parsed.meeting.sections.length, parsed.meeting.imported?.fileName]).toEqual(['2023-02-23', 4, 'resume.docx']);

    await writeFile(target, 'mine');
    const refused = await notulist(['import', file, '-o', target]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/already exists; choose another -o or add --force/);
    expect(await readFile(target, 'utf8')).toBe('mine');
    expect((await notulist(['import', file, '-o', target, '--force'])).code).toBe(0);
  }, 60_000);

  it('says plainly what is wrong: -o with a folder (2), a missing file (3), a document that is not a resumé (1)', async () => {
    const folder = await tempDir();
    await writeFile(join(folder, 'brief.docx'), await letter());
    expect(await notulist(['import', folder, '-o', join(folder, 'm.json')])).toMatchObject({ code: 2, err: 'notulist: -o writes one meeting file: give one .docx, not a folder' });
    expect(await notulist(['import', join(folder, 'missing.docx')])).toMatchObject({ code: 3, err: expect.stringMatching(/no such file or folder/) });
    const refused = await notulist(['import', join(folder, 'brief.docx'), '-o', join(folder, 'm.json')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/brief\.docx was not imported: no meeting name and date/);
  }, 60_000);
});
