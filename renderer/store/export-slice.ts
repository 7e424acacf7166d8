import type { NotulistApi } from '../../shared/api/contract';
import type { AppState } from './app-store';
import type { GetState, SetState, StoreShared } from './store-shared';

type ExportSlice = Pick<AppState, 'lastExport' | 'exporting' | 'canOpenFiles' | 'exportMeeting' | 'openLastExport'>;

/** The resumé as a file: export it, open it or show it in its folder. */
export function exportSlice(api: NotulistApi, set: SetState, get: GetState, { attempt }: StoreShared): ExportSlice {
  return {
    lastExport: null,
    exporting: false,
    canOpenFiles: false,

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
