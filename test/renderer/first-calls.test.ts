import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../shared/api/client';
import { dispatch } from '../../shared/api/dispatch';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { withEarlyCalls } from '../../renderer/api/early-calls';
import { createAppStore } from '../../renderer/store/app-store';
import { firstCalls } from '../../renderer/store/first-calls';
import { readRoute } from '../../renderer/store/route';
import { UnsentChanges } from '../../renderer/store/unsent-changes';
import { meetingsWithOpenActions } from '../support/previous-meeting-fixture';
import { useTempDirs } from '../support/temp-workspace';

/** The core behind a transport that counts what reaches it, with the first calls sent early for `hash`. */
async function startWithEarlyCalls(workspace: string, hash: (meetingId: string) => string) {
  const core = await createNotulistCore({ workspaceDir: workspace, appVersion: '0.0.0-test' });
  const sent: string[] = [];
  const early = withEarlyCalls((method, args) => {
    sent.push(method);
    return dispatch(core, method, args);
  });
  const { current } = await meetingsWithOpenActions(createClient((method, args) => dispatch(core, method, args)));
  vi.stubGlobal('window', { location: { hash: hash(current.id), pathname: '/' }, history: { replaceState: () => undefined } });
  for (const call of firstCalls(readRoute())) early.send(call.method, call.args);
  const store = createAppStore(createClient(early.transport), new UnsentChanges(undefined));
  await store.getState().start();
  return { core, early, sent, store, current };
}

describe('the reads sent before the store starts', () => {
  const tempDir = useTempDirs();
  afterEach(() => vi.unstubAllGlobals());

  it('are each the answer to a call the store makes on opening a meeting, and none is asked twice', async () => {
    const { core, early, sent, store, current } = await startWithEarlyCalls(await tempDir(), (id) => `#meeting=${id}&tab=live`);
    expect(store.getState().error).toBeNull();
    expect(store.getState().meeting?.id).toBe(current.id);
    expect(early.unanswered()).toEqual([]);
    for (const method of ['getMeeting', 'getPreviousMeeting', 'getSettings', 'listMeetings', 'listPeople']) expect(sent.filter((m) => m === method)).toHaveLength(1);
    await core.close();
  });

  it('are each the answer to a call the store makes on showing the list', async () => {
    const { core, early, store } = await startWithEarlyCalls(await tempDir(), () => '');
    expect(store.getState().route).toEqual({ name: 'list' });
    expect(early.unanswered()).toEqual([]);
    await core.close();
  });
});

describe('early calls', () => {
  it('answer the first identical call once, and leave other calls to the transport', async () => {
    const asked: string[] = [];
    const early = withEarlyCalls(async (method, args) => {
      asked.push(`${method} ${JSON.stringify(args)}`);
      return asked.length;
    });
    early.send('getMeeting', { id: 'a' });
    expect(await early.transport('getMeeting', { id: 'a' })).toBe(1);
    expect(await early.transport('getMeeting', { id: 'a' })).toBe(2);
    expect(await early.transport('getMeeting', { id: 'b' })).toBe(3);
    expect(asked).toEqual(['getMeeting {"id":"a"}', 'getMeeting {"id":"a"}', 'getMeeting {"id":"b"}']);
  });

  it('pass a failure on to the call that takes it', async () => {
    const early = withEarlyCalls(() => Promise.reject(new Error('host away')));
    early.send('getInfo', {});
    await expect(early.transport('getInfo', {})).rejects.toThrow('host away');
  });
});
