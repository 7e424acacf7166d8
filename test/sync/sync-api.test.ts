import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NotulistApi } from '../../shared/api/contract';
import type { Meeting } from '../../shared/model/meeting';
import { openCoreClient } from '../support/open-core-client';
import { useTwoLaptops } from './two-laptops';

const { twoLaptops, tempDir, open } = useTwoLaptops();

const withDecision = (meeting: Meeting, itemIndex: number, decision: string): Meeting => ({
  ...meeting,
  sections: meeting.sections.map((section, at) => (at === 0 ? { ...section, items: section.items.map((item, i) => (i === itemIndex ? { ...item, decision } : item)) } : section)),
});

async function setDecision(api: NotulistApi, id: string, itemIndex: number, decision: string): Promise<void> {
  await api.saveMeeting({ meeting: withDecision(await api.getMeeting({ id }), itemIndex, decision) });
}

const decisions = async (api: NotulistApi, id: string) => (await api.getMeeting({ id })).sections[0]!.items.map((item) => item.decision);

/**
 * A meeting on both laptops; laptop a's editor still shows it as it was when laptop b's
 * decision on item `itemIndex` arrived through a round: what a stale save is made on.
 */
async function changedUnderAsEditor(itemIndex: number, decision: string) {
  const laptops = await twoLaptops();
  const { a, b, exchange } = laptops;
  const meeting = await a.createMeeting({ name: 'Overleg', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] });
  await exchange();
  const onScreen = await a.getMeeting({ id: meeting.id });
  await setDecision(b, meeting.id, itemIndex, decision);
  await exchange();
  return { ...laptops, meeting, onScreen };
}

