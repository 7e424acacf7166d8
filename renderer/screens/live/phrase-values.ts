import { itemNumber } from '../../../shared/agenda/agenda-edit';
import { formatDutchDate } from '../../../shared/format/dates';
import type { AgendaItem, Meeting, Section } from '../../../shared/model/meeting';
import type { PhraseValues } from '../../../shared/phrases/phrase';

/** "voorstel 1", "voorstel 1 en 2", "voorstel 1, 2 en 4": the adopted proposals of an item. */
export function adoptedProposalsText(item: AgendaItem): string {
  const numbers = item.proposals.flatMap((p, index) => (p.outcome === 'adopted' || p.outcome === 'adopted-with-change' ? [index + 1] : []));
  if (numbers.length === 0) return '';
  const last = numbers.pop()!;
  return `voorstel ${numbers.length ? `${numbers.join(', ')} en ${last}` : last}`;
}

/** What the phrase variables mean at this item; unknown ones stay visible for the secretary. */
export function phraseValues(meeting: Meeting, section: Section, item: AgendaItem, previousDate: string | undefined): PhraseValues {
  const number = itemNumber(meeting, item.id);
  return {
    naam: section.chair,
    datum: item.kind === 'minutes' && previousDate ? formatDutchDate(previousDate) : '',
    voorstel: adoptedProposalsText(item),
    agendapunt: number === undefined ? '' : String(number),
  };
}
