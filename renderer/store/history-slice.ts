import type { MeetingVersion, NotulistApi, QuarantinedFile } from '../../shared/api/contract';
import { errorMessage } from '../i18n/nl';
import type { AppState } from './app-store';
import type { GetState, SetState, StoreShared } from './store-shared';

/** The part of the app state for Eerdere versies and the quarantine list. */
export interface HistoryState {
  /** The earlier version last put back in the open meeting, and how to undo that. */
  lastRestore: { kind: 'restored' | 'undone'; savedAt: string; undoVersion: string } | null;
  listVersions(): Promise<MeetingVersion[]>;
  /** Puts an earlier version of the open meeting back (after saving what is pending) and reopens it. */
  restoreVersion(version: Pick<MeetingVersion, 'version' | 'savedAt'>, kind?: 'restored' | 'undone'): Promise<void>;
  listQuarantine(): Promise<QuarantinedFile[]>;
}

type HistorySlice = HistoryState & Pick<AppState, 'notices' | 'dismissNotice'>;

/** Eerdere versies, the quarantine list and the notices: what the core kept, set aside or noticed. */
export function historySlice(api: NotulistApi, set: SetState, get: GetState, shared: StoreShared): HistorySlice {
  return {
    lastRestore: null,
    notices: [],

    listVersions: async () => {
      const meeting = get().meeting;
      return meeting ? api.listMeetingVersions({ id: meeting.id }) : [];
    },

    restoreVersion: async (version, kind = 'restored') => {
      const route = get().route;
      const meeting = get().meeting;
      if (!meeting || route.name !== 'meeting') return;
      set({ error: null });
      try {
        await get().flush();
        const { undoVersion } = await api.restoreMeetingVersion({ id: meeting.id, version: version.version });
        // The editors hold their own text: the meeting is opened afresh to show the restored one.
        await get().openMeeting(meeting.id, route.tab);
        set({ lastRestore: { kind, savedAt: version.savedAt, undoVersion } });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    listQuarantine: () => api.listQuarantine(),

    dismissNotice: (index) => {
      const notice = get().notices[index];
      shared.dismiss(notice);
      set({ notices: get().notices.filter((_, i) => i !== index) });
      // Logged notices stay closed across restarts; should this fail, it is shown again next start.
      if (notice?.id) void api.dismissNotice({ id: notice.id }).catch(() => undefined);
    },
  };
}