describe('sync through the core', () => {
  it('brings a meeting made on one laptop to the other and merges edits to different items', async () => {
    const { a, b, exchange } = await twoLaptops();
    const meeting = await a.createMeeting({ name: 'Overleg portefeuillehouders sociaal domein', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] });
    await exchange();
    expect((await b.listMeetings()).map((entry) => entry.id)).toEqual([meeting.id]);
    await setDecision(a, meeting.id, 0, 'Vastgesteld op laptop a');
    await setDecision(b, meeting.id, 1, 'Vastgesteld op laptop b');
    await exchange();
    for (const laptop of [a, b]) {
      expect((await decisions(laptop, meeting.id)).slice(0, 2)).toEqual(['Vastgesteld op laptop a', 'Vastgesteld op laptop b']);
      expect((await laptop.getSyncStatus()).conflicts).toEqual({});
    }
  });

  it('shows one field typed on both laptops as a conflict with both devices, and "Kies" ends it on both', async () => {
    const { a, b, exchange } = await twoLaptops();
    const meeting = await a.createMeeting({ name: 'Overleg', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] });
    await exchange();
    await setDecision(a, meeting.id, 0, 'Besluit van Marielle');
    await setDecision(b, meeting.id, 0, 'Besluit van Joke');
    await exchange();
    expect((await a.getSyncStatus()).conflicts).toEqual({ [meeting.id]: 1 });
    const [conflict] = await a.listSyncConflicts({ id: meeting.id });
    expect(conflict!.versions.map((version) => version.value).sort()).toEqual(['Besluit van Joke', 'Besluit van Marielle']);
    expect(conflict!.versions.map((version) => version.deviceName).sort()).toEqual(['Joke', 'Marielle']);
    const joke = conflict!.versions.find((version) => version.value === 'Besluit van Joke')!;
    const resolved = await a.resolveSyncConflict({ id: meeting.id, node: conflict!.node, resolution: { choose: joke.version } });
    expect(resolved.sections[0]!.items[0]!.decision).toBe('Besluit van Joke');
    expect((await a.getSyncStatus()).conflicts).toEqual({});
    await exchange();
    expect((await decisions(b, meeting.id))[0]).toBe('Besluit van Joke');
    expect((await b.getSyncStatus()).conflicts).toEqual({});
  });

  it('merges a save made on a version sync replaced meanwhile, keeping both sides', async () => {
    const { a, meeting, onScreen } = await changedUnderAsEditor(1, 'Van laptop b');
    expect((await a.getSyncStatus()).written[meeting.id]).toBe((await a.getMeeting({ id: meeting.id })).updatedAt);
    // Laptop a's editor still holds the version from before the round, and saves one item of it.
    const { sections, ...header } = withDecision(onScreen, 0, 'Getypt op laptop a');
    const saved = await a.saveMeetingChanges({ meeting: header, base: onScreen.updatedAt, sectionOrder: sections.map((s) => s.id), sections: [], items: [{ sectionId: sections[0]!.id, item: sections[0]!.items[0]! }] });
    expect(saved.merged).toBe(true);
    expect((await decisions(a, meeting.id)).slice(0, 2)).toEqual(['Getypt op laptop a', 'Van laptop b']);
    // Until it reloads, the editor saves its own view on the merged revision: merged again, b's text kept.
    const whole = withDecision(withDecision(onScreen, 0, 'Getypt op laptop a'), 2, 'Nog een besluit');
    const { sections: again, ...header2 } = whole;
    const next = await a.saveMeetingChanges({ meeting: header2, base: saved.savedAt, sectionOrder: again.map((s) => s.id), sections: [again[0]!] });
    expect(next.merged).toBe(true);
    expect((await decisions(a, meeting.id)).slice(0, 3)).toEqual(['Getypt op laptop a', 'Van laptop b', 'Nog een besluit']);
  });

  it('shows one item typed on both laptops around a round as a conflict: the person’s text first, the other kept', async () => {
    const { a, b, exchange, meeting, onScreen } = await changedUnderAsEditor(0, 'Besluit van Joke');
    // Laptop a's editor typed into the same item before it saw Joke's text, and saves on the old base.
    const { sections, ...header } = withDecision(onScreen, 0, 'Besluit van Marielle');
    const saved = await a.saveMeetingChanges({ meeting: header, base: onScreen.updatedAt, sectionOrder: sections.map((s) => s.id), sections: [], items: [{ sectionId: sections[0]!.id, item: sections[0]!.items[0]! }] });
    expect(saved.merged).toBe(true);
    expect((await decisions(a, meeting.id))[0]).toBe('Besluit van Marielle');
    await exchange();
    for (const laptop of [a, b]) {
      expect((await laptop.getSyncStatus()).conflicts).toEqual({ [meeting.id]: 1 });
      const [conflict] = await laptop.listSyncConflicts({ id: meeting.id });
      expect(conflict!.versions.map((version) => [version.value, version.deviceName])).toEqual([
        ['Besluit van Marielle', 'Marielle'],
        ['Besluit van Joke', 'Joke'],
      ]);
      expect((await decisions(laptop, meeting.id))[0]).toBe('Besluit van Marielle');
    }
  });

  it('makes a blind save a conflict when the app is closed before its round', async () => {
    const { a, b, meeting, onScreen, service } = await changedUnderAsEditor(0, 'Besluit van Joke');
    const { sections, ...header } = withDecision(onScreen, 0, 'Besluit van Marielle');
    await a.saveMeetingChanges({ meeting: header, base: onScreen.updatedAt, sectionOrder: sections.map((s) => s.id), sections: [], items: [{ sectionId: sections[0]!.id, item: sections[0]!.items[0]! }] });
    open.splice(open.indexOf(a), 1);
    await a.close();
    await service.run();
    await b.syncNow();
    expect((await b.getSyncStatus()).conflicts).toEqual({ [meeting.id]: 1 });
  });

  it('says the shared folder is unreachable when it is gone, and picks up again when it is back', async () => {
    const { a, root } = await twoLaptops();
    await a.syncNow(); // the round set-up started is over: none is under way while the folder goes
    await rename(join(root, 'a-shared'), join(root, 'away'));
    const away = await a.syncNow();
    expect(away, JSON.stringify(away)).toMatchObject({ status: 'stopped', stop: 'unreachable' });
    expect((await a.getSyncStatus()).report?.stop).toBe('unreachable');
    await rename(join(root, 'away'), join(root, 'a-shared'));
    expect(await a.syncNow()).toMatchObject({ status: 'done' });
  });

  it("shows on one laptop that the other's secretary is minuting a meeting", async () => {
    const { a, b, exchange } = await twoLaptops();
    const meeting = await a.createMeeting({ name: 'Overleg', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] });
    await setDecision(a, meeting.id, 0, 'Getypt');
    await exchange();
    expect((await b.getSyncStatus()).minuting).toEqual([expect.objectContaining({ meeting: meeting.id, deviceName: 'Marielle' })]);
    expect((await a.getSyncStatus()).minuting).toEqual([]);
  });

  it('"Kies map…" answers the folder the desktop shell\'s dialog chose, and nothing when it was cancelled', async () => {
    const root = await tempDir();
    const chosen: (string | undefined)[] = [join(root, 'OneDrive - Regio', 'Notulen'), undefined];
    const desktop = await openCoreClient(join(root, 'workspace'), { shell: { openPath: async () => '', showItemInFolder: () => undefined, chooseFolder: async () => chosen.shift() } });
    open.push(desktop);
    expect(await desktop.chooseSyncFolder()).toEqual({ path: join(root, 'OneDrive - Regio', 'Notulen') });
    expect(await desktop.chooseSyncFolder()).toEqual({ path: null });
  });

  it('runs nothing without a shared folder, and refuses a folder inside the workspace or one that is not there', async () => {
    const root = await tempDir();
    const alone = await openCoreClient(join(root, 'workspace'));
    open.push(alone);
    expect(await alone.getSyncStatus()).toEqual({ conflicts: {}, written: {}, minuting: [] });
    expect(await alone.syncNow()).toMatchObject({ status: 'stopped' });
    expect(await alone.setSyncFolder({ path: join(root, 'workspace', 'meetings') })).toMatchObject({ ok: false, reason: 'inside-workspace' });
    expect(await alone.setSyncFolder({ path: join(root, 'elsewhere') })).toMatchObject({ ok: false, reason: 'not-a-folder' });
    // Only setSyncFolder sets it: an old settings form sent back cannot change the folder.
    await alone.updateSettings({ syncFolder: root });
    expect((await alone.getSettings()).syncFolder).toBeUndefined();
  });
});
