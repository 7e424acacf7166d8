import { createStore } from 'zustand/vanilla';
import type { ArgsOf, Notice, NotulistApi, ResultOf } from '../../shared/api/contract';
import type { NewMeeting } from '../../shared/agenda/new-meeting';
import type { Meeting, MeetingSummary } from '../../shared/model/meeting';
import type { Block } from '../../shared/model/rich-text';
import type { Settings } from '../../shared/model/settings';
import { errorMessage } from '../i18n/nl';
import { formatDutchDate } from '../../shared/format/dates';
import { titleMinutesItems } from '../../shared/agenda/previous-meeting';
import { findItem, updateItem } from '../../shared/agenda/agenda-edit';
import type { SaveQueue, SaveStatus } from './save-queue';
import { createMeetingSaveQueue } from './meeting-save-queue';
import { browserStorage, UnsentChanges } from './unsent-changes';
import { historyActions, type HistoryState } from './history-actions';
import { setupActions } from './setup-actions';
import { exportActions } from './export-actions';
import { createStagedNotes, type NotesReader } from './staged-notes';
import { readRoute, writeRoute, type MeetingTab, type Route } from './route';
import type { Person } from '../../shared/model/person';

export interface AppState extends HistoryState {
  route: Route;
  meetings: MeetingSummary[];
  meeting: Meeting | null;
  settings: Settings | null;
  notices: Notice[];
  saveStatus: SaveStatus;
  lastExport: ResultOf<'exportMeeting'> | null;
  exporting: boolean;
  /** A Dutch message about the last action that failed, shown until the next one. */
  error: string | null;
  people: Person[];
  previous: ResultOf<'getPreviousMeeting'>;
  /** Under Electron an export can be opened in Word or shown in its folder. */
  canOpenFiles: boolean;
  /** The settings form holds edits not yet saved: the header must not say all is saved. */
  settingsUnsaved: boolean;

  start(): Promise<void>;
  showList(): Promise<void>;
  showNewMeeting(): void;
  showSettings(): Promise<void>;
  createMeeting(input: NewMeeting, options?: { carryOverAttendees?: boolean }): Promise<void>;
  openMeeting(id: string, tab?: MeetingTab): Promise<void>;
  showTab(tab: MeetingTab): void;
  /** Any change to the open meeting: applied at once, saved within a second. */
  editMeeting(change: (meeting: Meeting) => Meeting): void;
  /** Corrects the meeting's name and date; the index follows, and the previous meeting. */
  renameMeeting(name: string, date: string): Promise<void>;
  /** Proposes the previous meeting's attendees for the open one (see carryOverAttendees). */
  carryOverAttendees(): Promise<void>;
  savePerson(person: Person): Promise<void>;
  deletePerson(id: string): Promise<void>;
  /** Ticks off an action of the previous meeting in that meeting's own file. */
  completePreviousAction(actionId: string): Promise<void>;
  /** True once the settings are saved; a failure is reported in `error`. */
  saveSettings(patch: Partial<Settings>): Promise<boolean>;
  markSettingsUnsaved(unsaved: boolean): void;
  setWordTemplate(args: ArgsOf<'setWordTemplate'>): Promise<ResultOf<'setWordTemplate'> | undefined>;
  deleteMeeting(id: string): Promise<void>;
  /** An editor's change to an item's notes, applied once the keystroke is painted. */
  stageItemNotes(itemId: string, read: NotesReader): void;
  /** An item's notes including a change still staged: for an editor being mounted. */
  latestItemNotes(itemId: string): Block[];
  exportMeeting(publicOnly?: boolean): Promise<void>;
  openLastExport(reveal: boolean): Promise<void>;
  dismissNotice(index: number): void;
  /** Saves what is pending at once (window closing, tab hidden). */
  flush(): Promise<void>;
  hasUnsaved(): boolean;
}

