import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMeeting } from '../../shared/agenda/new-meeting';
import type { Meeting } from '../../shared/model/meeting';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { createSaveQueue, type SaveStatus } from '../../renderer/store/save-queue';

const base = createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] }, DEFAULT_SETTINGS, new Date(0));
const version = (n: number): Meeting => ({ ...base, name: `PFHO ${n}` });

/** A save that the test resolves or rejects by hand, recording what it was given. */
function controlledSave() {
  const calls: { meeting: Meeting; startedAt: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  const save = (meeting: Meeting) =>
    new Promise<{ savedAt: string }>((resolve, reject) => {
      calls.push({ meeting, startedAt: Date.now(), resolve: () => resolve({ savedAt: `saved ${meeting.name}` }), reject });
    });
  return { save, calls };
}

describe('the save queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after a pause in typing, with the newest text', async () => {
    const { save, calls } = controlledSave();
    const statuses: SaveStatus[] = [];
    const queue = createSaveQueue({ save, onStatus: (s) => statuses.push(s) });
    queue.schedule(version(1));
    await vi.advanceTimersByTimeAsync(100);
    queue.schedule(version(2));
    await vi.advanceTimersByTimeAsync(299);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.meeting.name)).toEqual(['PFHO 2']);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toEqual({ kind: 'saved', at: 'saved PFHO 2' });
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('says a change is pending once while typing, and again for changes after a save', async () => {
    const { save, calls } = controlledSave();
    const statuses: SaveStatus['kind'][] = [];
    const queue = createSaveQueue({ save, onStatus: (s) => statuses.push(s.kind) });
    for (let n = 1; n <= 5; n += 1) queue.schedule(version(n));
    await vi.advanceTimersByTimeAsync(300);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    queue.schedule(version(6));
    queue.schedule(version(7));
    expect(statuses).toEqual(['pending', 'saving', 'saved', 'pending']);
  });

  it('still saves within a second while typing never pauses', async () => {
    const { save, calls } = controlledSave();
    const queue = createSaveQueue({ save, onStatus: () => undefined });
    for (let n = 0; n < 10; n += 1) {
      queue.schedule(version(n));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls[0]!.meeting.name).toBe('PFHO 7');
  });

  it('keeps one save in flight and sends the newest state after it', async () => {
    const { save, calls } = controlledSave();
    const queue = createSaveQueue({ save, onStatus: () => undefined });
    queue.schedule(version(1));
    await vi.advanceTimersByTimeAsync(300);
    queue.schedule(version(2));
    queue.schedule(version(3));
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(300);
    expect(calls.map((c) => c.meeting.name)).toEqual(['PFHO 1', 'PFHO 3']);
  });

  it('saves a change typed during a slow save within a second of typing, while typing goes on', async () => {
    const { save, calls } = controlledSave();
    const queue = createSaveQueue({ save, onStatus: () => undefined });
    queue.schedule(version(1));
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toHaveLength(1);
    // Typed 1 ms after the first save left; that save takes 700 ms, and typing never pauses.
    await vi.advanceTimersByTimeAsync(1);
    const typedAt = Date.now();
    queue.schedule(version(2));
    for (let n = 3; n <= 20; n += 1) {
      await vi.advanceTimersByTimeAsync(100);
      queue.schedule(version(n));
      if (Date.now() - typedAt === 700) calls[0]!.resolve();
    }
    const second = calls[1];
    expect(second, 'no second save started').toBeDefined();
    // The second save holds version 2 and left no later than 800 ms after it was typed, leaving
    // the write itself the rest of the second.
    expect(second!.startedAt - typedAt).toBeLessThanOrEqual(800);
    expect(Number(second!.meeting.name.slice(5))).toBeGreaterThanOrEqual(2);
  });

  it('retries a failed save with growing delays and reports when it will try again', async () => {
    const { save, calls } = controlledSave();
    const statuses: SaveStatus[] = [];
    const queue = createSaveQueue({ save, onStatus: (s) => statuses.push(s), now: () => Date.now() });
    queue.schedule(version(1));
    await vi.advanceTimersByTimeAsync(300);
    calls[0]!.reject(new Error('disk full'));
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toMatchObject({ kind: 'failed', retryAt: Date.now() + 1000 });
    queue.schedule(version(2));
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls[1]!.meeting.name).toBe('PFHO 2');
    calls[1]!.reject(new Error('still full'));
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3);
    calls[2]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toEqual({ kind: 'saved', at: 'saved PFHO 2' });
  });

  it('saves at once on flush, for closing the window or hiding the tab', async () => {
    const { save, calls } = controlledSave();
    const queue = createSaveQueue({ save, onStatus: () => undefined });
    queue.schedule(version(1));
    const flushed = queue.flush();
    expect(calls).toHaveLength(1);
    let done = false;
    void flushed.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
    expect(queue.hasUnsaved()).toBe(false);
  });
});
