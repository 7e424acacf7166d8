import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../shared/api/client';
import { dispatch } from '../../shared/api/dispatch';
import type { NotulistApi } from '../../shared/api/contract';
import type { Meeting } from '../../shared/model/meeting';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { createAppStore } from '../../renderer/store/app-store';
import { UnsentChanges } from '../../renderer/store/unsent-changes';
import { meetingsWithOpenActions } from '../support/previous-meeting-fixture';
import { useTempDirs } from '../support/temp-workspace';


describe('the app store and the previous meeting\'s actions', () => {
  const tempDir = useTempDirs();
  // The store keeps its route in the page's address; here there is no page.
  beforeEach(() => vi.stubGlobal('window', { location: { hash: '', pathname: '/' }, history: { replaceState: () => undefined } }));
  afterEach(() => vi.unstubAllGlobals());

  it('ticks off an action with one call to the core, which writes it in the older meeting\'s file', async () => {
    const workspace = await tempDir();
    const core = await createNotulistCore({ workspaceDir: workspace, appVersion: '0.0.0-test' });
    const calls: string[] = [];
    const api = createClient((method, args) => {
      calls.push(method);
      return dispatch(core, method, args);
    }) as NotulistApi;
    const { older, current } = await meetingsWithOpenActions(api);

    const store = createAppStore(api, new UnsentChanges(undefined));
    await store.getState().openMeeting(current.id, 'live');
    await store.getState().flush();
    expect(store.getState().previous?.openActions.map((open) => open.action.id)).toEqual(['a-verslag', 'a-notitie']);

    calls.length = 0;
    await store.getState().completePreviousAction('a-verslag');
    expect(calls).toEqual(['setPreviousAction']);
    expect(store.getState().error).toBeNull();
    expect(store.getState().previous?.openActions.map((open) => open.action.id)).toEqual(['a-notitie']);
    const onDisk = JSON.parse(await readFile(join(workspace, 'meetings', `${older.id}.json`), 'utf8')) as Meeting;
    expect(onDisk.sections[0]!.items[2]!.actions.map((action) => action.done)).toEqual([true, false]);
    await core.close();
  });
});
