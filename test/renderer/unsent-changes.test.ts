import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArgsOf, NotulistApi } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { updateItem } from '../../shared/agenda/agenda-edit';
import type { Meeting } from '../../shared/model/meeting';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { createMeetingSaveQueue } from '../../renderer/store/meeting-save-queue';
import type { SaveStatus } from '../../renderer/store/save-queue';
import { UnsentChanges, type KeyValueStorage } from '../../renderer/store/unsent-changes';

const opened = createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] }, DEFAULT_SETTINGS, new Date(0));
const firstItem = opened.sections[0]!.items[0]!.id;
const typed = (meeting: Meeting, text: string): Meeting =>
  updateItem(meeting, firstItem, (item) => ({ ...item, notes: [{ type: 'paragraph', id: 'p1', content: [{ type: 'text', text }] }] }));

/** localStorage's behaviour over a Map: what the page would keep across a reload. */
class MemoryStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key = (index: number) => [...this.map.keys()][index] ?? null;
  getItem = (key: string) => this.map.get(key) ?? null;
  setItem = (key: string, value: string) => void this.map.set(key, value);
  removeItem = (key: string) => void this.map.delete(key);
}

/** A core that is away (every call fails as fetch does) until `back` is set. */
function hostThatComesBack() {
  const state = { back: false, refuse: false, received: [] as ArgsOf<'saveMeetingChanges'>[] };
  const api = {
    saveMeetingChanges: async (args: ArgsOf<'saveMeetingChanges'>) => {
      if (!state.back) throw new TypeError('Failed to fetch');
      if (state.refuse) throw new ApiError('not-found', 'no such meeting');
      state.received.push(args);
      return { savedAt: '2026-12-02T16:00:00.000Z' };
    },
  } as unknown as NotulistApi; // only the calls a save makes
  return { api, state };
}

/** A kept save of the meeting's own fields only. */
function headerSave(): ArgsOf<'saveMeetingChanges'> {
  const { sections, ...meeting } = opened;
  return { meeting, base: meeting.updatedAt, sectionOrder: sections.map((s) => s.id), sections: [], items: [] };
}

const notesOf = (args: ArgsOf<'saveMeetingChanges'>) => JSON.stringify(args.items);

describe('changes the host has not confirmed', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('are kept in browser storage while the host is away, and forgotten once it confirms them', async () => {
    const storage = new MemoryStorage();
    const unsent = new UnsentChanges(storage);
    unsent.learnWorkspace('/home/secretaris/Notulist');
    const { api, state } = hostThatComesBack();
    const statuses: SaveStatus[] = [];
    const queue = createMeetingSaveQueue({ api, opened, unsent, onStatus: (s) => statuses.push(s) });
    queue.schedule(typed(opened, 'Het overleg'));
    await vi.advanceTimersByTimeAsync(400);
    expect(statuses.at(-1)).toMatchObject({ kind: 'failed', keptInBrowser: true });
    queue.schedule(typed(opened, 'Het overleg stemt in'));
    await vi.advanceTimersByTimeAsync(250);
    expect(unsent.saves(opened.id).map(notesOf)).toEqual([expect.stringContaining('Het overleg stemt in')]);

    state.back = true;
    await vi.advanceTimersByTimeAsync(2000);
    expect(state.received.map(notesOf)).toEqual([expect.stringContaining('Het overleg stemt in')]);
    expect(statuses.at(-1)).toMatchObject({ kind: 'saved' });
    expect(storage.map.size).toBe(0);
  });

  it('are kept at once when the page flushes on closing, before the save can arrive', () => {
    const storage = new MemoryStorage();
    const unsent = new UnsentChanges(storage);
    unsent.learnWorkspace('/ws');
    const queue = createMeetingSaveQueue({ api: hostThatComesBack().api, opened, unsent, onStatus: () => undefined });
    queue.schedule(typed(opened, 'Laatste woorden'));
    void queue.flush();
    expect(unsent.saves(opened.id).map(notesOf)).toEqual([expect.stringContaining('Laatste woorden')]);
  });

  it('are sent first on the next start, per workspace, and stay kept while the host is still away', async () => {
    const storage = new MemoryStorage();
    const before = new UnsentChanges(storage);
    before.learnWorkspace('/ws-a');
    before.keep(headerSave());
    const other = new UnsentChanges(storage);
    other.learnWorkspace('/ws-b');
    expect(other.any()).toBe(true);
    expect(other.saves()).toEqual([]);

    const { api, state } = hostThatComesBack();
    const after = new UnsentChanges(storage);
    after.learnWorkspace('/ws-a');
    await expect(after.sendFirst(api)).rejects.toThrow(TypeError);
    expect(after.saves()).toHaveLength(1);
    state.back = true;
    await after.sendFirst(api);
    expect(state.received).toHaveLength(1);
    expect(after.any()).toBe(false);
  });

  it('are set aside, never dropped, when the core refuses them', async () => {
    const storage = new MemoryStorage();
    const unsent = new UnsentChanges(storage);
    unsent.learnWorkspace('/ws');
    unsent.keep(headerSave());
    const { api, state } = hostThatComesBack();
    state.back = true;
    state.refuse = true;
    await unsent.sendFirst(api);
    expect(unsent.any()).toBe(false);
    expect([...storage.map.keys()]).toEqual([expect.stringMatching(/^notulist\.unsent-refused:/)]);
  });
});
