import type { NotulistApi } from '../../shared/api/contract';
import { carryOverAttendees } from '../../shared/agenda/previous-meeting';
import { newId } from '../../shared/model/ids';
import type { AppState } from './app-store';

type SetupActions = Pick<AppState, 'renameMeeting' | 'carryOverAttendees' | 'saveSettings' | 'markSettingsUnsaved' | 'savePerson' | 'deletePerson'>;

/** The store's actions on what the secretary set up: a meeting's name, date and attendees, the people directory, the settings. */
export function setupActions(
  api: NotulistApi,
  get: () => AppState,
  set: (partial: Partial<AppState>) => void,
  attempt: (action: () => Promise<void>) => Promise<void>,
): SetupActions {
  return {
    renameMeeting: (name, date) =>
      attempt(async () => {
        get().editMeeting((m) => (m.name === name && m.date === date ? m : { ...m, name, date }));
        await get().flush();
        const id = get().meeting?.id;
        if (!id) return;
        const previous = await api.getPreviousMeeting({ id });
        if (get().meeting?.id === id) set({ previous });
      }),

    carryOverAttendees: () =>
      attempt(async () => {
        const { previous, meeting } = get();
        if (!previous || !meeting) return;
        const older = await api.getMeeting({ id: previous.meeting.id });
        get().editMeeting((m) => {
          if (m.id !== meeting.id) return m;
          const attendees = carryOverAttendees(older.attendees, m.attendees, get().people, newId);
          return attendees.length === m.attendees.length ? m : { ...m, attendees };
        });
      }),

    saveSettings: async (patch) => {
      let saved = false;
      await attempt(async () => {
        set({ settings: await api.updateSettings(patch) });
        saved = true;
      });
      return saved;
    },

    savePerson: (person) =>
      attempt(async () => {
        await api.savePerson({ person });
        set({ people: await api.listPeople() });
      }),

    deletePerson: (id) =>
      attempt(async () => {
        await api.deletePerson({ id });
        set({ people: await api.listPeople() });
      }),

    markSettingsUnsaved: (settingsUnsaved) => {
      if (get().settingsUnsaved !== settingsUnsaved) set({ settingsUnsaved });
    },
  };
}
