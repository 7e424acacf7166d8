import type { NotulistApi } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/api-error';
import type { Meeting } from '../../shared/model/meeting';

/**
 * Saves send only the domain tables changed since the last successful save: the state is
 * immutable, so an unchanged table is the very same object. Should the core not know a table
 * (it restarted, say), the whole meeting goes instead.
 */
export function savesChangesOf(api: NotulistApi, opened: Meeting): (meeting: Meeting) => Promise<{ savedAt: string }> {
  let saved = opened;
  return async (meeting) => {
    const { sections, ...header } = meeting;
    const changed = sections.filter((section) => !saved.sections.includes(section));
    const result = await api
      .saveMeetingChanges({ meeting: header, sectionOrder: sections.map((s) => s.id), sections: changed })
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'invalid-argument') return api.saveMeeting({ meeting });
        throw error;
      });
    saved = meeting;
    return result;
  };
}
