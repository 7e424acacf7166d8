import { appendFile, mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMeeting } from '../../shared/agenda/new-meeting';
import type { Meeting } from '../../shared/model/meeting';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { MeetingStore } from '../../electron/core/meetings/meeting-store';
import { CHECKPOINT_AFTER, journalFileOf, replayJournal } from '../../electron/core/meetings/meeting-journal';
import type { SavedChanges } from '../../electron/core/meetings/saved-changes';
import { runExclusive } from '../../electron/core/storage/keyed-queue';
import { encodeJournalRecord } from '../../electron/core/storage/journal-file';
import { STORE_NOW, useMeetingStores } from '../support/open-meeting-store';

function newMeeting(): Meeting {
  return createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] }, DEFAULT_SETTINGS, STORE_NOW());
}

/** The save of one typed note on `meeting` (at its revision), as the renderer sends it, and the meeting it makes. */
function typed(meeting: Meeting, text: string, revision: string): { changes: SavedChanges; after: Meeting } {
  const [section] = meeting.sections;
  const item = { ...section!.items[0]!, notes: [{ id: 'p', type: 'paragraph' as const, content: [{ text }] }] };
  const { sections, ...header } = meeting;
  const changes = { meeting: { ...header, updatedAt: revision }, base: meeting.updatedAt, sectionOrder: sections.map((s) => s.id), sections: [], items: [{ sectionId: section!.id, item }] };
  return { changes, after: { ...changes.meeting, sections: [{ ...section!, items: [item, ...section!.items.slice(1)] }, ...sections.slice(1)] } };
}

const noteOf = (meeting: Meeting) => (meeting.sections[0]!.items[0]!.notes[0] as { content: { text: string }[] } | undefined)?.content[0]?.text;

/** Saves `texts` one after another through the store's save of changes; returns the meeting after the last. */
async function saveTyped(store: MeetingStore, start: Meeting, texts: string[]): Promise<Meeting> {
  let current = start;
  for (const text of texts) {
    const { changes, after } = typed(current, text, store.nextRevision(current.id, STORE_NOW()));
    await store.writeChanges(changes.meeting, changes.base, changes.sectionOrder, changes.sections, changes.items);
    current = after;
  }
  return current;
}

describe('replaying a journal onto its meeting file', () => {
  const m = { ...newMeeting(), updatedAt: '2023-02-23T14:00:00.000Z' };
  const one = typed(m, 'een', '2023-02-23T14:00:01.000Z');
  const two = typed(one.after, 'twee', '2023-02-23T14:00:02.000Z');

  it('applies the saves in order', () => {
    expect(replayJournal(m, [one.changes, two.changes])).toEqual({ meeting: two.after, applied: 2 });
  });

  it('skips the saves the file already holds (a checkpoint done, its journal not yet emptied)', () => {
    expect(replayJournal(one.after, [one.changes, two.changes])).toEqual({ meeting: two.after, applied: 1 });
    expect(replayJournal(two.after, [one.changes, two.changes])).toEqual({ meeting: two.after, applied: 0 });
  });

  it('stops at a save made on another revision than the file has, keeping those before it', () => {
    const replaced = { ...m, updatedAt: '2023-02-23T13:00:00.000Z' };
    expect(replayJournal(replaced, [one.changes])).toEqual({
      meeting: replaced,
      applied: 0,
      problem: 'a save of revision 2023-02-23T14:00:01.000Z was made on 2023-02-23T14:00:00.000Z, but the meeting file is at 2023-02-23T13:00:00.000Z',
    });
  });
});

