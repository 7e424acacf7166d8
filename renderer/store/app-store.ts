import { createStore } from 'zustand/vanilla';
import type { ArgsOf, Notice, NotulistApi, ResultOf } from '../../shared/api/contract';
import type { NewMeeting } from '../../shared/agenda/new-meeting';
import type { Meeting, MeetingSummary } from '../../shared/model/meeting';
import type { Block } from '../../shared/model/rich-text';
import type { Settings } from '../../shared/model/settings';
import type { Person } from '../../shared/model/person';
import type { SaveStatus } from './save-queue';
import { browserStorage, UnsentChanges } from './unsent-changes';
import type { NotesReader } from './staged-notes';
import type { MeetingTab, Route } from './route';
import { createStoreShared } from './store-shared';
import { navigationSlice } from './navigation-slice';
import { meetingSlice } from './meeting-slice';
import { savingSlice } from './saving-slice';
import { previousSlice } from './previous-slice';
import { peopleSlice } from './people-slice';
import { settingsSlice } from './settings-slice';
import { exportSlice } from './export-slice';
import { historySlice, type HistoryState } from './history-slice';
import { archiveSlice, type ArchiveState } from './archive-slice';
import { searchSlice, type SearchState } from './search-slice';
import { syncSlice, type SyncState } from './sync-slice';

export interface AppState extends HistoryState, ArchiveState, SearchState, SyncState {
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
  /** Ticks off an action of the previous meeting in that meeting's own file: one call to the core. */
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
 * The app state, one slice per domain (as the core's): each slice gives its part of AppState,
 * and a new domain is one more line here.
 */
export function createAppStore(api: NotulistApi, unsent = new UnsentChanges(browserStorage())) {
  return createStore<AppState>((set, get) => {
    const shared = createStoreShared(api, unsent, set, get);
    // Spread one by one, so a key of AppState that no slice gives fails type-checking.
    return {
      error: null,
      ...navigationSlice(api, set, get, shared),
      ...meetingSlice(api, set, get, shared),
      ...savingSlice(api, set, get, shared),
      ...previousSlice(api, set, get, shared),
      ...peopleSlice(api, set, get, shared),
      ...settingsSlice(api, set, get, shared),
      ...exportSlice(api, set, get, shared),
      ...historySlice(api, set, get, shared),
      ...archiveSlice(api, set, get, shared),
      ...searchSlice(api, set, get, shared),
      ...syncSlice(api, set, get, shared),
    };
  });
}

export type AppStore = ReturnType<typeof createAppStore>;
