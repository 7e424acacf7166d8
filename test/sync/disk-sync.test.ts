import { cp, mkdir, readdir, readFile, rename, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MeetingSchema, type Meeting } from '../../shared/model/meeting';
import { MeetingStore } from '../../electron/core/meetings/meeting-store';
import { EXCHANGE_FOLDER } from '../../electron/core/sync/exchange-paths';
import { meetingConflicts, resolveMeetingConflict } from '../../electron/core/sync/meeting-conflicts';
import { storeMeetings } from '../../electron/core/sync/store-meetings';
import { diskSyncFs } from '../../electron/core/sync/sync-fs';
import { randomDeviceId, randomInstallNonce, setUpExchange } from '../../electron/core/sync/sync-identity';
import { runSyncRound } from '../../electron/core/sync/sync-round';
import type { SyncReport } from '../../shared/sync/sync-schemas';
import { useTempDirs } from '../support/temp-workspace';
import { CopyingService, exchangeRounds } from './copying-service';

const tempDir = useTempDirs();
const fixture = MeetingSchema.parse(JSON.parse(await readFile(join(import.meta.dirname, '../fixtures/resume-2023-02-23.meeting.json'), 'utf8')));

/** One laptop: a workspace with its meeting store, and its own copy of the shared folder. */
async function laptop(name: string, root: string) {
  const workspace = join(root, `${name}-workspace`);
  const shared = join(root, `${name}-shared`);
  await mkdir(join(shared, EXCHANGE_FOLDER), { recursive: true });
  const store = new MeetingStore(workspace, () => undefined, () => new Date());
  await store.init();
  const meetings = storeMeetings(store, () => new Date());
  const local = diskSyncFs(join(workspace, 'sync'));
  // While `refused`, the shared folder takes no write: renames into it fail at once (EROFS is not retried).
  const folderWrites = { refused: false };
  const exchange = diskSyncFs(join(shared, EXCHANGE_FOLDER), {
    rename: async (from, to) => {
      if (folderWrites.refused) throw Object.assign(new Error(`EROFS: read-only file system, rename '${to}'`), { code: 'EROFS' });
      await rename(from, to);
    },
  });
  const deps = { exchange, local, meetings, deviceName: name, newDeviceId: randomDeviceId, newInstallNonce: randomInstallNonce, now: () => Date.now() };
  return {
    store, meetings, local, exchange, workspace, shared, folderWrites,
    sync: (full = false): Promise<SyncReport> => runSyncRound(deps, { full }),
    edit: async (change: (meeting: Meeting) => Meeting) => {
      const meeting = await store.read(fixture.id);
      await store.write({ ...change(meeting), updatedAt: store.nextRevision(fixture.id, new Date()) });
    },
  };
}

const retitle = (text: string, blockIndex: number) => (meeting: Meeting): Meeting => {
  const [section, ...rest] = meeting.sections;
  const [item, ...others] = section!.items;
  const notes = item!.notes.map((block, index) => (index === blockIndex && block.type === 'paragraph' ? { ...block, content: [{ text }] } : block));
  return { ...meeting, sections: [{ ...section!, items: [{ ...item!, notes }, ...others] }, ...rest] };
};

async function twoLaptops() {
  const root = await tempDir();
  const a = await laptop('a', root);
  const b = await laptop('b', root);
  await a.store.write(fixture);
  expect(await setUpExchange(a.exchange)).toEqual({ ok: true, created: true });
  expect((await a.sync(true)).status).toBe('done');
  const service = new CopyingService([a.shared, b.shared]);
  await service.run();
  expect((await b.sync(true)).status).toBe('done');
  return { root, a, b, service };
}

/** Laptop b types in the first item and publishes it, and the service copies it across; a has not synced yet. */
async function publishFromB({ b, service }: Pick<Awaited<ReturnType<typeof twoLaptops>>, 'b' | 'service'>): Promise<void> {
  await b.edit(retitle('typed on b', 1));
  await b.sync();
  await service.run();
}

async function exchangeRound({ a, b, service }: Awaited<ReturnType<typeof twoLaptops>>): Promise<void> {
  await exchangeRounds(a, b, service);
}

const firstItemText = async (store: MeetingStore) => (await store.read(fixture.id)).sections[0]!.items[0]!.notes.map((block) => JSON.stringify(block)).join('');

