import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { LIMITS } from '../../shared/model/limits';
import { deepListJson, nestedList } from '../support/deep-notes';
import { openCoreClient } from '../support/open-core-client';
import { useTempDirs } from '../support/temp-workspace';

const NEW_MEETING = { name: 'Overleg portefeuillehouders sociaal domein', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] };

describe('the core at the limits of a meeting', () => {
  const tempDir = useTempDirs();
  it('refuses to save notes nested deeper than the limit, saying why, and leaves the file as it was', async () => {
    const workspace = await tempDir();
    const core = await openCoreClient(workspace);
    const meeting = await core.createMeeting(NEW_MEETING);
    const file = join(workspace, 'meetings', `${meeting.id}.json`);
    const before = await readFile(file);
    meeting.sections[0]!.items[0]!.notes = [nestedList(LIMITS.listDepth + 1, 'Niveau')];
    const error = await core.saveMeeting({ meeting }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid-argument', details: [expect.stringContaining('lists are nested more than 20 levels deep')] });
    expect(await readFile(file)).toEqual(before);
    meeting.sections[0]!.items[0]!.notes = [nestedList(LIMITS.listDepth, 'Niveau')];
    await core.saveMeeting({ meeting });
    expect((await core.getMeeting({ id: meeting.id })).sections[0]!.items[0]!.notes).toEqual(meeting.sections[0]!.items[0]!.notes);
    await core.close();
  });

  it('reports a meeting file nested 450 levels deep at the next start with its reason, opens its backup, and exports it', async () => {
    const workspace = await tempDir();
    const core = await openCoreClient(workspace);
    const meeting = await core.createMeeting(NEW_MEETING);
    meeting.sections[0]!.items[0]!.notes = [{ id: 'p1', type: 'paragraph', content: [{ text: 'De agenda wordt vastgesteld.' }] }];
    await core.saveMeeting({ meeting });
    await core.close();
    // What an older Notulist, without the limit, could write.
    const file = join(workspace, 'meetings', `${meeting.id}.json`);
    const text = await readFile(file, 'utf8');
    const at = text.indexOf('"notes":[') + '"notes":['.length;
    await writeFile(file, `${text.slice(0, at)}${deepListJson(450)},${text.slice(at)}`);

    const reopened = await openCoreClient(workspace);
    expect((await reopened.listMeetings()).map((entry) => entry.id)).toEqual([meeting.id]);
    const read = await reopened.getMeeting({ id: meeting.id });
    expect(read.sections[0]!.items[0]!.notes).toEqual([]);
    const { notices } = await reopened.getInfo();
    expect(notices.map((notice) => notice.code)).toEqual(['quarantined', 'restored-from-backup']);
    expect(notices[0]!.message).toContain('nested more than');
    const quarantined = await readdir(join(workspace, 'quarantine'));
    const reason = quarantined.find((name) => name.endsWith('.reason.txt'))!;
    expect(await readFile(join(workspace, 'quarantine', reason), 'utf8')).toContain(`nested more than ${LIMITS.jsonDepth} levels deep`);
    expect((await reopened.exportMeeting({ id: meeting.id })).fileName).toMatch(/\.docx$/);
    await reopened.close();
  });

  it('refuses a change that takes one text past its limit as too large, and keeps the file', async () => {
    const workspace = await tempDir();
    const core = await openCoreClient(workspace);
    const { sections, ...header } = await core.createMeeting(NEW_MEETING);
    const file = join(workspace, 'meetings', `${header.id}.json`);
    const before = await readFile(file);
    const item = { ...sections[0]!.items[1]!, notes: [{ id: 'p1', type: 'paragraph' as const, content: [{ text: 'x'.repeat(LIMITS.blockCharacters + 1) }] }] };
    const error = await core
      .saveMeetingChanges({ meeting: header, base: header.updatedAt, sectionOrder: sections.map((s) => s.id), sections: [], items: [{ sectionId: sections[0]!.id, item }] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too-large', details: [expect.stringMatching(/^sections\.0\.items\.1\.notes\.0: 100001 characters; at most 100000/)] });
    expect(await readFile(file)).toEqual(before);
    await core.close();
  });
});
