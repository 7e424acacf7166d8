import type { AgendaItem, AgendaItemKind, Meeting, Section } from '../model/meeting';
import { newId } from '../model/ids';
import type { Block, ListBlock } from '../model/rich-text';
import { normalizeTitle } from './agenda-lines';
import type { ParsedAgenda, ParsedItem, SubPoint } from './agenda-text';
import { newAgendaItem } from './new-meeting';
import { MINUTES_PLACEHOLDER_TITLE } from './previous-meeting';
import { STANDARD_AGENDA } from './standard-agenda';

/** What pasting does to one domain table; the preview shows these before anything changes. */
export interface PastedSection {
  title: string;
  /** False when the table is added; true when the items go into a table the meeting has. */
  existing: boolean;
  added: ParsedItem[];
  /** Items already on the agenda: their sub-points and proposals join the item of that title. */
  merged: { item: ParsedItem; into: string }[];
  /** The standard agenda's empty "Bespreekpunt", replaced by the pasted discussion items. */
  replacedPlaceholder: boolean;
}

export interface AgendaPaste {
  meeting: Meeting;
  sections: PastedSection[];
}

/** Where each kind sits in a domain table's agenda: new items go after the last of their rank. */
const RANK: Record<AgendaItemKind, number> = {
  opening: 0,
  agenda: 1,
  minutes: 2,
  consent: 3,
  discussion: 4,
  other: 4,
  'any-other-business': 5,
};
/** Kinds of which a domain table has one item: a pasted one is that item, not a second. */
const SINGULAR_KINDS: readonly AgendaItemKind[] = ['opening', 'agenda', 'minutes', 'any-other-business'];
const PLACEHOLDER = STANDARD_AGENDA.find((t) => t.kind === 'discussion')!;

function isUntouchedPlaceholder(item: AgendaItem): boolean {
  return (
    item.kind === PLACEHOLDER.kind &&
    item.title === PLACEHOLDER.title &&
    item.notes.length === 0 &&
    item.proposals.length === 0 &&
    item.documents.length === 0 &&
    item.actions.length === 0 &&
    !item.decision &&
    item.portfolioHolders.length === 0
  );
}

function findSection(meeting: Meeting, title: string, domain: string | undefined): Section | undefined {
  const key = normalizeTitle(title);
  return meeting.sections.find((s) => (domain !== undefined && s.domain === domain) || normalizeTitle(s.title) === key);
}

function findSameItem(section: Section, pasted: ParsedItem): AgendaItem | undefined {
  const key = normalizeTitle(pasted.title);
  const consentHeading = pasted.kind === 'consent' && /^(conformstuk(ken)?|hamerstuk(ken)?)$/.test(key);
  return (
    section.items.find((item) => normalizeTitle(item.title) === key) ??
    (SINGULAR_KINDS.includes(pasted.kind) || consentHeading ? section.items.find((item) => item.kind === pasted.kind) : undefined)
  );
}

function subPointBlocks(points: readonly SubPoint[]): Block[] {
  const lists: ListBlock[] = [];
  for (const point of points) {
    const paragraph: Block = { id: newId(), type: 'paragraph', content: [{ text: point.text }] };
    const open = lists.at(-1);
    if (open?.style === point.style) open.items.push({ id: newId(), content: [paragraph] });
    else lists.push({ id: newId(), type: 'list', style: point.style, items: [{ id: newId(), content: [paragraph] }] });
  }
  return lists;
}

/** The item's sub-points and proposals added to what it has. */
function withDetails(item: AgendaItem, pasted: ParsedItem): AgendaItem {
  if (pasted.subPoints.length === 0 && pasted.proposals.length === 0) return item;
  return {
    ...item,
    notes: [...item.notes, ...subPointBlocks(pasted.subPoints)],
    proposals: [...item.proposals, ...pasted.proposals.map((text) => ({ id: newId(), text, outcome: 'pending' as const }))],
  };
}

function insertByRank(items: readonly AgendaItem[], item: AgendaItem): AgendaItem[] {
  const after = items.findLastIndex((present) => RANK[present.kind] <= RANK[item.kind]);
  return [...items.slice(0, after + 1), item, ...items.slice(after + 1)];
}

/** The pasted items merged into one domain table the meeting already has. */
function pasteInto(section: Section, items: readonly ParsedItem[]): { section: Section; report: PastedSection } {
  const report: PastedSection = { title: section.title, existing: true, added: [], merged: [], replacedPlaceholder: false };
  let next = section.items;
  for (const pasted of items) {
    const same = findSameItem({ ...section, items: next }, pasted);
    if (same) {
      // The standard agenda's "Resumé van het vorige overleg" takes the title with the date.
      const title = same.title === MINUTES_PLACEHOLDER_TITLE && pasted.kind === 'minutes' ? pasted.title : same.title;
      next = next.map((item) => (item === same ? withDetails({ ...item, title }, pasted) : item));
      report.merged.push({ item: pasted, into: same.title });
      continue;
    }
    next = insertByRank(next, withDetails(newAgendaItem(pasted.kind, pasted.title), pasted));
    report.added.push(pasted);
  }
  const placeholder = next.find(isUntouchedPlaceholder);
  if (placeholder && report.added.some((item) => item.kind === 'discussion')) {
    next = next.filter((item) => item !== placeholder);
    report.replacedPlaceholder = true;
  }
  return { section: { ...section, items: next }, report };
}

/**
 * A parsed agenda put into the meeting: a domain table the meeting has (matched by its standard
 * table or its title, whatever the case or accents) receives the items in their place in its
 * agenda, without duplicating the standard ones; any other table is added after the others.
 */
export function pasteAgenda(meeting: Meeting, parsed: ParsedAgenda): AgendaPaste {
  const reports: PastedSection[] = [];
  let sections = meeting.sections;
  for (const pasted of parsed.sections) {
    if (pasted.items.length === 0) continue;
    const target = findSection({ ...meeting, sections }, pasted.title, pasted.domain);
    if (target) {
      const { section, report } = pasteInto(target, pasted.items);
      sections = sections.map((s) => (s === target ? section : s));
      reports.push(report);
      continue;
    }
    const items = pasted.items.map((item) => withDetails(newAgendaItem(item.kind, item.title), item));
    const added: Section = { id: newId(), ...(pasted.domain ? { domain: pasted.domain } : {}), title: pasted.title, chair: '', confidential: false, items };
    sections = [...sections, added];
    reports.push({ title: pasted.title, existing: false, added: pasted.items, merged: [], replacedPlaceholder: false });
  }
  return { meeting: reports.length ? { ...meeting, sections } : meeting, sections: reports };
}
