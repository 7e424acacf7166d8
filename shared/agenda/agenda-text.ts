import type { AgendaItemKind } from '../model/meeting';
import { classifyLine, groupHeadingKind, isAllCapitals, normalizeTitle, readsAsProposal, type AgendaLine } from './agenda-lines';
import { inferItemKind } from './infer-kind';
import { STANDARD_SECTIONS } from './standard-agenda';

/** What was odd about the text; nothing is dropped without saying so. The UI words these. */
export type AgendaTextWarning =
  | { code: 'number-only'; line: string }
  | { code: 'empty-section'; section: string }
  | { code: 'empty-heading'; line: string }
  | { code: 'title-line'; line: string }
  | { code: 'no-items' };

/** A "a./b." line under an item: a point in its notes, lettered or bulleted as it was written. */
export interface SubPoint {
  style: 'lettered' | 'bullet';
  text: string;
}

export interface ParsedItem {
  kind: AgendaItemKind;
  title: string;
  subPoints: SubPoint[];
  /** Sub-points that read as decision points ("Voorstel 1. …"), without that word. */
  proposals: string[];
}

export interface ParsedSection {
  title: string;
  /** Key of the standard domain table the heading names, if any. */
  domain?: string;
  items: ParsedItem[];
}

export interface ParsedAgenda {
  sections: ParsedSection[];
  warnings: AgendaTextWarning[];
}

/** Kinds of which a domain table has one: a line of such a kind closes a "Bespreekpunten" group. */
const SINGULAR_KINDS: readonly AgendaItemKind[] = ['opening', 'agenda', 'minutes', 'any-other-business'];

/** "Bespreekpunten", "5. Ter besluitvorming:" … and the items gathered under it so far. */
interface Group {
  kind: AgendaItemKind;
  line: string;
  title: string;
  /** A numbered heading ends at the next line numbered like it; an unnumbered one does not. */
  numbered: boolean;
  /** The marker its items carry when they are lettered or bulleted; another marker is a sub-point. */
  itemMarker?: 'letter' | 'bullet';
  items: number;
}

function sectionTitleFor(heading: string, knownTitles: readonly string[]): Omit<ParsedSection, 'items'> {
  const key = normalizeTitle(heading);
  const standard = STANDARD_SECTIONS.find((s) => normalizeTitle(s.title) === key);
  if (standard) return { title: standard.title, domain: standard.key };
  const known = knownTitles.find((title) => normalizeTitle(title) === key);
  if (known) return { title: known };
  return { title: heading.charAt(0) + heading.slice(1).toLocaleLowerCase('nl-NL') };
}

function isSectionHeading(line: AgendaLine, knownTitles: readonly string[]): boolean {
  if (line.marker !== 'top' && line.marker !== 'none') return false;
  const key = normalizeTitle(line.text);
  if (STANDARD_SECTIONS.some((t) => normalizeTitle(t.title) === key) || knownTitles.some((t) => normalizeTitle(t) === key)) return true;
  return isAllCapitals(line.text) && inferItemKind(line.text) === 'discussion';
}

/** "Agenda PFHO Sociaal Domein 13 april 2023": the invitation's own title, not an item. */
const TITLE_LINE = /^agenda\b.*\b\d{4}$/i;

/**
 * An agenda pasted as text, as a secretary receives it: numbering is stripped; a line in capitals
 * or naming a domain table starts that table; "Bespreekpunten" or "Conformstukken" sets the kind of
 * the lines under it instead of becoming an item; "a./b." lines under an item are its sub-points,
 * or its proposals where they read as such. Items before any heading go into `defaultSectionTitle`.
 * `knownSectionTitles` (the meeting's own tables) are headings however they are capitalised.
 */
export function parseAgendaText(text: string, defaultSectionTitle: string, knownSectionTitles: readonly string[] = []): ParsedAgenda {
  const sections: ParsedSection[] = [];
  const warnings: AgendaTextWarning[] = [];
  let group: Group | undefined;
  let last: ParsedItem | undefined;
  let proposalsFollow = false;

  const section = (): ParsedSection => {
    if (sections.length === 0) sections.push({ ...sectionTitleFor(defaultSectionTitle, knownSectionTitles), items: [] });
    return sections.at(-1)!;
  };
  const closeGroup = (): void => {
    // "Conformstukken" with nothing under it is the consent item of the standard agenda.
    if (group && group.items === 0) {
      if (group.kind === 'consent') section().items.push({ kind: 'consent', title: group.title, subPoints: [], proposals: [] });
      else warnings.push({ code: 'empty-heading', line: group.line });
    }
    group = undefined;
  };
  const addItem = (kind: AgendaItemKind, title: string): void => {
    last = { kind, title, subPoints: [], proposals: [] };
    section().items.push(last);
    proposalsFollow = false;
    if (group) group.items += 1;
  };

  const lines = text.split(/\r?\n/).map(classifyLine).filter((line): line is AgendaLine => line !== undefined);
  lines.forEach((line, index) => {
    if (!line.text) {
      if (line.marker === 'proposal') proposalsFollow = last !== undefined;
      else warnings.push({ code: 'number-only', line: line.raw });
      return;
    }
    if (index === 0 && line.marker === 'none' && TITLE_LINE.test(line.text)) {
      warnings.push({ code: 'title-line', line: line.raw });
      return;
    }
    if (isSectionHeading(line, knownSectionTitles)) {
      closeGroup();
      sections.push({ ...sectionTitleFor(line.text, knownSectionTitles), items: [] });
      last = undefined;
      return;
    }
    const headingKind = line.marker === 'top' || line.marker === 'none' ? groupHeadingKind(line.text) : undefined;
    if (headingKind) {
      closeGroup();
      group = { kind: headingKind, line: line.raw, title: line.text, numbered: line.marker === 'top', items: 0 };
      last = undefined;
      return;
    }
    if (line.marker === 'proposal' && last) {
      last.proposals.push(line.text);
      return;
    }
    const kind = inferItemKind(line.text);
    if (group && (SINGULAR_KINDS.includes(kind) || (line.marker === 'top' && group.numbered))) closeGroup();
    if (line.marker === 'letter' || line.marker === 'bullet') {
      if (group && (group.itemMarker ?? line.marker) === line.marker && (group.itemMarker || group.items === 0 || !last)) {
        group.itemMarker = line.marker;
        addItem(group.kind, line.text);
        return;
      }
      if (last) {
        if (proposalsFollow || readsAsProposal(line.text)) last.proposals.push(line.text.replace(/^voorstel\s*\d*\s*[.:)]?\s*/i, ''));
        else last.subPoints.push({ style: line.marker === 'letter' ? 'lettered' : 'bullet', text: line.text });
        return;
      }
    }
    addItem(group && !SINGULAR_KINDS.includes(kind) ? group.kind : kind, line.text);
  });
  closeGroup();

  for (const { title, items } of sections) {
    if (items.length === 0) warnings.push({ code: 'empty-section', section: title });
  }
  if (sections.every((s) => s.items.length === 0)) warnings.push({ code: 'no-items' });
  return { sections, warnings };
}
