import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { MeetingStore } from '../../electron/core/meetings/meeting-store';
import { STORE_NOW, useMeetingStores } from '../support/open-meeting-store';
import { useTempDirs } from '../support/temp-workspace';

function meeting(note: string) {
  const m = createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] }, DEFAULT_SETTINGS, STORE_NOW());
  m.sections[0]!.items[0]!.notes = [{ id: 'p', type: 'paragraph', content: [{ text: note }] }];
  return m;
}

describe('the meeting store', () => {
  const open = useMeetingStores();

  it('keeps the previous version of a meeting as a backup', async () => {
    const { workspace, store } = await open();
    const first = meeting('eerste versie');
    await store.write(first);
    const second = { ...first, name: 'PFHO tweede versie' };
    await store.write(second);
    const [previous] = await store.listVersions(first.id);
    const backup = JSON.parse(await readFile(join(workspace, 'backups', first.id, previous!.version.slice('saved/'.length)), 'utf8'));
    expect(backup.name).toBe('PFHO');
    expect((await store.read(first.id)).name).toBe('PFHO tweede versie');
  });

  it('sees a file another program changed in place after it was read, even at the same size', async () => {
    const { store } = await open();
    const m = meeting('eerste versie');
    await store.write(m);
    expect((await store.read(m.id)).sections[0]!.items[0]!.notes).toMatchObject([{ content: [{ text: 'eerste versie' }] }]);
    const text = await readFile(store.fileOf(m.id), 'utf8');
    // A sync client rewriting the file in place: same inode, same length, different words.
    await writeFile(store.fileOf(m.id), text.replace('eerste versie', 'latere versie'));
    expect((await store.read(m.id)).sections[0]!.items[0]!.notes).toMatchObject([{ content: [{ text: 'latere versie' }] }]);
  });

  it('quarantines a file damaged after it was read, rather than serving the copy in memory', async () => {
    const { store, notices } = await open();
    const m = meeting('de agenda wordt vastgesteld');
    await store.write(m);
    await store.write({ ...m, name: 'PFHO bijgewerkt' });
    expect((await store.read(m.id)).name).toBe('PFHO bijgewerkt');
    await writeFile(store.fileOf(m.id), '{"schemaVersion":');
    expect((await store.read(m.id)).name).toBe('PFHO');
    expect(notices.map((n) => n.code)).toEqual(['quarantined', 'restored-from-backup']);
  });

  it('quarantines a truncated meeting file, never overwrites it, and restores the backup', async () => {
    const { workspace, store, notices } = await open();
    const m = meeting('de agenda wordt vastgesteld');
    await store.write(m);
    await store.write({ ...m, name: 'PFHO bijgewerkt' });
    const full = await readFile(store.fileOf(m.id), 'utf8');
    await writeFile(store.fileOf(m.id), full.slice(0, full.length / 2));

    const restored = await store.read(m.id);
    expect(restored.name).toBe('PFHO');
    expect(notices.map((n) => n.code)).toEqual(['quarantined', 'restored-from-backup']);
    const quarantined = await readdir(join(workspace, 'quarantine'));
    expect(quarantined.some((name) => name.endsWith(`${m.id}.json`))).toBe(true);
    const kept = quarantined.find((name) => name.endsWith(`${m.id}.json`))!;
    expect(await readFile(join(workspace, 'quarantine', kept), 'utf8')).toBe(full.slice(0, full.length / 2));
    expect(await readFile(join(workspace, 'quarantine', `${kept}.reason.txt`), 'utf8')).toMatch(/not valid JSON/);
  });

  it('quarantines a schema-invalid meeting file and says what is wrong', async () => {
    const { workspace, store, notices } = await open();
    const m = meeting('x');
    await store.write(m);
    await writeFile(store.fileOf(m.id), JSON.stringify({ ...m, sections: 'geen' }));
    await expect(store.read(m.id)).rejects.toMatchObject({ code: 'storage' });
    expect(notices[0]).toMatchObject({ code: 'quarantined', message: expect.stringContaining('sections') });
    expect(await readdir(join(workspace, 'meetings'))).toEqual([]);
  });

  it('refuses a file from a newer Notulist and leaves it untouched', async () => {
    const { workspace, store, notices } = await open();
    const m = meeting('x');
    const text = JSON.stringify({ ...m, schemaVersion: 7 });
    await mkdir(join(workspace, 'meetings'), { recursive: true });
    await writeFile(store.fileOf(m.id), text);
    await expect(store.read(m.id)).rejects.toMatchObject({ code: 'storage', message: expect.stringContaining('newer') });
    expect(await readFile(store.fileOf(m.id), 'utf8')).toBe(text);
    expect(notices).toEqual([]);
  });

  it('refuses ids that could reach outside the meetings folder', async () => {
    const { store } = await open();
    for (const id of ['../notulist', '..\\x', 'a/b', '', 'x'.repeat(65)]) {
      await expect(store.read(id)).rejects.toMatchObject({ code: 'invalid-argument' });
    }
  });

  it('moves a deleted meeting to the trash instead of destroying it', async () => {
    const { workspace, store } = await open();
    const m = meeting('bewaren');
    await store.write(m);
    await store.moveToTrash(m.id);
    await expect(store.read(m.id)).rejects.toMatchObject({ code: 'not-found' });
    const trash = await readdir(join(workspace, 'trash'));
    expect(trash.some((name) => name.endsWith(`${m.id}.json`))).toBe(true);
  });
});

