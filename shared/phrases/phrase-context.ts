import { formatDutchDate } from '../format/dates';
import type { AgendaItemKind, MeetingSummary } from '../model/meeting';
import type { Proposal } from '../model/agenda-details';
import { fillPhrase, type PhraseValues } from './phrase';

// A usual outcome never lands with a {variable} in it: what the item's context knows is filled
// in, and whatever it does not know is asked for first (see renderer/screens/live/PhrasePrompt).

/** What the current item knows about itself and its meeting. */
export interface PhraseSituation {
  kind: AgendaItemKind;
  /** The item's number in its domain table, for "agendapunt 5". */
  itemNumber?: number;
  /** The chair of the item's domain table, who opens the meeting. */
  chair: string;
  proposals: readonly Pick<Proposal, 'outcome'>[];
  /** YYYY-MM-DD of the meeting whose resumé this one adopts. */
  previousMeetingDate?: string;
  /** YYYY-MM-DD of the next meeting of the same name, if already planned. */
  nextMeetingDate?: string;
}

/** How a variable the context cannot fill is asked for. */
export type PhraseQuestionKind = 'person' | 'municipality' | 'date' | 'proposal' | 'text';

export interface PhraseQuestion {
  variable: string;
  kind: PhraseQuestionKind;
  /** Offered as the answer is typed; the first is filled in already where it is a sound guess. */
  suggestions: string[];
  prefill: string;
}

export type PhrasePlan = { ready: true; text: string } | { ready: false; questions: PhraseQuestion[] };

/** "voorstel 1", "voorstel 1 en 2", "voorstel 1, 2 en 4". */
export function proposalNumbersText(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  const rest = [...numbers];
  const last = rest.pop()!;
  return `voorstel ${rest.length ? `${rest.join(', ')} en ${last}` : last}`;
}

/** The numbers of the adopted proposals. */
function adoptedNumbers(proposals: PhraseSituation['proposals']): number[] {
  return proposals.flatMap((p, index) => (p.outcome === 'adopted' || p.outcome === 'adopted-with-change' ? [index + 1] : []));
}

/** The values the situation knows; a variable left out must be asked for. */
export function situationValues(situation: PhraseSituation): PhraseValues {
  const values: PhraseValues = {};
  if (situation.chair.trim()) values.naam = situation.chair.trim();
  const date = situation.kind === 'minutes' ? situation.previousMeetingDate : situation.nextMeetingDate;
  if (date) values.datum = formatDutchDate(date);
  const adopted = proposalNumbersText(adoptedNumbers(situation.proposals));
  if (adopted) values.voorstel = adopted;
  if (situation.itemNumber !== undefined) values.agendapunt = String(situation.itemNumber);
  return values;
}

const QUESTION_KINDS: Record<string, PhraseQuestionKind> = { naam: 'person', gemeente: 'municipality', datum: 'date', voorstel: 'proposal' };

/** What to offer for a variable: people and municipalities of the meeting, the item's proposals. */
export interface PhraseChoices {
  people: readonly string[];
  municipalities: readonly string[];
}

function question(variable: string, situation: PhraseSituation, choices: PhraseChoices): PhraseQuestion {
  const kind = QUESTION_KINDS[variable] ?? 'text';
  if (kind === 'proposal') {
    const all = situation.proposals.map((_, index) => index + 1);
    const suggestions = all.length ? [proposalNumbersText(all), ...all.map((n) => proposalNumbersText([n]))] : ['het voorstel'];
    return { variable, kind, suggestions: [...new Set(suggestions)], prefill: suggestions[0]! };
  }
  const suggestions = kind === 'person' ? choices.people : kind === 'municipality' ? choices.municipalities : [];
  return { variable, kind, suggestions: [...new Set(suggestions)], prefill: '' };
}

/** The phrase ready to insert, or the questions to ask before it can be. */
export function planPhrase(text: string, situation: PhraseSituation, choices: PhraseChoices): PhrasePlan {
  const filled = fillPhrase(text, situationValues(situation));
  if (filled.missing.length === 0) return { ready: true, text: filled.text };
  return { ready: false, questions: filled.missing.map((variable) => question(variable, situation, choices)) };
}

/**
 * The phrase with the secretary's answers; undefined while an answer is blank, so nothing with a
 * {variable} left in it can be inserted.
 */
export function answerPhrase(text: string, situation: PhraseSituation, answers: Readonly<Record<string, string>>): string | undefined {
  const filled = fillPhrase(text, { ...situationValues(situation), ...answers });
  return filled.missing.length === 0 ? filled.text : undefined;
}

/** The date of the next meeting of the same name, if one is planned already. */
export function nextMeetingDate(meetings: readonly MeetingSummary[], current: { id: string; name: string; date: string }): string | undefined {
  const same = (a: string, b: string) => a.trim().toLocaleLowerCase('nl-NL') === b.trim().toLocaleLowerCase('nl-NL');
  return meetings
    .filter((m) => m.id !== current.id && same(m.name, current.name) && m.date > current.date)
    .map((m) => m.date)
    .sort()[0];
}
