import type { MeetingSummary } from '../model/meeting';

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
