import type { NotulistApi } from '../../shared/api/contract';
import { carryOverAttendees } from '../../shared/agenda/previous-meeting';
import { newId } from '../../shared/model/ids';
import type { AppState } from './app-store';
import type { GetState, SetState, StoreShared } from './store-shared';

type PreviousSlice = Pick<AppState, 'previous' | 'completePreviousAction' | 'carryOverAttendees' | 'renameMeeting'>;

/** The previous meeting of the open one: its open actions and attendees, and finding it again after a rename. */
export function previousSlice(api: NotulistApi, set: SetState, get: GetState, { attempt }: StoreShared): PreviousSlice {
  return {
    previous: null,

    completePreviousAction: (actionId) =>
      attempt(async () => {
        const id = get().meeting?.id;
        if (!id || !get().previous) return;
        const previous = await api.setPreviousAction({ id, actionId, done: true });
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

    renameMeeting: (name, date) =>
      attempt(async () => {
        get().editMeeting((m) => (m.name === name && m.date === date ? m : { ...m, name, date }));
        await get().flush();
        const id = get().meeting?.id;
        if (!id) return;
        const previous = await api.getPreviousMeeting({ id });
        if (get().meeting?.id === id) set({ previous });
      }),
  };
}
