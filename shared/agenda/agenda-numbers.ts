import type { Meeting } from '../model/meeting';

/** How agenda numbers count: on through the whole meeting, or from 1 again in each domain table. */
export type AgendaNumbering = 'meeting' | 'section';

/**
 * The agenda number of every item, by item id: 1, 2, 3 … in meeting order. Computed from the
 * whole meeting (confidential items included), so an item keeps its number in the public version
 * and "vanaf agendapunt 5" points at the same item in both.
 */
export function agendaNumbers(meeting: Pick<Meeting, 'sections'>, numbering: AgendaNumbering): Map<string, number> {
  const numbers = new Map<string, number>();
  let next = 1;
  for (const section of meeting.sections) {
    if (numbering === 'section') next = 1;
    for (const item of section.items) numbers.set(item.id, next++);
  }
  return numbers;
}