/**
 * Replaces one item's notes without copying the rest of the meeting's content. Notes equal to
 * the present ones leave the meeting as it is: an editor reports such changes when it gives
 * ids on opening, and a meeting only opened must not be saved (and re-dated).
 */
function withItemNotes(meeting: Meeting, itemId: string, notes: Block[]): Meeting {
  const present = findItem(meeting, itemId)?.item;
  if (!present || JSON.stringify(present.notes) === JSON.stringify(notes)) return meeting;
  return updateItem(meeting, itemId, (item) => ({ ...item, notes }));
}

export function createAppStore(api: NotulistApi, unsent = new UnsentChanges(browserStorage())) {
  let saveQueue: SaveQueue | undefined;
  /** Notices the secretary closed; the core keeps reporting them for the session. */
  const dismissed = new Set<string>();
  const undismissed = (notices: Notice[]): Notice[] => notices.filter((n) => !dismissed.has(`${n.code}:${n.file}:${n.movedTo}`));

  return createStore<AppState>((set, get) => {
    const staged = createStagedNotes((itemId, notes) => get().editMeeting((meeting) => withItemNotes(meeting, itemId, notes)));

    const attempt = async (action: () => Promise<void>): Promise<void> => {
      set({ error: null });
      try {
        await action();
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    };

    const go = (route: Route): void => {
      writeRoute(route);
      set({ route });
    };

    const closeMeeting = async (): Promise<void> => {
      staged.apply();
      await saveQueue?.flush();
      saveQueue?.dispose();
      saveQueue = undefined;
      set({ meeting: null, lastExport: null, lastRestore: null, saveStatus: { kind: 'idle' } });
    };

    const refreshNotices = (): void => void api.getInfo().then((info) => set({ notices: undismissed(info.notices) }), () => undefined);

    return {
      route: { name: 'list' },
      meetings: [],
      meeting: null,
      settings: null,
      notices: [],
      saveStatus: { kind: 'idle' },
      lastExport: null,
      exporting: false,
      error: null,
      people: [],
      previous: null,
      canOpenFiles: false,
      settingsUnsaved: false,
      lastRestore: null,

      start: () =>
        attempt(async () => {
          // Changes a host that was away never confirmed go first, before anything is read.
          if (unsent.any()) {
            unsent.learnWorkspace((await api.getInfo()).workspace);
            await unsent.sendFirst(api);
          }
          const route = readRoute();
          // A reload lands on the open meeting: fetch it alongside the rest, not after it.
          const opening = route.name === 'meeting' ? get().openMeeting(route.id, route.tab) : undefined;
          const [info, settings, meetings, people] = await Promise.all([api.getInfo(), api.getSettings(), api.listMeetings(), api.listPeople()]);
          unsent.learnWorkspace(info.workspace);
          // Opening a meeting asks for the notices again once the meeting is read, which this
          // older answer must not overwrite.
          set({ ...(opening ? {} : { notices: undismissed(info.notices) }), settings, meetings, people, canOpenFiles: info.canOpenFiles });
          if (opening) await opening;
          else go(route);
        }),

      showList: () =>
        attempt(async () => {
          await closeMeeting();
          go({ name: 'list' });
          set({ meetings: await api.listMeetings() });
        }),

      showNewMeeting: () => go({ name: 'new' }),

      showSettings: () =>
        attempt(async () => {
          await closeMeeting();
          set({ people: await api.listPeople() });
          go({ name: 'settings' });
        }),

      createMeeting: (input, options) =>
        attempt(async () => {
          const meeting = await api.createMeeting(input);
          set({ meetings: await api.listMeetings() });
          await get().openMeeting(meeting.id);
          if (options?.carryOverAttendees) await get().carryOverAttendees();
        }),

      openMeeting: (id, tab = 'notes') =>
        attempt(async () => {
          await closeMeeting();
          // Changes kept while the host was away are sent before the meeting is read again.
          if (unsent.saves(id).length > 0) await unsent.sendFirst(api, id);
          // The previous meeting only adds to the screen; the meeting does not wait for it.
          const previous = api.getPreviousMeeting({ id }).catch(() => null);
          const meeting = await api.getMeeting({ id });
          saveQueue = createMeetingSaveQueue({
            api,
            opened: meeting,
            unsent,
            onStatus: (saveStatus) => set({ saveStatus }),
            // A save that kept another program's version aside has a notice to show now.
            onSaved: (result) => {
              if (result.conflictCopy) refreshNotices();
            },
          });
          set({ meeting, previous: null });
          go({ name: 'meeting', id, tab });
          const found = await previous;
          if (get().meeting?.id !== id) return;
          set({ previous: found });
          if (found) get().editMeeting((m) => titleMinutesItems(m, formatDutchDate(found.meeting.date)));
        }).then(() => {
          if (get().error && get().route.name === 'meeting') go({ name: 'list' });
          // A meeting that could not be opened is listed with its problem from now on.
          if (get().error) void api.listMeetings().then((meetings) => set({ meetings }), () => undefined);
          // Reading a meeting may have set a damaged file aside or restored a backup: say so. The
          // meeting shows meanwhile; waiting for this answer held the first frame back (npm run bench).
          void api
            .getInfo()
            .then((info) => {
              unsent.learnWorkspace(info.workspace);
              set({ notices: undismissed(info.notices) });
            })
            .catch(() => undefined);
        }),

      deleteMeeting: (id) =>
        attempt(async () => {
          await api.deleteMeeting({ id });
          set({ meetings: await api.listMeetings() });
        }),

      stageItemNotes: (itemId, read) => staged.stage(itemId, read),

      latestItemNotes: (itemId) => {
        const meeting = get().meeting;
        return staged.peek(itemId) ?? (meeting && findItem(meeting, itemId)?.item.notes) ?? [];
      },

      showTab: (tab) => {
        const route = get().route;
        if (route.name === 'meeting') go({ ...route, tab });
      },

      editMeeting: (change) => {
        // Staged notes go first, so that this change builds on every word typed.
        staged.apply();
        const meeting = get().meeting;
        if (!meeting) return;
        const next = change(meeting);
        if (next === meeting) return;
        set({ meeting: next });
        saveQueue?.schedule(next);
      },

      completePreviousAction: (actionId) =>
        attempt(async () => {
          const { previous, meeting } = get();
          if (!previous || !meeting) return;
          const older = await api.getMeeting({ id: previous.meeting.id });
          const done = {
            ...older,
            sections: older.sections.map((s) => ({
              ...s,
              items: s.items.map((i) => ({ ...i, actions: i.actions.map((a) => (a.id === actionId ? { ...a, done: true } : a)) })),
            })),
          };
          await api.saveMeeting({ meeting: done });
          set({ previous: await api.getPreviousMeeting({ id: meeting.id }) });
        }),

      setWordTemplate: async (args) => {
        set({ error: null });
        try {
          const result = await api.setWordTemplate(args);
          if (result.ok) set({ settings: result.settings });
          return result;
        } catch (error) {
          set({ error: errorMessage(error) });
          return undefined;
        }
      },

      ...setupActions(api, get, set, attempt),

      ...exportActions(api, get, set, attempt),

      dismissNotice: (index) => {
        const notice = get().notices[index];
        dismissed.add(`${notice?.code}:${notice?.file}:${notice?.movedTo}`);
        set({ notices: get().notices.filter((_, i) => i !== index) });
        // Logged notices stay closed across restarts; should this fail, it is shown again next start.
        if (notice?.id) void api.dismissNotice({ id: notice.id }).catch(() => undefined);
      },
      ...historyActions(api, get, set),
      flush: async () => {
        staged.apply();
        await saveQueue?.flush();
      },
      hasUnsaved: () => saveQueue?.hasUnsaved() ?? false,
    };
  });
}

export type AppStore = ReturnType<typeof createAppStore>;
