import { agendaNumbers } from '../../agenda/agenda-numbers';
import type { Section } from '../../model/meeting';
import type { Attendance } from '../../model/person';
import { cellText, type DocBlock, type DocParagraph, type DocTable } from './docx-blocks';
import type { ListedAttendee } from './attendee-text';
import { parseDutchDate } from './dutch-dates';
import type { NewId } from './notes-reader';

/** The item a "(vanaf agendapunt 5)" points at: numbered per domain table, as the house style does, else through the meeting. */
function itemAt(sections: Section[], number: number | undefined): string | undefined {
  if (number === undefined) return undefined;
  for (const numbering of ['section', 'meeting'] as const) {
    const found = [...agendaNumbers({ sections }, numbering)].find(([, n]) => n === number);
    if (found) return found[0];
  }
  return undefined;
}

/** The Algemeen table's people as the meeting's attendees, arrivals and departures tied to their items. */
export function attendeesOf(listed: readonly ListedAttendee[], sections: Section[], newId: NewId): Attendance[] {
  return listed.map(({ fromNumber, untilNumber, ...attendee }) => {
    const from = itemAt(sections, fromNumber);
    const until = itemAt(sections, untilNumber);
    return { id: newId(), ...attendee, ...(from ? { fromItemId: from } : {}), ...(until ? { untilItemId: until } : {}) };
  });
}

const withoutNumber = (title: string) => title.replace(/^\d{1,3}[.)]\s*/u, '').trim().toLocaleLowerCase('nl-NL');

/**
 * The Actielijst repeats the items' open actions; a row that no item holds is added to the item
 * it names, and one naming no item comes back as a paragraph to keep with the unplaced text.
 */
export function placeActionList(table: DocTable | undefined, sections: Section[], newId: NewId): DocParagraph[] {
  if (!table) return [];
  const leftover: DocParagraph[] = [];
  const items = sections.flatMap((section) => section.items);
  for (const row of table.rows.slice(1)) {
    const [item = '', what = '', who = '', due = ''] = row.map((cell: DocBlock[]) => cellText(cell));
    if (what === '' && who === '') continue;
    if (items.some((candidate) => candidate.actions.some((action) => action.what.trim() === what && action.who.trim() === who))) continue;
    const owner = items.find((candidate) => withoutNumber(candidate.title) === withoutNumber(item));
    const dueDate = parseDutchDate(due.replace(/\u00a0/g, ' '));
    if (owner) owner.actions.push({ id: newId(), who, what, done: false, ...(dueDate ? { due: dueDate } : {}) });
    else leftover.push({ kind: 'paragraph', style: '', runs: [{ text: [item, what, who, due].join('\t') }] });
  }
  return leftover;
}
