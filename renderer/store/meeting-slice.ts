import type { NotulistApi } from '../../shared/api/contract';
import { titleMinutesItems } from '../../shared/agenda/previous-meeting';
import { formatDutchDate } from '../../shared/format/dates';
import type { Meeting } from '../../shared/model/meeting';
import type { AppState } from './app-store';
import { whenIdle } from './when-idle';
import { createMeetingSaveQueue } from './meeting-save-queue';
import type { GetState, SetState, StoreShared } from './store-shared';

type MeetingSlice = Pick<AppState, 'meetings' | 'meeting' | 'createMeeting' | 'openMeeting' | 'deleteMeeting'>;

/** The meeting list, and opening, creating and deleting a meeting. */
export function meetingSlice(api: NotulistApi, set: SetState, get: GetState, shared: StoreShared): MeetingSlice {
  const { attempt, go, unsent } = shared;

  const startSaving = (meeting: Meeting): void => {
    shared.saveQueue = createMeetingSaveQueue({
      api,
      opened: meeting,
      unsent,
      onStatus: (saveStatus) => set({ saveStatus }),
      // A save that kept another program's version aside has a notice to show now.
      onSaved: (result) => {
        if (result.conflictCopy) shared.refreshNotices();
      },
    });
  };

  /** What follows opening, whether or not it worked. */
  const afterOpening = (): void => {
    if (get().error && get().route.name === 'meeting') go({ name: 'list' });
    // A meeting that could not be opened is listed with its problem from now on.
    if (get().error) void api.listMeetings().then((meetings) => set({ meetings }), () => undefined);
    // Reading a meeting may have set a damaged file aside or restored a backup: say so. The
    // meeting shows meanwhile; waiting for this answer held the first frame back, and even
    // asking before the view was up delayed it (npm run bench).
    whenIdle(() =>
      void api
        .getInfo()
        .then((info) => {
          unsent.learnWorkspace(info.workspace);
          set({ notices: shared.undismissed(info.notices) });
        })
        .catch(() => undefined),
    );
  };

  return {
    meetings: [],
    meeting: null,

    createMeeting: (input, options) =>
      attempt(async () => {
        const meeting = await api.createMeeting(input);
        set({ meetings: await api.listMeetings() });
        await get().openMeeting(meeting.id);
        if (options?.carryOverAttendees) await get().carryOverAttendees();
      }),

    openMeeting: (id, tab = 'notes') =>
      attempt(async () => {
        await shared.closeMeeting();
        // Changes kept while the host was away are sent before the meeting is read again.
        if (unsent.saves(id).length > 0) await unsent.sendFirst(api, id);
        // The previous meeting only adds to the screen; the meeting does not wait for it.
        const previous = api.getPreviousMeeting({ id }).catch(() => null);
        const meeting = await api.getMeeting({ id });
        startSaving(meeting);
        set({ meeting, previous: null });
        go({ name: 'meeting', id, tab });
        const found = await previous;
        if (get().meeting?.id !== id) return;
        set({ previous: found });
        if (found) get().editMeeting((m) => titleMinutesItems(m, formatDutchDate(found.meeting.date)));
      }).then(afterOpening),

    deleteMeeting: (id) =>
      attempt(async () => {
        await api.deleteMeeting({ id });
        set({ meetings: await api.listMeetings() });
      }),
  };
}
