import type { ArgsOf, NotulistApi, ResultOf } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/api-error';
import type { Meeting, Section } from '../../shared/model/meeting';

type Changes = Pick<ArgsOf<'saveMeetingChanges'>, 'sections' | 'items'>;

/** Whether two versions of a table differ only within their items, in the same order. */
function sameTableFields(table: Section, saved: Section): boolean {
  const { items, ...own } = table;
  const { items: savedItems, ...savedOwn } = saved;
  const keys = new Set([...Object.keys(own), ...Object.keys(savedOwn)]) as Set<keyof typeof own>;
  return (
    [...keys].every((key) => own[key] === savedOwn[key]) &&
    items.length === savedItems.length &&
    items.every((item, index) => item.id === savedItems[index]!.id)
  );
}

/**
 * What changed since the last save: the state is immutable, so an unchanged table or item is
 * the very same object. A table whose own fields and item order are as saved sends only its
 * changed items (typing changes one); any other changed table goes whole.
 */
export function changesSince(saved: Meeting, meeting: Meeting): Changes {
  const savedTables = new Map(saved.sections.map((table) => [table.id, table]));
  const changes: Required<Changes> = { sections: [], items: [] };
  for (const table of meeting.sections) {
    const before = savedTables.get(table.id);
    if (before === table) continue;
    if (!before || !sameTableFields(table, before)) {
      changes.sections.push(table);
      continue;
    }
    table.items.forEach((item, index) => {
      if (item !== before.items[index]) changes.items.push({ sectionId: table.id, item });
    });
  }
  return changes;
}

/** The call that brings a meeting saved as `saved` up to `meeting`. */
export function saveChangesArgs(saved: Meeting, meeting: Meeting): ArgsOf<'saveMeetingChanges'> {
  const { sections, ...header } = meeting;
  return { meeting: header, sectionOrder: sections.map((s) => s.id), ...changesSince(saved, meeting) };
}

/**
 * Saves send only what changed since the last successful save. Should the core not know a
 * table or item (it restarted, say), the whole meeting goes instead.
 */
export function savesChangesOf(api: NotulistApi, opened: Meeting): (meeting: Meeting) => Promise<ResultOf<'saveMeeting'>> {
  let saved = opened;
  return async (meeting) => {
    const result = await api
      .saveMeetingChanges(saveChangesArgs(saved, meeting))
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'invalid-argument') return api.saveMeeting({ meeting });
        throw error;
      });
    saved = meeting;
    return result;
  };
}