describe('saving only the domain tables that changed', () => {
  const tempDir = useTempDirs();

  async function twoTables() {
    const workspace = await tempDir();
    const store = new MeetingStore(workspace, () => undefined, STORE_NOW);
    await store.init();
    const m = createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs', 'werk-en-participatie'] }, DEFAULT_SETTINGS, STORE_NOW());
    await store.write(m);
    return { workspace, store, m };
  }

  it('writes the same meeting a full save would, re-serializing only the changed table', async () => {
    const { store, m } = await twoTables();
    const { sections, ...header } = m;
    const changed = { ...sections[1]!, chair: 'Mirjam Havinga' };
    await store.writeChanges({ ...header, name: 'PFHO gewijzigd' }, m.updatedAt, sections.map((s) => s.id), [changed]);
    // The save went to the journal; the checkpoint writes the meeting file.
    await store.checkpoint(m.id);
    const text = await readFile(store.fileOf(m.id), 'utf8');
    expect(JSON.parse(text)).toEqual({ ...m, name: 'PFHO gewijzigd', sections: [sections[0], changed] });
    expect(await new MeetingStore(join(store.fileOf(m.id), '..', '..'), () => undefined, STORE_NOW).read(m.id)).toEqual(JSON.parse(text));
  });

  it('follows the new order and drops a removed table', async () => {
    const { store, m } = await twoTables();
    const { sections, ...header } = m;
    await store.writeChanges(header, m.updatedAt, [sections[1]!.id], []);
    expect((await store.read(m.id)).sections.map((s) => s.id)).toEqual([sections[1]!.id]);
  });

  it('reads the tables it does not hold from disk, e.g. after a restart', async () => {
    const { workspace, m } = await twoTables();
    const fresh = new MeetingStore(workspace, () => undefined, STORE_NOW);
    const { sections, ...header } = m;
    await fresh.writeChanges(header, m.updatedAt, sections.map((s) => s.id), []);
    expect(await fresh.read(m.id)).toEqual(m);
  });

  it('puts changed items in place of theirs, keeping the table\'s other items as they were', async () => {
    const { workspace, store, m } = await twoTables();
    const { sections, ...header } = m;
    const table = sections[1]!;
    const typed = { ...table.items[1]!, notes: [{ id: 'p9', type: 'paragraph' as const, content: [{ text: 'Alleen dit punt is gewijzigd.' }] }] };
    await store.writeChanges(header, m.updatedAt, sections.map((s) => s.id), [], [{ sectionId: table.id, item: typed }]);
    await store.checkpoint(m.id);
    const expected = { ...m, sections: [sections[0], { ...table, items: table.items.map((item, i) => (i === 1 ? typed : item)) }] };
    expect(JSON.parse(await readFile(store.fileOf(m.id), 'utf8'))).toEqual(expected);
    expect(await new MeetingStore(workspace, () => undefined, STORE_NOW).read(m.id)).toEqual(expected);
  });

  it('refuses an item it does not know, writing nothing, so the client sends the whole meeting', async () => {
    const { store, m } = await twoTables();
    const { sections, ...header } = m;
    const stranger = { ...sections[0]!.items[0]!, id: 'onbekend' };
    await expect(store.writeChanges(header, m.updatedAt, sections.map((s) => s.id), [], [{ sectionId: sections[0]!.id, item: stranger }])).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(store.writeChanges(header, m.updatedAt, sections.map((s) => s.id), [], [{ sectionId: 'nergens', item: sections[0]!.items[0]! }])).rejects.toMatchObject({ code: 'invalid-argument' });
    expect(JSON.parse(await readFile(store.fileOf(m.id), 'utf8'))).toEqual(m);
  });

  it('refuses a table it has never seen, so the client sends the whole meeting', async () => {
    const { store, m } = await twoTables();
    const { sections, ...header } = m;
    await expect(store.writeChanges(header, m.updatedAt, [...sections.map((s) => s.id), 'nieuw'], [])).rejects.toMatchObject({ code: 'invalid-argument' });
    expect(await store.read(m.id)).toEqual(m);
  });
});