describe('sync on real folders, with a file-copying sync service in between', () => {
  it('brings a meeting made on one laptop to the other, whole', async () => {
    const { b } = await twoLaptops();
    const received = await b.store.read(fixture.id);
    expect({ ...received, updatedAt: '' }).toEqual({ ...fixture, updatedAt: '' });
  });

  it('merges edits to different blocks on both laptops without a conflict, then goes quiet', async () => {
    const laptops = await twoLaptops();
    const { a, b } = laptops;
    await a.edit(retitle('typed on a', 1));
    await b.edit(retitle('typed on b', 2));
    await exchangeRound(laptops);
    for (const laptop of [a, b]) {
      const text = await firstItemText(laptop.store);
      expect(text).toContain('typed on a');
      expect(text).toContain('typed on b');
      expect(await meetingConflicts(laptop.local, fixture.id)).toEqual([]);
    }
    const mtimes = async () => Promise.all((await readdir(a.shared, { recursive: true })).map(async (name) => `${name}:${(await stat(join(a.shared, name))).mtimeMs}`));
    const before = await mtimes();
    expect((await a.sync(true)).wrote).toEqual([]);
    expect((await a.sync()).wrote).toEqual([]);
    expect(await mtimes()).toEqual(before);
  });

  it('writes nothing to the shared folder after only merging the other laptop\'s edit; its own next edit publishes both', async () => {
    const { a, b, service } = await twoLaptops();
    await publishFromB({ b, service });
    const merged = await a.sync();
    expect(merged.wrote).toContain(`workspace:${fixture.id}`);
    expect(merged.wrote.filter((path) => path.startsWith('meetings/') || path.startsWith('devices/'))).toEqual([]);
    expect(await firstItemText(a.store)).toContain('typed on b');
    await a.edit(retitle('typed on a', 2));
    const published = (await a.sync()).wrote.find((path) => path.startsWith('meetings/'));
    expect(published).toBeDefined();
    const own = await readFile(join(a.shared, EXCHANGE_FOLDER, published!), 'utf8');
    expect(own).toContain('typed on a');
    expect(own).toContain('typed on b');
  });

  it('keeps the old merged state when a save lands before the merged meeting is written, and merges on the next round', async () => {
    const { a, b, service } = await twoLaptops();
    await publishFromB({ b, service });
    const statePath = join(a.workspace, 'sync', 'meetings');
    const stateBefore = await Promise.all((await readdir(statePath)).map((name) => readFile(join(statePath, name), 'utf8')));
    const savedFirst = { ...a.meetings, write: async () => undefined };
    const deps = { exchange: a.exchange, local: a.local, meetings: savedFirst, deviceName: 'a', newDeviceId: randomDeviceId, newInstallNonce: randomInstallNonce, now: () => Date.now() };
    const refused = await runSyncRound(deps);
    expect(refused.problems.join(' ')).toContain('saved meanwhile');
    expect(await Promise.all((await readdir(statePath)).map((name) => readFile(join(statePath, name), 'utf8')))).toEqual(stateBefore);
    await a.sync();
    expect(await firstItemText(a.store)).toContain('typed on b');
  });

  it('keeps both texts of one block typed on both laptops as a conflict, and "Combineer" ends it everywhere', async () => {
    const laptops = await twoLaptops();
    const { a, b } = laptops;
    await a.edit(retitle('version of a', 1));
    await b.edit(retitle('version of b', 1));
    await exchangeRound(laptops);
    const conflicts = await meetingConflicts(a.local, fixture.id);
    expect(conflicts).toHaveLength(1);
    expect(JSON.stringify(conflicts[0]!.versions)).toContain('version of a');
    expect(JSON.stringify(conflicts[0]!.versions)).toContain('version of b');
    const outcome = await resolveMeetingConflict(a.local, a.meetings, fixture.id, conflicts[0]!.node, { combine: true }, Date.now());
    expect(outcome.ok).toBe(true);
    await exchangeRound(laptops);
    for (const laptop of [a, b]) {
      expect(await meetingConflicts(laptop.local, fixture.id)).toEqual([]);
      const block = (await laptop.store.read(fixture.id)).sections[0]!.items[0]!.notes[1]!;
      const text = block.type === 'list' ? '' : block.content.map((run) => run.text).join('');
      expect(text.split('\n').sort()).toEqual(['version of a', 'version of b']);
    }
  });

  it('stops with a message, writing nothing, when format.json is missing or newer', async () => {
    const { a, b } = await twoLaptops();
    await a.edit(retitle('not sent', 1));
    await writeFile(join(a.shared, EXCHANGE_FOLDER, 'format.json'), JSON.stringify({ app: 'notulist', format: 99 }));
    const newer = await a.sync();
    expect(newer).toMatchObject({ status: 'stopped', stop: 'format-newer', wrote: [] });
    await rm(join(b.shared, EXCHANGE_FOLDER, 'format.json'));
    const missing = await b.sync();
    expect(missing).toMatchObject({ status: 'stopped', stop: 'format-missing', wrote: [] });
    expect(missing.message).toContain('format.json');
  });

  it('gives a copied profile a new device id instead of writing under the same one', async () => {
    const { root, a } = await twoLaptops();
    const copy = await laptop('copy', root);
    await cp(join(a.workspace, 'sync'), join(copy.workspace, 'sync'), { recursive: true });
    await copy.store.write(await a.store.read(fixture.id));
    await cp(a.shared, copy.shared, { recursive: true });
    await a.edit(retitle('a goes on', 1));
    const first = await a.sync();
    await new CopyingService([a.shared, copy.shared]).run();
    const second = await copy.sync();
    expect(second.status).toBe('done');
    expect(second.device).not.toBe(first.device);
  });

  it('sees a restore from a backup although the service put its device file back to the one the backup knew, and keeps what it had typed', async () => {
    const { root, a } = await twoLaptops();
    const backup = join(root, 'a-backup');
    await cp(join(a.workspace, 'sync'), backup, { recursive: true });
    const meetingInBackup = await a.store.read(fixture.id);
    const first = await a.sync();
    const deviceFile = join(a.shared, EXCHANGE_FOLDER, 'devices', `${first.device}.json`);
    const deviceFileInBackup = await readFile(deviceFile);
    await a.edit(retitle('typed after the backup', 1));
    await a.sync();
    // The service puts the device file back as the backup knew it; the newer meeting file stays.
    await writeFile(deviceFile, deviceFileInBackup);
    await rm(join(a.workspace, 'sync'), { recursive: true });
    await cp(backup, join(a.workspace, 'sync'), { recursive: true });
    await a.store.write({ ...meetingInBackup, updatedAt: a.store.nextRevision(fixture.id, new Date()) });
    await a.edit(retitle('typed after the restore', 2));
    const restored = await a.sync();
    expect(restored.device).not.toBe(first.device);
    await a.sync();
    await a.sync();
    const notes = JSON.stringify((await a.store.read(fixture.id)).sections[0]!.items[0]!.notes);
    expect(notes).toContain('typed after the backup');
    expect(notes).toContain('typed after the restore');
  });

  it('merges a conflict copy the sync service made of its own file and moves it to the attic', async () => {
    const { a } = await twoLaptops();
    const device = (await a.sync()).device!;
    const folder = join(a.shared, EXCHANGE_FOLDER, 'meetings', fixture.id);
    const own = await readFile(join(folder, `${device}.json`));
    await writeFile(join(folder, `${device}.sync-conflict-20260101-101010-ABCDEF7.json`), own);
    const report = await a.sync(true);
    expect(report.wrote.some((path) => path.startsWith('attic/'))).toBe(true);
    expect((await readdir(folder)).filter((name) => name.includes('sync-conflict'))).toEqual([]);
  });

  it('publishes an edit the shared folder refused in the very next round, not only at the next full one', async () => {
    const { a, b, service } = await twoLaptops();
    await a.edit(retitle('typed while the folder refused', 1));
    a.folderWrites.refused = true;
    expect((await a.sync()).wrote.filter((path) => path.startsWith('meetings/'))).toEqual([]);
    a.folderWrites.refused = false;
    expect((await a.sync()).wrote.filter((path) => path.startsWith('meetings/'))).toHaveLength(1);
    await service.run();
    await b.sync();
    expect(await firstItemText(b.store)).toContain('typed while the folder refused');
  });

  it('sends a deletion the shared folder refused in the next round, and again when the service loses its file', async () => {
    const { a, b, service } = await twoLaptops();
    const device = (await a.sync()).device!;
    const own = join(a.shared, EXCHANGE_FOLDER, 'meetings', fixture.id, `${device}.json`);
    await a.store.moveToTrash(fixture.id);
    a.folderWrites.refused = true;
    await a.sync();
    a.folderWrites.refused = false;
    expect((await a.sync()).wrote).toContain(`meetings/${fixture.id}/${device}.json`);
    await rm(own);
    expect((await a.sync(true)).wrote).toContain(`meetings/${fixture.id}/${device}.json`);
    await service.run();
    await b.sync();
    expect(await b.store.listIds()).toEqual([]);
  });

  it('republishes its own meeting file when the service puts an older version back', async () => {
    const { a } = await twoLaptops();
    const device = (await a.sync()).device!;
    const file = join(a.shared, EXCHANGE_FOLDER, 'meetings', fixture.id, `${device}.json`);
    const old = await readFile(file);
    await a.edit(retitle('newer text', 1));
    await a.sync();
    await writeFile(file, old);
    const report = await a.sync(true);
    expect(report.wrote).toContain(`meetings/${fixture.id}/${device}.json`);
    expect(await readFile(file, 'utf8')).toContain('newer text');
  });

  it.each([
    ['a torn last record of its local state log', 7],
    ['a kill after the meeting write, before the log record', 'whole record'],
  ] as const)('keeps the merge it wrote to the meeting after %s, without recording it as its own edits', async (_, cut) => {
    const { a, b, service } = await twoLaptops();
    await publishFromB({ b, service });
    const merged = await a.sync();
    expect(merged.wrote).toContain(`state:${fixture.id}`);
    const log = join(a.workspace, 'sync', 'meetings', `${fixture.id}.log`);
    const records = (await readFile(log, 'utf8')).split('\n').filter(Boolean);
    expect(records).toHaveLength(2);
    const lastRecord = Buffer.byteLength(records[1]!) + 1;
    await truncate(log, (await stat(log)).size - (cut === 'whole record' ? lastRecord : cut));
    await a.sync();
    await exchangeRounds(a, b, service);
    for (const laptop of [a, b]) {
      expect(await firstItemText(laptop.store)).toContain('typed on b');
      expect(await meetingConflicts(laptop.local, fixture.id)).toEqual([]);
    }
    await b.edit(retitle('typed on b again', 1));
    await exchangeRounds(a, b, service);
    expect(await firstItemText(a.store)).toContain('typed on b again');
    expect(await meetingConflicts(a.local, fixture.id)).toEqual([]);
  });
});
