import type { AttendanceStatus } from '../../model/person';
import { IMPORT_LABELS } from './import-labels';

/** One person as the Algemeen table lists them, before item numbers are matched to items. */
export interface ListedAttendee {
  name: string;
  municipality: string;
  portfolios: string[];
  status: AttendanceStatus;
  /** "(vanaf agendapunt 5)", "(tot agendapunt 7)": agenda numbers. */
  fromNumber?: number;
  untilNumber?: number;
}

const NBSP = /\u00a0/g;

/**
 * Portfolio words that may stand alone where a municipality would: "Karin (Onderwijs)". A
 * detail with "&" or " en " is a portfolio too; anything else first in the brackets is taken
 * for the municipality, as the resumé writes it.
 */
const PORTFOLIO_WORDS = new Set(['jeugd', 'onderwijs', 'zorg', 'wonen', 'werk', 'participatie', 'gezondheid', 'ondersteuning', 'financiën', 'financien', 'welzijn', 'sport', 'cultuur', 'veiligheid', 'economie', 'mobiliteit', 'inkomen', 'armoede', 'wmo']);

/** Splits at commas outside brackets. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of text) {
    if (character === '(') depth += 1;
    if (character === ')') depth = Math.max(0, depth - 1);
    if ((character === ',' || character === ';' || character === '\n') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += character;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/**
 * Notulist writes names and municipalities with no-break spaces, so they are never split over
 * two lines: in its documents (`unbroken`) a detail of several words with plain spaces is a portfolio.
 */
function isMunicipality(detail: string, unbroken: boolean): boolean {
  if (/\u00a0/.test(detail)) return true;
  const plain = detail.toLocaleLowerCase('nl-NL');
  if (unbroken && plain.includes(' ')) return false;
  return !/&| en /.test(plain) && !PORTFOLIO_WORDS.has(plain);
}

function readAttendee(part: string, status: AttendanceStatus, unbroken: boolean): ListedAttendee | undefined {
  const attendee: ListedAttendee = { name: '', municipality: '', portfolios: [], status };
  let rest = part;
  // Trailing brackets, last first: the arrival and departure, then the details.
  const details: string[] = [];
  for (let match = /\(([^()]*)\)\s*$/.exec(rest); match; match = /\(([^()]*)\)\s*$/.exec(rest)) {
    const inner = match[1]!.trim();
    const moved = /^(vanaf|tot) agendapunt (\d+)$/i.exec(inner.replace(NBSP, ' '));
    if (moved) {
      if (moved[1]!.toLowerCase() === 'vanaf') attendee.fromNumber = Number(moved[2]);
      else attendee.untilNumber = Number(moved[2]);
    } else details.unshift(inner);
    rest = rest.slice(0, match.index).trim();
  }
  attendee.name = rest.replace(NBSP, ' ').trim();
  const listed = details.flatMap((detail) => detail.split(',')).map((detail) => detail.trim()).filter((detail) => detail !== '');
  if (listed.at(-1)?.toLocaleLowerCase('nl-NL') === IMPORT_LABELS.guest) {
    listed.pop();
    attendee.status = 'guest';
  }
  if (listed[0] !== undefined && isMunicipality(listed[0], unbroken)) attendee.municipality = listed.shift()!.replace(NBSP, ' ');
  attendee.portfolios = listed.map((detail) => detail.replace(NBSP, ' '));
  if (attendee.name === '') return undefined;
  return attendee;
}

/**
 * The people of one row of the Algemeen table: "Joke Lanphen (Blaricum), Barbara Boudewijnse
 * (Gooise Meren, Gezondheid en Ondersteuning), Marcel Moes (Stolwijk, gast) (vanaf agendapunt 5)".
 */
export function readAttendees(text: string, status: AttendanceStatus): ListedAttendee[] {
  const unbroken = /\u00a0/.test(text);
  return topLevelParts(text)
    .map((part) => readAttendee(part, status, unbroken))
    .filter((attendee): attendee is ListedAttendee => attendee !== undefined);
}
