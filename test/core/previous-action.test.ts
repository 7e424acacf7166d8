import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import { dispatch } from '../../shared/api/dispatch';
import type { Meeting } from '../../shared/model/meeting';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { meetingsWithOpenActions } from '../support/previous-meeting-fixture';
import { useTempDirs } from '../support/temp-workspace';


describe('ticking off an action of the previous meeting', () => {
  const tempDir = useTempDirs();

  async function twoMeetings() {
    const workspace = await tempDir();
    const core = await createNotulistCore({ workspaceDir: workspace, appVersion: '0.0.0-test' });
    const api = createClient((method, args) => dispatch(core, method, args));
    const { older, current } = await meetingsWithOpenActions(api);
    return { workspace, api, close: core.close, older, current };
  }

  it('is one call that writes the older meeting durably and answers its remaining open actions', async () => {
    const { workspace, api, close, older, current } = await twoMeetings();
    const answer = await api.setPreviousAction({ id: current.id, actionId: 'a-verslag', done: true });
    expect(answer?.meeting.id).toBe(older.id);
    expect(answer?.openActions.map((open) => open.action.id)).toEqual(['a-notitie']);
    expect(await api.getPreviousMeeting({ id: current.id })).toEqual(answer);
    const onDisk = JSON.parse(await readFile(join(workspace, 'meetings', `${older.id}.json`), 'utf8')) as Meeting;
    expect(onDisk.sections[0]!.items[2]!.actions).toEqual([
      { id: 'a-verslag', who: 'Secretariaat', what: 'Verslag rondsturen', done: true },
      { id: 'a-notitie', who: 'Joke Lanphen', what: 'Notitie jeugdzorg', done: false },
    ]);
    await close();
  });

  it('can reopen an action it ticked off', async () => {
    const { api, close, current } = await twoMeetings();
    await api.setPreviousAction({ id: current.id, actionId: 'a-notitie', done: true });
    const answer = await api.setPreviousAction({ id: current.id, actionId: 'a-notitie', done: false });
    expect(answer?.openActions.map((open) => open.action.id)).toEqual(['a-verslag', 'a-notitie']);
    await close();
  });

  it('refuses an action the previous meeting does not have, or a meeting without a previous one, changing nothing', async () => {
    const { api, close, older, current } = await twoMeetings();
    await expect(api.setPreviousAction({ id: current.id, actionId: 'a-onbekend', done: true })).rejects.toMatchObject({ code: 'not-found' });
    await expect(api.setPreviousAction({ id: older.id, actionId: 'a-verslag', done: true })).rejects.toMatchObject({ code: 'not-found' });
    expect((await api.getPreviousMeeting({ id: current.id }))?.openActions).toHaveLength(2);
    await close();
  });
});
