import type { NotulistApi } from '../../shared/api/contract';
import type { AppState } from './app-store';
import { readRoute } from './route';
import type { GetState, SetState, StoreShared } from './store-shared';

type NavigationSlice = Pick<AppState, 'route' | 'start' | 'showList' | 'showNewMeeting' | 'showSettings' | 'showTab'>;

/** Where the secretary is: the start of the app, the list, a new meeting, the settings, a meeting's tab. */
export function navigationSlice(api: NotulistApi, set: SetState, get: GetState, { attempt, go, closeMeeting, unsent, undismissed }: StoreShared): NavigationSlice {
  return {
    route: { name: 'list' },

    start: () =>
      attempt(async () => {
        // Changes a host that was away never confirmed go first, before anything is read.
        if (unsent.any()) {
          unsent.learnWorkspace((await api.getInfo()).workspace);
          await unsent.sendFirst(api);
        }
        const route = readRoute();
        // A reload lands on the open meeting, at the item a search hit opened: fetch it alongside the rest, not after it.
        const opening = route.name === 'meeting' ? get().openMeetingAtItem(route.id, route.item, route.tab) : undefined;
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

    showTab: (tab) => {
      const route = get().route;
      if (route.name === 'meeting') go({ ...route, tab });
    },
  };
}
