import type { AgendaItemKind } from '../model/meeting';

/**
 * How a line of a pasted agenda starts: `top` "1." / "1)" / "Agendapunt 3:", `sub-number` "5.1",
 * `letter` "a." / "ii)", `bullet` "-" / "•" / "o", `proposal` "Voorstel 1." / "Beslispunten:".
 */
export type LineMarker = 'top' | 'sub-number' | 'letter' | 'bullet' | 'proposal' | 'none';

export interface AgendaLine {
  raw: string;
  marker: LineMarker;
  /** The line without its marker, a leading time ("14.00 uur") or a trailing colon. */
  text: string;
}

const MARKERS: readonly [LineMarker, RegExp][] = [
  ['top', /^agendapunt\s+\d+\s*[.:)]?(?:\s+|$)/i],
  ['sub-number', /^\d{1,3}(?:\.\d{1,3})+\.?(?:\s+|$)/],
  ['top', /^\d{1,3}[.)]?(?:\s+|$)/],
  ['letter', /^\(?(?:[a-z]|[ivx]{1,4})[.)](?:\s+|$)/i],
  ['bullet', /^[-–—•*·▪◦o\uF0A7\uF0B7](?:\s+|$)/],
  // A numbered decision point, or a line saying the decision points follow.
  ['proposal', /^(?:voorstel|besluitpunt|beslispunt)\s*\d+\s*[.:)]?(?:\s+|$)/i],
  ['proposal', /^(?:voorstel(?:len)?|voorgesteld besluit|besluitpunten|beslispunten)\s*:(?:\s+|$)/i],
];

/** "14.00 uur", "13.30 – 13.45": the time slot some invitations put before an item. */
const TIME_SLOT = /^\d{1,2}[.:]\d{2}\s*(?:uur|u\.?)?\s*(?:[-–]\s*\d{1,2}[.:]\d{2}\s*(?:uur|u\.?)?)?(?=\s)/i;
const HAS_TIME_UNIT_OR_RANGE = /uur|u\.?$|[-–]/i;

/** A line of the pasted text, or undefined for an empty one. */
export function classifyLine(raw: string): AgendaLine | undefined {
  let rest = raw.replace(/\t/g, ' ').trim();
  if (!rest) return undefined;
  const time = TIME_SLOT.exec(rest);
  if (time && HAS_TIME_UNIT_OR_RANGE.test(time[0].trim())) rest = rest.slice(time[0].length).trim();
  for (const [marker, pattern] of MARKERS) {
    const match = pattern.exec(rest);
    if (match) return { raw: raw.trim(), marker, text: clean(rest.slice(match[0].length)) };
  }
  return { raw: raw.trim(), marker: 'none', text: clean(rest) };
}

const clean = (text: string): string => text.trim().replace(/\s*:$/, '').trim();

/** Compares titles as a person reads them: case, accents, "&" and punctuation do not count. */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl-NL')
    .replace(/&/g, ' en ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A line of capitals (at least two letters, no lower case): how invitations write a domain table. */
export function isAllCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('nl-NL') && letters !== letters.toLocaleLowerCase('nl-NL');
}

const GROUP_HEADINGS: readonly [AgendaItemKind, RegExp][] = [
  ['discussion', /^(?:bespreekpunten|bespreekstukken|(?:agendapunten |stukken )?ter (?:bespreking|besluitvorming|advisering)|besluitvorming|bespreek en besluitpunten)$/],
  ['consent', /^(?:conformstuk(?:ken)?|hamerstuk(?:ken)?)(?: ter (?:vaststelling|besluitvorming))?$/],
  ['other', /^(?:(?:stukken )?ter (?:informatie|kennisname|kennisgeving)|informatiepunten|informatiestukken|ingekomen stukken)$/],
];

/** The kind a heading such as "5. Bespreekpunten" or "Conformstukken" gives the lines under it. */
export function groupHeadingKind(text: string): AgendaItemKind | undefined {
  const key = normalizeTitle(text);
  return GROUP_HEADINGS.find(([, pattern]) => pattern.test(key))?.[0];
}

/** A sub-point worded as a decision point: "Voorstel …", "In te stemmen met …", "Vast te stellen …". */
export function readsAsProposal(text: string): boolean {
  return /^(?:voorstel\b|in te stemmen|instemmen|vast te stellen|vaststellen|kennis te nemen|kennisnemen|(?:te )?besluiten|opdracht (?:te )?geven|beschikbaar te stellen|akkoord)/i.test(text.trim());
}
