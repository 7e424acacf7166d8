import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { NotulistApi } from '../../shared/api/contract';
import type { Meeting } from '../../shared/model/meeting';
import { localSyncFs } from '../../electron/core/sync/sync-deps';
import { UnseenEdits } from '../../electron/core/sync/unseen-edits';
import { parseUnseenEdits, UNSEEN_EDITS_FILE, unseenEditsText, type UnseenSaves } from '../../electron/core/sync/unseen-edits-file';
import { openCoreClient } from '../support/open-core-client';
import { useTempDirs } from '../support/temp-workspace';
import { CopyingService, exchangeRounds } from './copying-service';

const tempDir = useTempDirs();
type Laptop = NotulistApi & { close(): Promise<void> };
const open: Laptop[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((laptop) => laptop.close()));
});

/** A core without sync timers: rounds run only when the test asks, so a "crash" is a core never used again. */
async function laptop(workspaceDir: string, keep = true): Promise<Laptop> {
  const client = await openCoreClient(workspaceDir, { syncTimers: false });
  if (keep) open.push(client);
  return client;
}

describe('the unseen-edits file', () => {
  it('reads back what it wrote, a node sync removed and a null value included', () => {
    const saves: UnseenSaves = new Map([['m1', [{ revision: '2026-01-01T10:00:00.000Z', values: new Map<string, unknown>([['item:a/decision', 'Joke'], ['block:b', undefined], ['meeting/location', null]]) }]]]);
    expect(parseUnseenEdits(unseenEditsText(saves))).toEqual(saves);
  });

  it('refuses a damaged file rather than reading half of it', () => {
    expect(parseUnseenEdits('{"format":1,"saves":{"m1":[{"revision":')).toBeUndefined();
    expect(parseUnseenEdits('{"format":2,"saves":{}}')).toBeUndefined();
  });

  it('keeps a note across a restart and forgets it once a round recorded it', async () => {
    const local = localSyncFs(await tempDir());
    const first = await UnseenEdits.open(local, () => undefined);
    await first.add('m1', 'r2', new Map([['item:a/decision', 'Joke']]));
    const second = await UnseenEdits.open(local, () => undefined);
    expect(second.upTo('m1', 'r2')).toEqual(new Map([['item:a/decision', 'Joke']]));
    second.recorded('m1', 'r2');
    await second.settled();
    expect((await UnseenEdits.open(local, () => undefined)).pending).toBe(false);
  });

  it('takes a note back when it cannot be written, so the save that waits for it fails with nothing noted', async () => {
    const dir = await tempDir();
    const notes = await UnseenEdits.open(localSyncFs(dir), () => undefined);
    // A file where the sync folder should be: nothing can be written under it.
    await writeFile(join(dir, 'sync'), 'not a folder');
    await expect(notes.add('m1', 'r2', new Map([['item:a/decision', 'Joke']]))).rejects.toThrow();
    expect(notes.pending).toBe(false);
  });

  it('starts empty, with a warning, from a damaged file', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'sync'), { recursive: true });
    await writeFile(join(dir, 'sync', UNSEEN_EDITS_FILE), '{"format":1,"sa');
    const warnings: string[] = [];
    const notes = await UnseenEdits.open(localSyncFs(dir), (message) => warnings.push(message));
    expect(notes.pending).toBe(false);
    expect(warnings).toEqual([expect.stringContaining(UNSEEN_EDITS_FILE)]);
  });
});

const withDecision = (meeting: Meeting, decision: string): Meeting => ({
  ...meeting,
  sections: meeting.sections.map((section, at) => (at === 0 ? { ...section, items: section.items.map((item, i) => (i === 0 ? { ...item, decision } : item)) } : section)),
});

/**
 * Marielle (laptop a) types into an item on the version from before a round that brought Joke's
 * text of it: her save is merged and her edit noted as made without seeing Joke's.
 */
async function blindSave() {
  const root = await tempDir();
  const folders = ['a', 'b'].map((name) => join(root, `${name}-shared`));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  const service = new CopyingService(folders);
  const aWorkspace = join(root, 'a-workspace');
  const a = await laptop(aWorkspace, false);
  const b = await laptop(join(root, 'b-workspace'));
  await a.updateSettings({ contactPerson: 'Marielle' });
  await b.updateSettings({ contactPerson: 'Joke' });
  await a.setSyncFolder({ path: folders[0]! });
  await service.run();
  await b.setSyncFolder({ path: folders[1]! });
  const sync = (api: NotulistApi) => ({ sync: () => api.syncNow({}) });
  const meeting = await a.createMeeting({ name: 'Overleg', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] });
  await exchangeRounds(sync(a), sync(b), service);
  const onScreen = await a.getMeeting({ id: meeting.id });
  await b.saveMeeting({ meeting: withDecision(await b.getMeeting({ id: meeting.id }), 'Besluit van Joke') });
  await exchangeRounds(sync(a), sync(b), service);
  const { sections, ...header } = withDecision(onScreen, 'Besluit van Marielle');
  const saved = await a.saveMeetingChanges({ meeting: header, base: onScreen.updatedAt, sectionOrder: sections.map((s) => s.id), sections: [], items: [{ sectionId: sections[0]!.id, item: sections[0]!.items[0]! }] });
  expect(saved.merged).toBe(true);
  return { a, b, aWorkspace, root, service, meetingId: meeting.id, sync };
}

async function expectBothKept(api: NotulistApi, meetingId: string): Promise<void> {
  expect((await api.getSyncStatus()).conflicts).toEqual({ [meetingId]: 1 });
  const [conflict] = await api.listSyncConflicts({ id: meetingId });
  expect(conflict!.versions.map((version) => version.value)).toEqual(['Besluit van Marielle', 'Besluit van Joke']);
}

describe('a blind save across a stop', () => {
  it('is recorded as concurrent by a new core on the workspace after a crash before its round', async () => {
    const { aWorkspace, b, service, meetingId, sync } = await blindSave();
    // Laptop a's process is gone: its core is never closed, and no round of it ran.
    const restarted = await laptop(aWorkspace);
    await exchangeRounds(sync(restarted), sync(b), service);
    await expectBothKept(restarted, meetingId);
    await expectBothKept(b, meetingId);
  });

  it('is recorded as concurrent after a close whose round found the shared folder away', async () => {
    const { a, aWorkspace, b, root, service, meetingId, sync } = await blindSave();
    await rename(join(root, 'a-shared'), join(root, 'away'));
    await a.close();
    await rename(join(root, 'away'), join(root, 'a-shared'));
    const reopened = await laptop(aWorkspace);
    await exchangeRounds(sync(reopened), sync(b), service);
    await expectBothKept(reopened, meetingId);
    await expectBothKept(b, meetingId);
  });
});
