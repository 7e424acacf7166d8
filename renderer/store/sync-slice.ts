import type { NotulistApi, ResultOf } from '../../shared/api/contract';
import { DELETED_REVISION } from '../../shared/sync/deleted-revision';
import type { Conflict, Resolution, SyncStatus } from '../../shared/sync/sync-schemas';
import type { AppState } from './app-store';
import type { GetState, SetState, StoreShared } from './store-shared';

/** The part of the app state for shared-folder sync. */
export interface SyncState {
  /** The last status the core gave; null until the first answer. */
  syncStatus: SyncStatus | null;
  /** The open meeting's conflicts, each with all its versions. */
  syncConflicts: Conflict[];
  /**
   * Asks the core for the status (cheap: it answers from memory). A round that changed the open
   * meeting makes it reload, but only while nothing typed is still unsaved; otherwise the save
   * goes first (the core merges it with the round's result) and the next refresh reloads.
   */
  refreshSync(options?: { round?: boolean }): Promise<void>;
  syncNow(): Promise<void>;
  /** The Gedeelde map form: the folder, and whether exports are copied there. */
  setSyncFolder(path: string, copyExports: boolean): Promise<ResultOf<'setSyncFolder'> | undefined>;
  resolveConflict(node: string, resolution: Resolution): Promise<void>;
  /** "Kies map…": the OS dialog under Electron; null when cancelled. */
  chooseSyncFolder(): Promise<string | null>;
}

/** Conflicts of the open meeting, by the status: 0 when sync is off. */
export const openConflictCount = (state: Pick<AppState, 'syncStatus' | 'meeting'>): number =>
  (state.meeting && state.syncStatus?.conflicts[state.meeting.id]) || 0;

/** The meeting on screen, told with every status question: sync keeps it out of the trash meanwhile. */
function onScreen(get: GetState): { open?: string } {
  const { meeting, route } = get();
  return route.name === 'meeting' && meeting ? { open: meeting.id } : {};
}

/** The list follows meetings sync brought, changed or moved to the trash while it is shown. */
function listReload(api: NotulistApi, set: SetState, get: GetState, refreshNotices: () => void): () => Promise<void> {
  let writtenSeen = '';
  return async () => {
    const written = JSON.stringify(get().syncStatus?.written ?? {});
    if (written === writtenSeen) return;
    const first = writtenSeen === '';
    writtenSeen = written;
    // A meeting moved to the trash or brought back comes with a notice.
    if (!first) refreshNotices();
    if (get().route.name === 'list') set({ meetings: await api.listMeetings() });
  };
}

/** A round that changed the open meeting makes it reload, while nothing typed is unsaved. */
function openMeetingReload(get: GetState): () => Promise<void> {
  return async () => {
    const { meeting, route, syncStatus } = get();
    if (!meeting || route.name !== 'meeting') return;
    const written = syncStatus?.written[meeting.id];
    // Revisions are ISO instants handed out in order: one newer than what is on screen came from
    // sync. A meeting on screen is never moved to the trash by sync (the core keeps it while open).
    if (written === undefined || written === DELETED_REVISION || written <= meeting.updatedAt || get().hasUnsaved()) return;
    await get().openMeeting(meeting.id, route.tab);
  };
}

/** Shared-folder sync: the status line, the folder, the open meeting's conflicts. */
export function syncSlice(api: NotulistApi, set: SetState, get: GetState, { attempt, refreshNotices }: StoreShared): SyncState {
  let conflictsFor = '';

  /** The conflicts list follows the count: fetched again when the count or the meeting changes. */
  const refreshConflicts = async (force = false): Promise<void> => {
    const { meeting, syncStatus } = get();
    const count = meeting ? (syncStatus?.conflicts[meeting.id] ?? 0) : 0;
    const key = meeting ? `${meeting.id}:${count}` : '';
    if (!force && key === conflictsFor) return;
    conflictsFor = key;
    set({ syncConflicts: meeting && count > 0 ? await api.listSyncConflicts({ id: meeting.id }) : [] });
  };

  const reloadIfChanged = openMeetingReload(get);
  const reloadListIfChanged = listReload(api, set, get, refreshNotices);

  return {
    syncStatus: null,
    syncConflicts: [],

    refreshSync: async (options) => {
      try {
        // On focus a round runs first: the laptop may come back from a meeting elsewhere.
        if (options?.round && get().syncStatus?.folder) await api.syncNow({});
        set({ syncStatus: await api.getSyncStatus(onScreen(get)) });
        await reloadIfChanged();
        await reloadListIfChanged();
        await refreshConflicts();
      } catch {
        // The host away: the save status already says so; the next poll tries again.
      }
    },

    syncNow: () =>
      attempt(async () => {
        await get().flush();
        await api.syncNow({});
        await get().refreshSync();
      }),

    setSyncFolder: async (path, copyExports) => {
      let result: ResultOf<'setSyncFolder'> | undefined;
      await attempt(async () => {
        result = await api.setSyncFolder({ path, copyExports });
        // The form shows the setting from here when it opens again.
        if (result.ok) set({ settings: await api.getSettings() });
        await get().refreshSync();
      });
      return result;
    },

    chooseSyncFolder: async () => {
      let path: string | null = null;
      await attempt(async () => {
        ({ path } = await api.chooseSyncFolder());
      });
      return path;
    },

    resolveConflict: (node, resolution) =>
      attempt(async () => {
        const { meeting, route } = get();
        if (!meeting || route.name !== 'meeting') return;
        // What is typed goes first: the core records it in a round before the choice is made.
        await get().flush();
        await api.resolveSyncConflict({ id: meeting.id, node, resolution });
        set({ syncStatus: await api.getSyncStatus(onScreen(get)) });
        await get().openMeeting(meeting.id, route.tab);
        await refreshConflicts(true);
      }),
  };
}
