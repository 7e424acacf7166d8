import { appendFile, cp, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/sync/canonical-json';
import type { NodeState, NodeVersions } from '../../shared/sync/node-versions';
import { LOG_LIMITS } from '../../electron/core/sync/local-state-log';
import { loadMeetingState, localMeetingStatePath, saveMeetingState } from '../../electron/core/sync/local-sync-state';
import { diskSyncFs } from '../../electron/core/sync/sync-fs';
import { useTempDirs } from '../support/temp-workspace';

const tempDir = useTempDirs();
const MEETING = 'meeting-1';

const node = (text: string, counter: number): NodeVersions => [{ dot: ['dev-a', counter], seen: { 'dev-a': counter }, at: '2026-12-05T10:00:00.000Z', value: { text } }];
const stateOf = (entries: Record<string, string>): NodeState => Object.fromEntries(Object.entries(entries).map(([key, text]) => [key, node(text, 1)]));

/** A folder with a saved state; `cold()` is a copy of it, read as a new process would (nothing cached by identity). */
async function savedState(state: NodeState) {
  const root = await tempDir();
  const folder = join(root, 'sync');
  const fs = diskSyncFs(folder);
  await saveMeetingState(fs, MEETING, canonicalJson(state), { state });
  const loaded = await loadMeetingState(fs, MEETING);
  let copies = 0;
  const cold = async () => {
    const copy = join(root, `copy-${(copies += 1)}`);
    await cp(folder, copy, { recursive: true });
    return Object.assign(diskSyncFs(copy), { statePath: join(copy, localMeetingStatePath(MEETING)) });
  };
  return { fs, folder, loaded, cold, statePath: join(folder, localMeetingStatePath(MEETING)), logPath: join(folder, localMeetingStatePath(MEETING).replace(/\.json$/, '.log')) };
}

describe('the local merged state with its append-only log', () => {
  it('appends only the changed nodes, and a new process reads the state with them applied', async () => {
    const before = stateOf({ a: 'one', b: 'two', c: 'three' });
    const { fs, loaded, cold, statePath } = await savedState(before);
    const stateFile = await readFile(statePath, 'utf8');
    const after = { ...before, b: node('two, typed over', 2) };
    await saveMeetingState(fs, MEETING, canonicalJson(after), { state: after, changed: ['b'], log: loaded.log });
    expect(await readFile(statePath, 'utf8')).toBe(stateFile);
    const read = await loadMeetingState(await cold(), MEETING);
    expect(read.state).toEqual(after);
    expect(read.text).toBe(canonicalJson(after));
    expect(read.log?.records).toBe(1);
  });

  it('ignores a torn last record, and the next save writes the whole state instead of appending after it', async () => {
    const before = stateOf({ a: 'one', b: 'two' });
    const { fs, loaded, cold, logPath } = await savedState(before);
    const first = { ...before, a: node('one, typed over', 2) };
    await saveMeetingState(fs, MEETING, canonicalJson(first), { state: first, changed: ['a'], log: loaded.log });
    const whole = (await readFile(logPath)).length;
    const second = { ...first, b: node('two, typed over', 3) };
    await saveMeetingState(fs, MEETING, canonicalJson(second), { state: second, changed: ['b'], log: (await loadMeetingState(fs, MEETING)).log });
    await truncate(logPath, whole + 20);
    const torn = await cold();
    const read = await loadMeetingState(torn, MEETING);
    expect(read.state).toEqual(first);
    expect(read.log).toBeUndefined();
    await saveMeetingState(torn, MEETING, canonicalJson(second), { state: second, changed: ['b'], log: read.log });
    expect(JSON.parse(await readFile(torn.statePath, 'utf8'))).toEqual(second);
    expect((await loadMeetingState(torn, MEETING)).log?.records).toBe(0);
  });

  it('never applies a log written for an older state file (a crash between a compaction\'s two writes)', async () => {
    const before = stateOf({ a: 'one' });
    const { fs, loaded, cold, logPath, statePath } = await savedState(before);
    const edited = { ...before, a: node('one, typed over', 2) };
    await saveMeetingState(fs, MEETING, canonicalJson(edited), { state: edited, changed: ['a'], log: loaded.log });
    const oldLog = await readFile(logPath);
    const compacted = { ...edited, b: node('new', 3) };
    await writeFile(statePath, canonicalJson(compacted));
    await writeFile(logPath, oldLog);
    const read = await loadMeetingState(await cold(), MEETING);
    expect(read.state).toEqual(compacted);
    expect(read.log).toBeUndefined();
  });

  it('appends nothing when the meeting write before it fails (a save landed first)', async () => {
    const before = stateOf({ a: 'one' });
    const { fs, loaded, cold, logPath } = await savedState(before);
    const logBefore = await readFile(logPath);
    const merged = { ...before, a: node('merged', 2) };
    const savedMeanwhile = async () => {
      throw new Error('saved meanwhile');
    };
    await expect(saveMeetingState(fs, MEETING, canonicalJson(merged), { state: merged, changed: ['a'], log: loaded.log, beforeReplace: savedMeanwhile })).rejects.toThrow('saved meanwhile');
    expect(await readFile(logPath)).toEqual(logBefore);
    expect((await loadMeetingState(await cold(), MEETING)).state).toEqual(before);
  });

  it('compacts once the log is full: the whole state written, the log emptied', async () => {
    let state = stateOf({ a: 'one' });
    const { fs, cold, statePath } = await savedState(state);
    for (let counter = 2; counter <= LOG_LIMITS.records + 2; counter += 1) {
      const { log } = await loadMeetingState(fs, MEETING);
      state = { ...state, a: node(`version ${counter}`, counter) };
      await saveMeetingState(fs, MEETING, canonicalJson(state), { state, changed: ['a'], log });
    }
    const read = await loadMeetingState(await cold(), MEETING);
    expect(read.state).toEqual(state);
    expect(read.log?.records).toBe(0);
    expect(JSON.parse(await readFile(statePath, 'utf8'))).toEqual(state);
  });

  it('leaves a damaged state file an error, never an empty state', async () => {
    const { cold, statePath } = await savedState(stateOf({ a: 'one' }));
    await appendFile(statePath, 'garbage');
    await expect(loadMeetingState(await cold(), MEETING)).rejects.toThrow(/damaged/);
  });
});