describe('the meeting store with its journal', () => {
  const open = useMeetingStores();
  afterEach(() => {
    vi.useRealTimers();
  });

  it('acknowledges a save once its journal has it, and a store started after a kill reads that save', async () => {
    const { workspace, store } = await open();
    const m = newMeeting();
    await store.write(m);
    const fileBefore = await readFile(store.fileOf(m.id), 'utf8');
    const saved = await saveTyped(store, m, ['een', 'een twee', 'een twee drie']);
    // No checkpoint yet: the file is as it was, the journal holds the three saves.
    expect(await readFile(store.fileOf(m.id), 'utf8')).toBe(fileBefore);
    expect((await stat(journalFileOf(join(workspace, 'meetings'), m.id))).size).toBeGreaterThan(0);

    const restarted = new MeetingStore(workspace, () => undefined, STORE_NOW);
    await restarted.init();
    expect(JSON.parse(await readFile(store.fileOf(m.id), 'utf8'))).toEqual(saved);
    expect(await restarted.read(m.id)).toEqual(saved);
    expect((await stat(journalFileOf(join(workspace, 'meetings'), m.id))).size).toBe(0);
  });

  it('checkpoints the meeting file and empties the journal, keeping the version it replaces', async () => {
    const { workspace, store } = await open();
    const m = newMeeting();
    await store.write(m);
    const saved = await saveTyped(store, m, ['een', 'twee']);
    await store.checkpoint(m.id);
    expect(JSON.parse(await readFile(store.fileOf(m.id), 'utf8'))).toEqual(saved);
    expect((await stat(journalFileOf(join(workspace, 'meetings'), m.id))).size).toBe(0);
    const [previous] = await store.listVersions(m.id);
    expect(JSON.parse(await readFile(join(workspace, 'backups', m.id, previous!.version.slice('saved/'.length)), 'utf8'))).toEqual(m);
  });

  it('checkpoints by itself some time after the last save', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store } = await open();
    const m = newMeeting();
    await store.write(m);
    const saved = await saveTyped(store, m, ['een']);
    await vi.advanceTimersByTimeAsync(CHECKPOINT_AFTER.idleMs - 1);
    await runExclusive(`meeting:${m.id}`, async () => undefined);
    expect(noteOf(JSON.parse(await readFile(store.fileOf(m.id), 'utf8')) as Meeting)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await runExclusive(`meeting:${m.id}`, async () => undefined);
    expect(JSON.parse(await readFile(store.fileOf(m.id), 'utf8'))).toEqual(saved);
  });

  it('keeps the version another program put in place of the file while saves were journaled, as a conflict copy', async () => {
    const { workspace, store, notices } = await open();
    const m = newMeeting();
    await store.write(m);
    const saved = await saveTyped(store, m, ['mijn tekst']);
    const other = JSON.stringify({ ...m, name: 'Van de laptop van de voorzitter' });
    await writeFile(`${store.fileOf(m.id)}.incoming`, other);
    await rename(`${store.fileOf(m.id)}.incoming`, store.fileOf(m.id));
    await store.checkpoint(m.id);
    expect(JSON.parse(await readFile(store.fileOf(m.id), 'utf8'))).toEqual(saved);
    const [copy] = await readdir(join(workspace, 'conflicts', m.id));
    expect(await readFile(join(workspace, 'conflicts', m.id, copy!), 'utf8')).toBe(other);
    expect(notices.map((notice) => notice.code)).toEqual(['conflict']);
  });

  it('saves the whole meeting when its journal cannot be written, losing nothing', async () => {
    const { workspace, store } = await open();
    const m = newMeeting();
    await store.write(m);
    // A folder where the journal should be: every append fails.
    await mkdir(journalFileOf(join(workspace, 'meetings'), m.id));
    const once = await saveTyped(store, m, ['een']);
    expect(JSON.parse(await readFile(store.fileOf(m.id), 'utf8'))).toEqual(once);
    const twice = await saveTyped(store, once, ['twee']);
    expect(JSON.parse(await readFile(store.fileOf(m.id), 'utf8'))).toEqual(twice);
    const restarted = new MeetingStore(workspace, () => undefined, STORE_NOW);
    await restarted.init();
    expect(await restarted.read(m.id)).toEqual(twice);
  });

  it('ignores a torn last record at the next start: that save was never acknowledged', async () => {
    const { workspace, store } = await open();
    const m = newMeeting();
    await store.write(m);
    const saved = await saveTyped(store, m, ['een', 'twee']);
    const journal = journalFileOf(join(workspace, 'meetings'), m.id);
    await appendFile(journal, encodeJournalRecord('{"meeting":"half"}').subarray(0, 20));
    const notices: unknown[] = [];
    const restarted = new MeetingStore(workspace, (notice) => notices.push(notice), STORE_NOW);
    await restarted.init();
    expect(await restarted.read(m.id)).toEqual(saved);
    expect(notices).toEqual([]);
  });

  it('keeps the saves before a damaged record, and the journal itself in quarantine with the reason in English', async () => {
    const { workspace, store } = await open();
    const m = newMeeting();
    await store.write(m);
    const first = await saveTyped(store, m, ['een']);
    await saveTyped(store, first, ['twee', 'drie']);
    const journal = journalFileOf(join(workspace, 'meetings'), m.id);
    const bytes = await readFile(journal);
    const secondRecord = bytes.indexOf(0x0a) + 1;
    bytes[secondRecord + 90] = bytes[secondRecord + 90]! ^ 0x01; // a bit flipped inside the second record's payload
    await writeFile(journal, bytes);

    const notices: { code: string; message: string; movedTo?: string }[] = [];
    const restarted = new MeetingStore(workspace, (notice) => notices.push(notice), STORE_NOW);
    await restarted.init();
    expect(await restarted.read(m.id)).toEqual(first);
    expect(notices).toEqual([expect.objectContaining({ code: 'quarantined', message: expect.stringMatching(/journal of its saves stopped being usable \(the record at byte \d+ is damaged: its checksum does not match\)/) })]);
    expect(await readFile(notices[0]!.movedTo!)).toEqual(bytes);
    expect((await stat(journal)).size).toBe(0);
  });
});
