import type { Notice, NotulistApi } from '../../shared/api/contract';
import type { Meeting } from '../../shared/model/meeting';
import { updateItem, findItem } from '../../shared/agenda/agenda-edit';
import type { Block } from '../../shared/model/rich-text';
import { sameNotes } from '../../shared/model/meeting-changes';
import { errorMessage } from '../i18n/nl';
import type { AppState } from './app-store';
import type { SaveQueue } from './save-queue';
import { createStagedNotes, type StagedNotes } from './staged-notes';
import type { UnsentChanges } from './unsent-changes';
import { writeRoute, type Route } from './route';

export type SetState = (partial: Partial<AppState>) => void;
export type GetState = () => AppState;

/** What the slices of the app store share: the open meeting's save queue, staged notes, helpers. */
export interface StoreShared {
  unsent: UnsentChanges;
  staged: StagedNotes;
  /** The open meeting's saves; undefined while no meeting is open. */
  saveQueue: SaveQueue | undefined;
  /** Runs an action, showing its failure as a Dutch message in `error`. */
  attempt(action: () => Promise<void>): Promise<void>;
  /** Shows a route and puts it in the address. */
  go(route: Route): void;
  /** Saves what is pending and closes the open meeting. */
  closeMeeting(): Promise<void>;
  /** The notices the secretary has not closed. */
  undismissed(notices: Notice[]): Notice[];
  /** Closes a notice for this session. */
  dismiss(notice: Notice | undefined): void;
  refreshNotices(): void;
}

/** Notices are told apart by what and where; the core keeps reporting a closed one for the session. */
const noticeKey = (notice: Notice | undefined): string => `${notice?.code}:${notice?.file}:${notice?.movedTo}`;

/**
 * Replaces one item's notes without copying the rest of the meeting's content. Notes equal to
 * the present ones leave the meeting as it is: an editor reports such changes when it gives
 * ids on opening, and a meeting only opened must not be saved (and re-dated).
 */
function withItemNotes(meeting: Meeting, itemId: string, notes: Block[]): Meeting {
  const present = findItem(meeting, itemId)?.item;
  if (!present || sameNotes(present.notes, notes)) return meeting;
  return updateItem(meeting, itemId, (item) => ({ ...item, notes }));
}

export function createStoreShared(api: NotulistApi, unsent: UnsentChanges, set: SetState, get: GetState): StoreShared {
  const dismissed = new Set<string>();
  const shared: StoreShared = {
    unsent,
    staged: createStagedNotes((itemId, notes) => get().editMeeting((meeting) => withItemNotes(meeting, itemId, notes))),
    saveQueue: undefined,
    attempt: async (action) => {
      set({ error: null });
      try {
        await action();
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    go: (route) => {
      writeRoute(route);
      set({ route });
    },
    closeMeeting: async () => {
      shared.staged.apply();
      await shared.saveQueue?.flush();
      shared.saveQueue?.dispose();
      shared.saveQueue = undefined;
      set({ meeting: null, lastExport: null, lastRestore: null, saveStatus: { kind: 'idle' } });
    },
    undismissed: (notices) => notices.filter((notice) => !dismissed.has(noticeKey(notice))),
    dismiss: (notice) => void dismissed.add(noticeKey(notice)),
    refreshNotices: () => void api.getInfo().then((info) => set({ notices: shared.undismissed(info.notices) }), () => undefined),
  };
  return shared;
}
