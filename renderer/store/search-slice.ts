import type { NotulistApi, ResultOf } from '../../shared/api/contract';
import type { DecisionsAndActionsFilter } from '../../shared/search/decisions-and-actions';
import type { SearchHit, SearchResult } from '../../shared/search/search-schemas';
import type { SearchFilters } from '../../shared/search/search-query';
import { errorMessage } from '../i18n/nl';
import type { MeetingTab } from './route';
import type { GetState, SetState, StoreShared } from './store-shared';

/** The part of the app state for the search across meetings and for Besluiten en acties. */
export interface SearchState {
  /** `failed`: why the last search failed, in Dutch; shown in the search, not as the app's error. */
  search: { query: string; filters: SearchFilters; result: SearchResult | null; searching: boolean; failed: string | null };
  decisionsAndActions: {
    filter: DecisionsAndActionsFilter;
    result: ResultOf<'listDecisionsAndActions'> | null;
    exporting: boolean;
    lastExport: ResultOf<'exportDecisionsAndActions'> | null;
  };
  /** Searches every meeting; only the answer to the latest search is shown. */
  searchMeetings(query: string, filters: SearchFilters): Promise<void>;
  /** Opens the hit's meeting at its item: the notes, or the besluitenlijst for a decision, proposal or action. */
  openSearchHit(hit: SearchHit): Promise<void>;
  /** Opens a meeting on that tab with the item scrolled into view and highlighted. */
  openMeetingAtItem(meetingId: string, itemId: string | undefined, tab: MeetingTab): Promise<void>;
  showDecisionsAndActions(): Promise<void>;
  filterDecisionsAndActions(filter: DecisionsAndActionsFilter): Promise<void>;
  exportDecisionsAndActions(format: 'docx' | 'csv'): Promise<void>;
  /** Opens the last exported Word file (desktop only; openExport takes .docx only). */
  openDecisionsAndActionsExport(): Promise<void>;
}

/** Hits on what the besluitenlijst shows open there; a name, title or notes hit opens the notes. */
const ON_DECISIONS_TAB: readonly SearchHit['kind'][] = ['proposal', 'decision', 'action'];
const tabOf = (kind: SearchHit['kind']): MeetingTab => (ON_DECISIONS_TAB.includes(kind) ? 'decisions' : 'notes');

/** Search across meetings and Besluiten en acties. */
export function searchSlice(api: NotulistApi, set: SetState, get: GetState, { attempt, go, closeMeeting }: StoreShared): SearchState {
  let latest = 0;
  const patchDecisions = (patch: Partial<SearchState['decisionsAndActions']>) => set({ decisionsAndActions: { ...get().decisionsAndActions, ...patch } });
  return {
    search: { query: '', filters: {}, result: null, searching: false, failed: null },
    decisionsAndActions: { filter: {}, result: null, exporting: false, lastExport: null },

    // Not through attempt: searching as the list opens must not clear the error the list was opened with.
    searchMeetings: async (query, filters) => {
      const asked = (latest += 1);
      set({ search: { ...get().search, query, filters, searching: true } });
      try {
        const result = await api.searchMeetings({ query, filters });
        if (asked === latest) set({ search: { ...get().search, result, searching: false, failed: null } });
      } catch (error) {
        if (asked === latest) set({ search: { ...get().search, searching: false, failed: errorMessage(error) } });
      }
    },

    openSearchHit: (hit) => get().openMeetingAtItem(hit.meetingId, hit.itemId, tabOf(hit.kind)),

    openMeetingAtItem: async (meetingId, itemId, tab) => {
      await get().openMeeting(meetingId, tab);
      const route = get().route;
      if (itemId && route.name === 'meeting' && route.id === meetingId) go({ ...route, item: itemId });
    },

    showDecisionsAndActions: () =>
      attempt(async () => {
        await closeMeeting();
        go({ name: 'decisions-and-actions' });
        await get().filterDecisionsAndActions(get().decisionsAndActions.filter);
      }),

    filterDecisionsAndActions: (filter) =>
      attempt(async () => {
        patchDecisions({ filter, lastExport: null });
        const result = await api.listDecisionsAndActions(filter);
        if (get().decisionsAndActions.filter === filter) patchDecisions({ result });
      }),

    exportDecisionsAndActions: (format) =>
      attempt(async () => {
        patchDecisions({ exporting: true, lastExport: null });
        try {
          patchDecisions({ lastExport: await api.exportDecisionsAndActions({ format, ...get().decisionsAndActions.filter }) });
        } finally {
          patchDecisions({ exporting: false });
        }
      }),

    openDecisionsAndActionsExport: () =>
      attempt(async () => {
        const last = get().decisionsAndActions.lastExport;
        if (last) await api.openExport({ path: last.path });
      }),
  };
}
