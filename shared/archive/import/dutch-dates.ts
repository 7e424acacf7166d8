import { format, isValid, parse } from 'date-fns';
import { nl } from 'date-fns/locale';

/** "23 februari 2023" (day, Dutch month name, year) anywhere at the end of a text. */
const DUTCH_DATE_AT_END = /(\d{1,2})\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(\d{4})$/iu;

/** `23 februari 2023` → `2023-02-23`; undefined when the text is not such a date, or no real day. */
export function parseDutchDate(text: string): string | undefined {
  const match = DUTCH_DATE_AT_END.exec(text.trim());
  if (!match || match.index !== 0) return undefined;
  return isoOf(match);
}

function isoOf(match: RegExpExecArray): string | undefined {
  const date = parse(`${match[1]} ${match[2]!.toLocaleLowerCase('nl-NL')} ${match[3]}`, 'd MMMM yyyy', new Date(2000, 0, 1), { locale: nl });
  return isValid(date) ? format(date, 'yyyy-MM-dd') : undefined;
}

/**
 * The meeting line as the resumé writes it: "Overleg portefeuillehouders sociaal domein
 * 23 februari 2023", possibly followed by the recorded times (", aanvang 14:00, einde 16:10").
 */
export function splitMeetingLine(text: string): { name: string; date: string } | undefined {
  const clean = text.replace(/\s+/g, ' ').trim();
  // The times, if any, follow the date after a comma; the name itself may hold commas.
  const candidates = [clean, ...[...clean.matchAll(/,/g)].map((comma) => clean.slice(0, comma.index))];
  for (const candidate of candidates) {
    const match = DUTCH_DATE_AT_END.exec(candidate.trim());
    if (!match) continue;
    const date = isoOf(match);
    const name = candidate.slice(0, match.index).replace(/[\s,–-]+$/u, '').trim();
    if (date && name !== '') return { name, date };
  }
  return undefined;
}
