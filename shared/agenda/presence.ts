import type { Meeting } from '../model/meeting';
import type { Attendance } from '../model/person';
import { fillPhraseLeavingOutMissing, type Phrase } from '../phrases/phrase';
import { itemNumber } from './agenda-edit';

export type PresenceChange = 'arrival' | 'departure';

/**
 * Records that someone came in at (or left after) an item, and gives the line for the notes,
 * from the organisation's arrival/departure phrase.
 */
export function recordPresence(
  meeting: Meeting,
  attendanceId: string,
  itemId: string,
  change: PresenceChange,
  phrases: readonly Phrase[],
): { meeting: Meeting; line: string } | undefined {
  const person = meeting.attendees.find((a) => a.id === attendanceId);
  if (!person) return undefined;
  const updated: Attendance =
    change === 'arrival'
      ? { ...person, status: person.status === 'absent' ? 'present' : person.status, fromItemId: itemId }
      : { ...person, untilItemId: itemId };
  const phrase = phrases.find((p) => p.context === change);
  const number = itemNumber(meeting, itemId);
  const line = phrase
    ? fillPhraseLeavingOutMissing(phrase.text, { naam: person.name, gemeente: person.municipality, agendapunt: number === undefined ? '' : String(number) })
    : '';
  return { meeting: { ...meeting, attendees: meeting.attendees.map((a) => (a.id === attendanceId ? updated : a)) }, line };
}
