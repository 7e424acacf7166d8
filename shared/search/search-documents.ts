import type { AgendaItem, Meeting, Section } from '../model/meeting';
import { notesPlainText } from '../model/rich-text';

/** What part of a meeting a search document is: each can be filtered on and is labelled in the results. */
export const SEARCH_KINDS = ['meeting', 'title', 'notes', 'proposal', 'decision', 'action'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One piece of a meeting's text, where it lives, and what the filters ask of it. */
export interface SearchDocument {
  /** `meetingId/itemId/kind/n`: unique across the workspace, and says where to find the text again. */
  id: string;
  meetingId: string;
  /** Absent for the meeting's name. */
  itemId?: string;
  /** The domain table's title (JEUGD EN ONDERWIJS); absent for the meeting's name. */
  section?: string;
  /** The meeting's date, YYYY-MM-DD. */
  date: string;
  kind: SearchKind;
  /** Only for actions: not yet done. */
  open?: boolean;
  text: string;
}

function itemDocuments(meeting: Meeting, section: Section, item: AgendaItem): SearchDocument[] {
  const base = { meetingId: meeting.id, itemId: item.id, section: section.title, date: meeting.date };
  const id = (kind: SearchKind, n = 0) => `${meeting.id}/${item.id}/${kind}/${n}`;
  const documents: SearchDocument[] = [{ ...base, id: id('title'), kind: 'title', text: item.title }];
  const notes = notesPlainText(item.notes);
  if (notes.trim()) documents.push({ ...base, id: id('notes'), kind: 'notes', text: notes });
  item.proposals.forEach((proposal, n) => {
    if (proposal.text.trim()) documents.push({ ...base, id: id('proposal', n), kind: 'proposal', text: proposal.text });
  });
  if (item.decision.trim()) documents.push({ ...base, id: id('decision'), kind: 'decision', text: item.decision });
  item.actions.forEach((action, n) => {
    const text = [action.who, action.what].filter(Boolean).join(': ');
    if (text.trim()) documents.push({ ...base, id: id('action', n), kind: 'action', open: !action.done, text });
  });
  return documents;
}

/** The text of a meeting as search documents: its name, and per item the title, notes, proposals, decision and actions. */
export function meetingSearchDocuments(meeting: Meeting): SearchDocument[] {
  const documents: SearchDocument[] = [{ id: `${meeting.id}//meeting/0`, meetingId: meeting.id, date: meeting.date, kind: 'meeting', text: meeting.name }];
  for (const section of meeting.sections) {
    for (const item of section.items) documents.push(...itemDocuments(meeting, section, item));
  }
  return documents;
}

/** Where a document's id says it lives: its meeting, item (none for the name) and kind. */
export function documentPlace(id: string): { meetingId: string; itemId?: string; kind: SearchKind } | undefined {
  // An item's id may hold a slash; the meeting's id (a file name) and the kind and number cannot.
  const parts = id.split('/');
  const kind = SEARCH_KINDS.find((known) => known === parts.at(-2));
  const itemId = parts.slice(1, -2).join('/');
  if (!kind || parts.length < 4 || !parts[0]) return undefined;
  return { meetingId: parts[0], kind, ...(itemId ? { itemId } : {}) };
}

/** The document of that id in the meeting, read again for its snippet; undefined when the meeting changed since. */
export function findSearchDocument(meeting: Meeting, id: string): SearchDocument | undefined {
  const place = documentPlace(id);
  if (!place) return undefined;
  const { kind, itemId } = place;
  if (kind === 'meeting') return meetingSearchDocuments({ ...meeting, sections: [] })[0];
  for (const section of meeting.sections) {
    const item = section.items.find((candidate) => candidate.id === itemId);
    if (item) return itemDocuments(meeting, section, item).find((document) => document.id === id);
  }
  return undefined;
}

/** The title of the item a document belongs to. */
export function itemTitleOf(meeting: Meeting, itemId: string | undefined): string | undefined {
  if (!itemId) return undefined;
  for (const section of meeting.sections) {
    const item = section.items.find((candidate) => candidate.id === itemId);
    if (item) return item.title;
  }
  return undefined;
}
