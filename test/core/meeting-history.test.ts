import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { KEEP_LATEST_VERSIONS } from '../../electron/core/meetings/meeting-history';
import { STORE_NOW, useMeetingStores } from '../support/open-meeting-store';

function meeting(name: string) {
  return createMeeting({ name, date: '2023-02-23', domains: ['jeugd-en-onderwijs'] }, DEFAULT_SETTINGS, STORE_NOW());
}

describe('earlier versions of a meeting', () => {
  const open = useMeetingStores();

  it(`keeps the last ${KEEP_LATEST_VERSIONS} saved versions and the last one of each earlier day, never touching the current file`, async () => {
    const { workspace, store } = await open();
    const m = meeting('versie 0');
    await store.write(m);
    // Three earlier days with two saves each, then 30 saves today: each save keeps the file it replaces.
    let n = 0;
    for (const day of ['2023-02-20', '2023-02-21', '2023-02-22']) {
      for (const hour of ['09', '17']) {
        await utimes(store.fileOf(m.id), new Date(`${day}T${hour}:00:00Z`), new Date(`${day}T${hour}:00:00Z`));
        n += 1;
        await store.write({ ...m, name: `versie ${n}` });
      }
    }
    for (let i = 0; i < 30; i += 1) {
      const at = new Date(Date.UTC(2023, 1, 23, 10, 0, i));
      await utimes(store.fileOf(m.id), at, at);
      n += 1;
      await store.write({ ...m, name: `versie ${n}` });
    }
    const versions = await store.listVersions(m.id);
    const names = await Promise.all(
      versions.map(async (v) => JSON.parse(await readFile(join(workspace, 'backups', m.id, v.version.slice('saved/'.length)), 'utf8')).name as string),
    );
    // A save keeps the version it replaces: today's last 20 (versie 35 … 16), and 22, 21, 20 February's last.
    expect(names).toEqual([...Array.from({ length: 20 }, (_, i) => `versie ${35 - i}`), 'versie 5', 'versie 3', 'versie 1']);
    expect(versions.map((v) => v.savedAt.slice(0, 10))).toEqual([...Array(20).fill('2023-02-23'), '2023-02-22', '2023-02-21', '2023-02-20']);
    expect(versions.every((v) => v.kind === 'saved' && v.size > 0)).toBe(true);
    expect((await store.read(m.id)).name).toBe('versie 36');
    expect(await readdir(join(workspace, 'meetings'))).toEqual([`${m.id}.json`]);
  });

  it('restores an earlier version, and undoes that by restoring the version it replaced', async () => {
    const { store } = await open();
    const m = meeting('eerste');
    await store.write(m);
    await store.write({ ...m, name: 'tweede' });
    await store.write({ ...m, name: 'derde' });
    const oldest = (await store.listVersions(m.id)).at(-1)!;

    const restored = await store.restoreVersion(m.id, oldest.version);
    expect(restored.meeting.name).toBe('eerste');
    expect((await store.read(m.id)).name).toBe('eerste');

    const undone = await store.restoreVersion(m.id, restored.undoVersion);
    expect(undone.meeting.name).toBe('derde');
    expect((await store.read(m.id)).name).toBe('derde');
    // Nothing was lost on the way: every name is still among the versions.
    const all = await Promise.all((await store.listVersions(m.id)).map(async (v) => (await store.restoreVersion(m.id, v.version)).meeting.name));
    expect(new Set(all)).toEqual(new Set(['eerste', 'tweede', 'derde']));
  });

  it('restores only versions it listed, nothing named by a path', async () => {
    const { store } = await open();
    const m = meeting('eerste');
    await store.write(m);
    await store.write({ ...m, name: 'tweede' });
    for (const version of ['saved/../../notulist.json', '../meetings/x.json', 'saved/2020-01-01T00-00-00-000Z.json', 'conflict/legacy']) {
      await expect(store.restoreVersion(m.id, version)).rejects.toMatchObject({ code: 'not-found' });
    }
    expect((await store.read(m.id)).name).toBe('tweede');
  });

  it('offers the single backup of an older Notulist as a version too', async () => {
    const { workspace, store } = await open();
    const m = meeting('huidig');
    await store.write(m);
    await mkdir(join(workspace, 'backups'), { recursive: true });
    await writeFile(join(workspace, 'backups', `${m.id}.json`), JSON.stringify({ ...m, name: 'oude reservekopie' }));
    const versions = await store.listVersions(m.id);
    expect(versions).toEqual([expect.objectContaining({ version: 'saved/legacy', kind: 'saved' })]);
    expect((await store.restoreVersion(m.id, 'saved/legacy')).meeting.name).toBe('oude reservekopie');
  });

  it('falls back to the newest sound version when the meeting file is damaged', async () => {
    const { store, notices } = await open();
    const m = meeting('eerste');
    await store.write(m);
    await store.write({ ...m, name: 'tweede' });
    await store.write({ ...m, name: 'derde' });
    const [newest] = await store.listVersions(m.id);
    await writeFile(join(store.fileOf(m.id), '..', '..', 'backups', m.id, newest!.version.slice('saved/'.length)), '{"kapot');
    await writeFile(store.fileOf(m.id), '{"ook kapot');
    expect((await store.read(m.id)).name).toBe('eerste');
    expect(notices.map((n) => n.code)).toEqual(['quarantined', 'restored-from-backup']);
  });
});
