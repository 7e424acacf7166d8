import type { MeetingSummary } from '../model/meeting';
import type { Attendance, Person } from '../model/person';

const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('nl-NL') === b.trim().toLocaleLowerCase('nl-NL');

/** The most recent earlier meeting of the same name: the one whose resumé this meeting adopts. */
export function findPreviousMeeting(
  meetings: readonly MeetingSummary[],
  current: { id: string; name: string; date: string },
): MeetingSummary | undefined {
  return meetings
    .filter((m) => m.id !== current.id && sameName(m.name, current.name) && m.date < current.date)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
}

/** The standard agenda's placeholder title of the previous-minutes item. */
export const MINUTES_PLACEHOLDER_TITLE = 'Resumé van het vorige overleg';

/**
 * Titles the previous-minutes items "Resumé van 15 december 2022" once the previous meeting is
 * known; a title the secretary typed herself is left alone. Returns the same meeting if unchanged.
 */
export function titleMinutesItems<M extends { sections: { items: { kind: string; title: string }[] }[] }>(meeting: M, previousDateText: string): M {
  const title = `Resumé van ${previousDateText}`;
  let changed = false;
  const sections = meeting.sections.map((section) => ({
    ...section,
    items: section.items.map((item) => {
      if (item.kind !== 'minutes' || item.title !== MINUTES_PLACEHOLDER_TITLE) return item;
      changed = true;
      return { ...item, title };
    }),
  }));
  return changed ? { ...meeting, sections } : meeting;
}

const sameAttendee = (a: Pick<Attendance, 'personId' | 'name'>, b: Pick<Attendance, 'personId' | 'name'>): boolean =>
  (a.personId !== undefined && a.personId === b.personId) || sameName(a.name, b.name);

/**
 * The attendees of the previous meeting proposed for this one: its members, present or absent
 * then, as present (the secretary marks who sends apologies), with their details as the directory
 * has them now. Guests came once and are not carried over; nobody on the list comes twice.
 */
export function carryOverAttendees(
  previous: readonly Attendance[],
  current: readonly Attendance[],
  people: readonly Person[],
  newId: () => string,
): Attendance[] {
  const next = [...current];
  for (const attendee of previous) {
    if (attendee.status === 'guest' || next.some((present) => sameAttendee(present, attendee))) continue;
    const { fromItemId: _from, untilItemId: _until, ...kept } = attendee;
    const person = people.find((p) => p.id === attendee.personId);
    next.push({
      ...kept,
      id: newId(),
      status: 'present',
      ...(person ? { name: person.name, municipality: person.municipality, portfolios: person.portfolios } : {}),
    });
  }
  return next;
}
