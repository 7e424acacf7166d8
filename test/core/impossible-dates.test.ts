import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { openCoreClient } from '../support/open-core-client';
import { useTempDirs } from '../support/temp-workspace';

const NEW_MEETING = { name: 'Overleg portefeuillehouders sociaal domein', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] };

/** A meeting file as another program or an older Notulist could have left it. */
function meetingFileDated(date: string, id = 'feb-30') {
  const meeting = createMeeting({ ...NEW_MEETING, date: '2023-02-28' }, DEFAULT_SETTINGS, new Date('2023-02-20T09:00:00Z'));
  return JSON.stringify({ ...meeting, id, date });
}

describe('a meeting file with a date that does not exist', () => {
  const tempDir = useTempDirs();
  it('is refused when a meeting is created or saved with it, with the date in the message', async () => {
    const core = await openCoreClient(await tempDir());
    await expect(core.createMeeting({ ...NEW_MEETING, date: '2026-02-31' })).rejects.toMatchObject({
      code: 'invalid-argument',
      details: [expect.stringContaining('2026-02-31 is not a date that exists')],
    });
    const meeting = await core.createMeeting(NEW_MEETING);
    await expect(core.saveMeeting({ meeting: { ...meeting, documentDate: '2023-04-31' } })).rejects.toMatchObject({ code: 'invalid-argument' });
    expect(await core.getMeeting({ id: meeting.id })).toEqual(meeting);
  });

  it('copied into meetings/ stays in place, untouched, and is listed with a warning beside the sound meetings', async () => {
    const workspace = await tempDir();
    const first = await openCoreClient(workspace);
    const sound = await first.createMeeting(NEW_MEETING);
    await first.close();
    const text = meetingFileDated('2023-02-30');
    await writeFile(join(workspace, 'meetings', 'feb-30.json'), text);

    const core = await openCoreClient(workspace);
    const listed = await core.listMeetings();
    expect(listed.map((entry) => entry.id).sort()).toEqual([sound.id, 'feb-30'].sort());
    expect(listed.find((entry) => entry.id === sound.id)!.problem).toBeUndefined();
    expect(listed.find((entry) => entry.id === 'feb-30')).toMatchObject({
      date: '2023-02-30',
      problem: { code: 'impossible-date', values: ['2023-02-30'], file: join(workspace, 'meetings', 'feb-30.json') },
    });
    await expect(core.getMeeting({ id: 'feb-30' })).rejects.toMatchObject({ code: 'storage', message: expect.stringContaining('2023-02-30') });
    expect(await readFile(join(workspace, 'meetings', 'feb-30.json'), 'utf8')).toBe(text);
    expect(await readdir(join(workspace, 'quarantine')).catch(() => [])).toEqual([]);
    await core.close();
    // Listed again on the next start, never taken into the index.
    expect((await (await openCoreClient(workspace)).listMeetings()).some((entry) => entry.id === 'feb-30' && entry.problem)).toBe(true);
  });

  it('in a date other than the meeting date is named on opening and then shown in the list', async () => {
    const workspace = await tempDir();
    const core = await openCoreClient(workspace);
    const meeting = await core.createMeeting(NEW_MEETING);
    const file = join(workspace, 'meetings', `${meeting.id}.json`);
    const raw = JSON.parse(await readFile(file, 'utf8'));
    raw.sections[0].items[0].actions = [{ id: 'x1', who: 'Regio', what: 'Plan agenderen', due: '2023-06-31', done: false }];
    await writeFile(file, JSON.stringify(raw));
    await expect(core.getMeeting({ id: meeting.id })).rejects.toMatchObject({ message: expect.stringContaining('2023-06-31') });
    expect((await core.listMeetings())[0]!.problem).toMatchObject({ values: ['2023-06-31'] });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(raw);
  });

  it('in an index written before such dates were refused keeps the settings and lists the entry with a warning', async () => {
    const workspace = await tempDir();
    await mkdir(join(workspace, 'meetings'), { recursive: true });
    await writeFile(join(workspace, 'meetings', 'feb-30.json'), meetingFileDated('2023-02-30'));
    const index = {
      version: 1,
      settings: { ...DEFAULT_SETTINGS, contactPerson: 'M. Stitzinger' },
      people: [],
      meetings: [{ id: 'feb-30', name: NEW_MEETING.name, date: '2023-02-30', updatedAt: '2023-02-20T09:00:00.000Z' }],
    };
    await writeFile(join(workspace, 'notulist.json'), JSON.stringify(index));
    const core = await openCoreClient(workspace);
    expect((await core.getSettings()).contactPerson).toBe('M. Stitzinger');
    expect((await core.getInfo()).notices).toEqual([]);
    expect(await core.listMeetings()).toEqual([expect.objectContaining({ id: 'feb-30', problem: expect.objectContaining({ values: ['2023-02-30'] }) })]);
  });

  it('can be moved to the trash from the list like any meeting', async () => {
    const workspace = await tempDir();
    await mkdir(join(workspace, 'meetings'), { recursive: true });
    await writeFile(join(workspace, 'meetings', 'feb-30.json'), meetingFileDated('2023-02-30'));
    const core = await openCoreClient(workspace);
    await core.deleteMeeting({ id: 'feb-30' });
    expect(await core.listMeetings()).toEqual([]);
    expect(await readdir(join(workspace, 'trash'))).toEqual([expect.stringMatching(/feb-30\.json$/)]);
  });
});
