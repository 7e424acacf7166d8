import { itemNumber } from '../../../shared/agenda/agenda-edit';
import type { AgendaItem, Meeting, MeetingSummary, Section } from '../../../shared/model/meeting';
import { nextMeetingDate, type PhraseChoices, type PhraseSituation } from '../../../shared/phrases/phrase-context';

/** What the usual outcomes of this item can be filled from. */
export function phraseSituation(
  meeting: Meeting,
  section: Section,
  item: AgendaItem,
  previousDate: string | undefined,
  meetings: readonly MeetingSummary[],
): PhraseSituation {
  return {
    kind: item.kind,
    itemNumber: itemNumber(meeting, item.id),
    chair: section.chair,
    proposals: item.proposals,
    previousMeetingDate: previousDate,
    nextMeetingDate: nextMeetingDate(meetings, meeting),
  };
}

/** The people of this meeting (those present first) and the region's municipalities, to pick from. */
export function phraseChoices(meeting: Meeting, municipalities: readonly string[]): PhraseChoices {
  const attendees = [...meeting.attendees].sort((a, b) => Number(a.status === 'absent') - Number(b.status === 'absent'));
  return {
    people: attendees.map((a) => a.name),
    municipalities: [...attendees.map((a) => a.municipality).filter(Boolean), ...municipalities],
  };
}

/** The municipality of a person of this meeting, to fill {gemeente} once {naam} is picked. */
export function municipalityOf(meeting: Meeting, name: string): string | undefined {
  const wanted = name.trim().toLocaleLowerCase('nl-NL');
  return meeting.attendees.find((a) => a.name.trim().toLocaleLowerCase('nl-NL') === wanted)?.municipality || undefined;
}
