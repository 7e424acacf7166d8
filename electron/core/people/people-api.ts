import type { NotulistCore } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { CoreContext } from '../core-context';

/** The people directory in notulist.json. */
export function peopleApi({ db }: CoreContext): Pick<NotulistCore, 'listPeople' | 'savePerson' | 'deletePerson'> {
  return {
    listPeople: async () => [...db.data.people].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    savePerson: async ({ person }) => {
      const index = db.data.people.findIndex((p) => p.id === person.id);
      if (index >= 0) db.data.people[index] = person;
      else db.data.people.push(person);
      await db.write();
      return person;
    },
    deletePerson: async ({ id }) => {
      if (!db.data.people.some((p) => p.id === id)) throw new ApiError('not-found', `no person ${id}`);
      db.data.people = db.data.people.filter((p) => p.id !== id);
      await db.write();
      return { deleted: true as const };
    },
  };
}
