import type { Action, AgendaDocument, Proposal } from '../../model/agenda-details';
import { paragraphText, type DocBlock, type DocParagraph } from './docx-blocks';
import { parseDutchDate } from './dutch-dates';
import { IMPORT_LABELS, isLabel } from './import-labels';
import { inlinesOf, type NewId } from './notes-reader';

/** What an item's text says besides its notes, as the resumé writes it (see shared/export/item-record.ts). */
export interface ItemRecord {
  portfolioHolders: string[];
  documents: AgendaDocument[];
  proposals: Proposal[];
  decision: string;
  actions: Action[];
  /** The blocks that are notes, in order. */
  notes: DocBlock[];
}

const PROPOSAL = /^Voorstel\s+(\d+)\s*[.:]\s*/iu;
const LABELLED = /^([^:]{1,40}):\s*/u;

/** "Label: rest" → the label and the rest, for the labelled lines under a heading. */
export function labelled(paragraph: DocParagraph): { label: string; rest: string } | undefined {
  const match = LABELLED.exec(paragraphText(paragraph));
  return match ? { label: match[1]!.trim(), rest: paragraphText(paragraph).slice(match[0].length).trim() } : undefined;
}

/** "concept verbeterplan agenderen (Regio, uiterlijk 6 oktober 2023, afgerond)" → an action. */
export function readAction(text: string, newId: NewId): Action {
  const action: Action = { id: newId(), who: '', what: text.trim(), done: false };
  const details = /\(([^()]*)\)\s*$/u.exec(text);
  if (!details) return action;
  const who: string[] = [];
  for (const part of details[1]!.split(',').map((piece) => piece.trim())) {
    const due = part.toLocaleLowerCase('nl-NL').startsWith(`${IMPORT_LABELS.due} `) ? parseDutchDate(part.slice(IMPORT_LABELS.due.length + 1)) : undefined;
    if (due) action.due = due;
    else if (part.toLocaleLowerCase('nl-NL') === IMPORT_LABELS.done) action.done = true;
    else if (part !== '') who.push(part);
  }
  return { ...action, who: who.join(', '), what: text.slice(0, details.index).trim() };
}

/** "Documenten: Notitie BaanTalent; Begroting 2027 (W:\…)": the titles with their links. */
function readDocuments(paragraph: DocParagraph, newId: NewId): AgendaDocument[] {
  const documents: AgendaDocument[] = [];
  const inlines = inlinesOf(paragraph.runs);
  const text = inlines.map((inline) => inline.text).join('');
  const start = text.indexOf(':') + 1;
  let offset = 0;
  const linked = new Map<string, string>();
  for (const inline of inlines) {
    if (inline.link && offset >= start) linked.set(inline.text.trim(), inline.link);
    offset += inline.text.length;
  }
  for (const part of text.slice(start).split(';').map((piece) => piece.trim()).filter(Boolean)) {
    const path = /^(.*) \(([^()]+)\)$/u.exec(part);
    if (linked.has(part)) documents.push({ id: newId(), title: part, link: linked.get(part)! });
    else if (path) documents.push({ id: newId(), title: path[1]!, link: path[2]! });
    else documents.push({ id: newId(), title: part, link: '' });
  }
  return documents;
}

/**
 * Reads an item's blocks: the portfolio holders and documents right under the heading, each
 * "Voorstel N." as a proposal, the paragraph right after the proposals (or one headed
 * "Besluit:") as the decision, "Actie: …" lines as actions; everything else stays notes.
 */
export function readItemRecord(blocks: readonly DocBlock[], newId: NewId): ItemRecord {
  const record: ItemRecord = { portfolioHolders: [], documents: [], proposals: [], decision: '', actions: [], notes: [] };
  let atTop = true;
  let afterProposal = false;
  for (const block of blocks) {
    const paragraph = block.kind === 'paragraph' && !block.list ? block : undefined;
    const text = paragraph ? paragraphText(paragraph).trim() : '';
    if (paragraph && text === '') continue;
    const label = paragraph ? labelled(paragraph) : undefined;
    const proposal = PROPOSAL.exec(text);
    if (atTop && label && isLabel(label.label, IMPORT_LABELS.portfolioHolder)) {
      record.portfolioHolders.push(...label.rest.split(',').map((name) => name.trim()).filter(Boolean));
    } else if (atTop && label && isLabel(label.label, IMPORT_LABELS.documents)) {
      record.documents.push(...readDocuments(paragraph!, newId));
    } else if (paragraph && proposal) {
      record.proposals.push({ id: newId(), text: text.slice(proposal[0].length).trim(), outcome: 'pending' });
      afterProposal = true;
      atTop = false;
      continue;
    } else if (label && isLabel(label.label, IMPORT_LABELS.action)) {
      record.actions.push(readAction(label.rest, newId));
    } else if (label && isLabel(label.label, IMPORT_LABELS.decision) && record.decision === '') {
      record.decision = label.rest;
    } else if (paragraph && afterProposal && record.decision === '') {
      record.decision = text;
    } else {
      record.notes.push(block);
      atTop = false;
    }
    afterProposal = false;
  }
  return record;
}
