import type { NotulistApi } from '../../shared/api/contract';
import type { AppState } from './app-store';

type ExportActions = Pick<AppState, 'exportMeeting' | 'openLastExport'>;

/** The store's actions on the resumé as a file: export it, open it or show it in its folder. */
export function exportActions(
  api: NotulistApi,
  get: () => AppState,
  set: (partial: Partial<AppState>) => void,
  attempt: (action: () => Promise<void>) => Promise<void>,
): ExportActions {
  return {
    exportMeeting: (publicOnly = false) =>
      attempt(async () => {
        const meeting = get().meeting;
        if (!meeting) return;
        set({ exporting: true, lastExport: null });
        try {
          // Export what is on screen: the pending save goes first.
          await get().flush();
          set({ lastExport: await api.exportMeeting({ id: meeting.id, public: publicOnly }) });
        } finally {
          set({ exporting: false });
        }
      }),

    openLastExport: (reveal) =>
      attempt(async () => {
        const last = get().lastExport;
        if (last) await api.openExport({ path: last.path, reveal });
      }),
  };
}
