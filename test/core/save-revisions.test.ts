import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import { dispatch } from '../../shared/api/dispatch';
import type { NotulistApi } from '../../shared/api/contract';
import { updateItem } from '../../shared/agenda/agenda-edit';
import type { Meeting } from '../../shared/model/meeting';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { withJournal } from '../../electron/core/meetings/meeting-journal';
import { createMeetingSaver } from '../../renderer/store/save-changes';
import { useTempDirs } from '../support/temp-workspace';

const NEW_MEETING = { name: 'Overleg portefeuillehouders sociaal domein', date: '2023-02-23', domains: ['jeugd-en-onderwijs', 'werk-en-participatie'] };

/** The core as a shell sees it, recording which save calls arrive and how they end. */
async function openCore(workspaceDir: string, now?: () => Date) {
  const core = await createNotulistCore({ workspaceDir, appVersion: '0.0.0-test', now });
  const calls: string[] = [];
  const api = createClient(async (method, args) => {
    const answer = await dispatch(core, method, args);
    if (method === 'saveMeeting' || method === 'saveMeetingChanges') calls.push(`${method} ${answer.ok ? 'ok' : answer.error.code}`);
    return answer;
  }) as NotulistApi;
  return { api, calls, close: core.close };
}

const typed = (meeting: Meeting, itemId: string, text: string): Meeting =>
  updateItem(meeting, itemId, (item) => ({ ...item, notes: [{ id: `p-${text.length}`, type: 'paragraph', content: [{ text }] }] }));

/** The meeting as the next start reads it: its file with the saves journaled beside it applied. */
const fileOf = async (workspace: string, id: string): Promise<Meeting> => {
  const file = join(workspace, 'meetings', `${id}.json`);
  return (await withJournal(file, JSON.parse(await readFile(file, 'utf8')) as Meeting)).meeting;
};

const notesText = (meeting: Meeting): string[] =>
  meeting.sections.flatMap((section) => section.items.flatMap((item) => item.notes.flatMap((block) => (block.type === 'paragraph' ? block.content.map((run) => run.text) : []))));

describe('saving only the changes, on the revision they were made on', () => {
  const tempDir = useTempDirs();

  it('sends the whole meeting once a version was restored under the open one, so the file is what is on screen', async () => {
    const workspace = await tempDir();
    const { api, calls, close } = await openCore(workspace);
    const opened = await api.createMeeting(NEW_MEETING);
    const [first, second] = [opened.sections[0]!.items[0]!.id, opened.sections[1]!.items[1]!.id];
    const saver = createMeetingSaver(api, opened);
    const once = typed(opened, first, 'De agenda wordt vastgesteld.');
    await saver.save(once);
    // Another tab puts the version from before that typing back.
    const [before] = await api.listMeetingVersions({ id: opened.id });
    await api.restoreMeetingVersion({ id: opened.id, version: before!.version });

    const twice = typed(once, second, 'Het overleg stemt in.');
    await saver.save(twice);
    expect(calls).toEqual(['saveMeetingChanges ok', 'saveMeetingChanges invalid-argument', 'saveMeeting ok']);
    const { updatedAt: _saved, ...onDisk } = await fileOf(workspace, opened.id);
    const { updatedAt: _shown, ...onScreen } = twice;
    expect(onDisk).toEqual(onScreen);
    await close();
  });

  it('keeps what another tab saved as an earlier version when this tab then sends its whole meeting', async () => {
    const workspace = await tempDir();
    const { api, calls, close } = await openCore(workspace);
    const opened = await api.createMeeting(NEW_MEETING);
    const tabA = createMeetingSaver(api, opened);
    const tabB = createMeetingSaver(api, opened);
    await tabB.save(typed(opened, opened.sections[0]!.items[0]!.id, 'Getypt in het andere tabblad.'));
    await tabA.save(typed(opened, opened.sections[1]!.items[0]!.id, 'Getypt in dit tabblad.'));

    expect(calls).toEqual(['saveMeetingChanges ok', 'saveMeetingChanges invalid-argument', 'saveMeeting ok']);
    expect(notesText(await fileOf(workspace, opened.id))).toEqual(['Getypt in dit tabblad.']);
    const [replaced] = await api.listMeetingVersions({ id: opened.id });
    const kept = JSON.parse(await readFile(join(workspace, 'backups', opened.id, replaced!.version.replace(/^saved\//, '')), 'utf8')) as Meeting;
    expect(notesText(kept)).toEqual(['Getypt in het andere tabblad.']);
    await close();
  });

  it('takes the changes after a restart when the file is the version they were made on', async () => {
    const workspace = await tempDir();
    const first = await openCore(workspace);
    const opened = await first.api.createMeeting(NEW_MEETING);
    const saver = createMeetingSaver(first.api, opened);
    const once = typed(opened, opened.sections[0]!.items[0]!.id, 'Voor de herstart.');
    await saver.save(once);
    await first.close();

    const restarted = await openCore(workspace);
    const twice = typed(once, opened.sections[1]!.items[0]!.id, 'Na de herstart.');
    const { sections, ...header } = twice;
    await restarted.api.saveMeetingChanges({ meeting: header, base: saver.saved().revision, sectionOrder: sections.map((s) => s.id), sections: [], items: [{ sectionId: sections[1]!.id, item: sections[1]!.items[0]! }] });
    expect(restarted.calls).toEqual(['saveMeetingChanges ok']);
    expect(notesText(await fileOf(workspace, opened.id))).toEqual(['Voor de herstart.', 'Na de herstart.']);
    await restarted.close();
  });

  it('gives every save its own revision, even within one millisecond', async () => {
    const workspace = await tempDir();
    const { api, close } = await openCore(workspace, () => new Date('2023-02-23T10:00:00.000Z'));
    const meeting = await api.createMeeting(NEW_MEETING);
    const revisions = [meeting.updatedAt];
    for (let round = 0; round < 3; round += 1) revisions.push((await api.saveMeeting({ meeting })).savedAt);
    expect(new Set(revisions).size).toBe(4);
    await close();
  });
});
