import type { NotulistApi } from '../../shared/api/contract';
import type { AppState } from './app-store';
import type { GetState, SetState, StoreShared } from './store-shared';

type PeopleSlice = Pick<AppState, 'people' | 'savePerson' | 'deletePerson'>;

/** The people directory. */
export function peopleSlice(api: NotulistApi, set: SetState, _get: GetState, { attempt }: StoreShared): PeopleSlice {
  return {
    people: [],

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
  };
}
