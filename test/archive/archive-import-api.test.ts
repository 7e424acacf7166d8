import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCoreClient } from '../support/open-core-client';
import { useTempDirs } from '../support/temp-workspace';
import { exported, letter, realMeeting } from './import-fixtures';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('importing resumés into a workspace', () => {
  const tempDir = useTempDirs();
  it('adds the meeting marked imported, with the document kept beside it', async () => {
    const workspace = await tempDir();
    const core = await openCoreClient(workspace);
    const bytes = await exported(await realMeeting());
    const result = await core.importResume({ fileName: '/home/secretaris/2023-02-23 Resumé.docx', base64: base64(bytes) });
    expect(result).toMatchObject({ outcome: 'imported', meeting: { name: 'Overleg portefeuillehouders sociaal domein', date: '2023-02-23', imported: true } });
    const id = result.outcome === 'imported' ? result.meeting.id : '';
    expect(await core.listMeetings()).toEqual([expect.objectContaining({ id, imported: true })]);
    const meeting = await core.getMeeting({ id });
    expect(meeting.imported).toMatchObject({ fileName: '2023-02-23 Resumé.docx', file: `imports/${id}.docx` });
    expect(meeting.sections).toHaveLength(4);
    expect(new Uint8Array(await readFile(join(workspace, meeting.imported!.file!)))).toEqual(bytes);
    await core.close();
  });

  it('skips the same document a second time, also after a restart, naming the meeting it gave', async () => {
    const workspace = await tempDir();
    const bytes = base64(await exported(await realMeeting()));
    const first = await openCoreClient(workspace);
    const imported = await first.importResume({ fileName: 'a.docx', base64: bytes });
    expect(await first.importResume({ fileName: 'copy of a.docx', base64: bytes })).toEqual({ outcome: 'duplicate', meeting: imported.outcome === 'imported' ? imported.meeting : undefined });
    await first.close();
    const second = await openCoreClient(workspace);
    expect(await second.importResume({ fileName: 'a.docx', base64: bytes })).toMatchObject({ outcome: 'duplicate' });
    expect(await second.listMeetings()).toHaveLength(1);
  });

  it('imports a document again once the meeting it gave was deleted', async () => {
    const workspace = await tempDir();
    const core = await openCoreClient(workspace);
    const bytes = base64(await exported(await realMeeting()));
    const first = await core.importResume({ fileName: 'a.docx', base64: bytes });
    await core.deleteMeeting({ id: first.outcome === 'imported' ? first.meeting.id : '' });
    expect(await core.importResume({ fileName: 'a.docx', base64: bytes })).toMatchObject({ outcome: 'imported' });
  });

  it('says the workspace cannot keep documents, and lists no meeting without its document', async () => {
    const workspace = await tempDir();
    const core = await openCoreClient(workspace);
    // A file where the imports folder belongs: the copy cannot be written (as root, too).
    await writeFile(join(workspace, 'imports'), 'not a folder');
    await expect(core.importResume({ fileName: 'a.docx', base64: base64(await exported(await realMeeting())) })).rejects.toMatchObject({ code: 'storage', message: expect.stringMatching(/imported documents in .*imports/) });
    expect(await core.listMeetings()).toEqual([]);
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const core = await openCoreClient(await tempDir());
    const result = await core.importResume({ fileName: 'groot.docx', base64: base64(new Uint8Array(10 * 1024 * 1024 + 1)) });
    expect(result).toMatchObject({ outcome: 'failed', problem: 'too-large', reason: expect.stringMatching(/at most 10 MB/) });
    expect(await core.listMeetings()).toEqual([]);
  });

  it('refuses a document that is not a resumé with its reason, adding nothing', async () => {
    const workspace = await tempDir();
    const core = await openCoreClient(workspace);
    const result = await core.importResume({ fileName: 'brief.docx', base64: base64(await letter()) });
    expect(result).toMatchObject({ outcome: 'failed', problem: 'not-a-resume' });
    expect(await core.listMeetings()).toEqual([]);
    expect(await readdir(join(workspace, 'imports')).catch(() => [])).toEqual([]);
  });
});
