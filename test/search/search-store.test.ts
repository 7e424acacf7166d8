import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../shared/api/client';
import { dispatch } from '../../shared/api/dispatch';
import type { NotulistApi } from '../../shared/api/contract';
import { groupHitsByMeeting } from '../../shared/search/group-hits';
import type { SearchHit } from '../../shared/search/search-schemas';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { createAppStore } from '../../renderer/store/app-store';
import { UnsentChanges } from '../../renderer/store/unsent-changes';
import { useTempDirs } from '../support/temp-workspace';

const hit = (id: string, meetingId: string): SearchHit => ({ id, meetingId, meetingName: `Overleg ${meetingId}`, date: '2024-04-18', kind: 'notes', snippet: [] });

describe('search hits by meeting', () => {
  it('orders meetings by their best hit and keeps each meeting\'s hits in rank order', () => {
    const groups = groupHitsByMeeting([hit('a1', 'a'), hit('b1', 'b'), hit('a2', 'a')]);
    expect(groups.map((group) => [group.meetingId, group.hits.map((each) => each.id)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
    ]);
  });
});

describe('the app store\'s search', () => {
  const tempDir = useTempDirs();
  // The store keeps its route in the page's address; here there is no page.
  beforeEach(() => vi.stubGlobal('window', { location: { hash: '', pathname: '/' }, history: { replaceState: () => undefined } }));
  afterEach(() => vi.unstubAllGlobals());

  /** `hold`: a search for that query answers only once `release` is called. */
  async function storeWithDecision(hold?: string) {
    const core = await createNotulistCore({ workspaceDir: await tempDir(), appVersion: '0.0.0-test' });
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api = createClient(async (method, args) => {
      const answer = await dispatch(core, method, args);
      if (method === 'searchMeetings' && (args as { query: string }).query === hold) await gate;
      return answer;
    }) as NotulistApi;
    const meeting = await api.createMeeting({ name: 'Overleg sociaal domein', date: '2024-04-18', domains: ['jeugd-en-onderwijs'] });
    const item = meeting.sections[0]!.items[1]!;
    const withDecision = { ...meeting, sections: [{ ...meeting.sections[0]!, items: meeting.sections[0]!.items.map((each) => (each.id === item.id ? { ...each, decision: 'Dagbesteding wordt ingekocht.' } : each)) }] };
    await api.saveMeeting({ meeting: withDecision });
    return { store: createAppStore(api, new UnsentChanges(undefined)), meeting, item, core, release };
  }

  it('shows the answer to the latest search only, even when an earlier one answers after it', async () => {
    const { store, core, release } = await storeWithDecision('dagbesteding');
    const first = store.getState().searchMeetings('dagbesteding', {});
    await store.getState().searchMeetings('nergens', {});
    release();
    await first;
    expect(store.getState().search.query).toBe('nergens');
    expect(store.getState().search.result?.hits).toEqual([]);
    await core.close();
  });

  it('opens a decision hit on the besluitenlijst with its item in the route', async () => {
    const { store, meeting, item, core } = await storeWithDecision();
    await store.getState().searchMeetings('dagbesteding', { onlyDecisions: true });
    const [found] = store.getState().search.result!.hits;
    await store.getState().openSearchHit(found!);
    expect(store.getState().route).toEqual({ name: 'meeting', id: meeting.id, tab: 'decisions', item: item.id });
    await store.getState().flush();
    await core.close();
  });
});
