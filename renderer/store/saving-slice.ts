import type { NotulistApi } from '../../shared/api/contract';
import type { AppState } from './app-store';
import type { GetState, SetState, StoreShared } from './store-shared';
import { findItem } from '../../shared/agenda/agenda-edit';

type SavingSlice = Pick<AppState, 'saveStatus' | 'editMeeting' | 'stageItemNotes' | 'latestItemNotes' | 'flush' | 'hasUnsaved'>;

/** Changing the open meeting and saving it: every edit applied at once and saved within a second. */
export function savingSlice(_api: NotulistApi, set: SetState, get: GetState, shared: StoreShared): SavingSlice {
  const { staged } = shared;
  return {
    saveStatus: { kind: 'idle' },

    editMeeting: (change) => {
      // Staged notes go first, so that this change builds on every word typed.
      staged.apply();
      const meeting = get().meeting;
      if (!meeting) return;
      const next = change(meeting);
      if (next === meeting) return;
      set({ meeting: next });
      shared.saveQueue?.schedule(next);
    },

    stageItemNotes: (itemId, read) => staged.stage(itemId, read),

    latestItemNotes: (itemId) => {
      const meeting = get().meeting;
      return staged.peek(itemId) ?? (meeting && findItem(meeting, itemId)?.item.notes) ?? [];
    },

    flush: async () => {
      staged.apply();
      await shared.saveQueue?.flush();
    },

    // Typing not yet applied counts: a window closing or a synced copy arriving must not pass it by.
    hasUnsaved: () => staged.any() || (shared.saveQueue?.hasUnsaved() ?? false),
  };
}
