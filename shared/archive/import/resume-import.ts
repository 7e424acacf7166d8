import { inferItemKind } from '../../agenda/infer-kind';
import { newAgendaItem } from '../../agenda/new-meeting';
import { STANDARD_SECTIONS } from '../../agenda/standard-agenda';
import { meetingLimitProblems } from '../../model/limits';
import { MEETING_SCHEMA_VERSION, MeetingSchema, type AgendaItem, type Meeting, type Section } from '../../model/meeting';
import { newId as randomId } from '../../model/ids';
import { paragraphText, readDocxBlocks, UnreadableDocumentError, type DocBlock, type DocParagraph, type DocTable } from './docx-blocks';
import { parseDutchDate, splitMeetingLine } from './dutch-dates';
import { isGeneralTable, readGeneralTable } from './general-table';
import { IMPORT_LABELS, isLabel } from './import-labels';
import { readItemRecord, labelled } from './item-record';
import { notesFrom, type NewId } from './notes-reader';
import { outlineOf, withoutAgendaNumbers, type Outline, type OutlineSection } from './outline';
import { attendeesOf, placeActionList } from './meeting-parts';
import type { IMPORT_PROBLEMS } from '../import-schemas';

/** Why a document was not imported. */
export type ImportProblem = (typeof IMPORT_PROBLEMS)[number];

export type ResumeImport =
  | { ok: true; meeting: Meeting; kept: ImportKept; /** English, for the CLI and logs: what `kept` says. */ warnings: string[] }
  | { ok: false; problem: ImportProblem; /** English, for the CLI and logs. */ reason: string };

/** What the meeting holds differently from the document: blocks kept as notes of the unplaced item, images left out. */
export interface ImportKept {
  unplacedBlocks: number;
  images: number;
}

export interface ImportOptions {
  /** The file's name, kept with the meeting (imported.fileName). */
  fileName: string;
  /** The file's SHA-256 in hex: how a second import of the same file is recognised. */
  hash: string;
  now: Date;
  newId?: NewId;
  /** Images the reading left out (readDocxBlocks), to report. */
  images?: number;
}

/** How many blocks from the top the title, the meeting line and the Algemeen table may stand. */
const HEADER_REACH = 12;

interface Header {
  name: string;
  date: string;
  documentDate?: string;
  titled: boolean;
  general?: ReturnType<typeof readGeneralTable>;
  /** Index of the first block after the header. */
  end: number;
  /** Blocks inside the header that are none of its parts. */
  extra: DocBlock[];
}

const isHeading = (block: DocBlock) => block.kind === 'paragraph' && /^heading [12]$/i.test(block.style);

/** Where the Algemeen table stands, if it does near the top, before the first heading. */
function generalTableIndex(blocks: readonly DocBlock[]): number | undefined {
  for (let index = 0; index < Math.min(blocks.length, HEADER_REACH); index += 1) {
    const block = blocks[index]!;
    if (isHeading(block)) return undefined;
    if (block.kind === 'table' && isGeneralTable(block)) return index;
  }
  return undefined;
}

/**
 * The top of the document: the title, the meeting line, the document date and the Algemeen
 * table. Other lines above the table are kept aside (`extra`); without a table the top ends at
 * the first line that is none of these, so the body keeps its own.
 */
function readHeader(blocks: readonly DocBlock[]): Header | ImportFailure {
  const tableAt = generalTableIndex(blocks);
  const header: Omit<Header, 'name' | 'date'> = { titled: false, end: tableAt === undefined ? 0 : tableAt + 1, extra: [] };
  let line: { name: string; date: string } | undefined;
  for (let index = 0; index < (tableAt ?? Math.min(blocks.length, HEADER_REACH)); index += 1) {
    const block = blocks[index]!;
    if (isHeading(block)) break;
    const text = block.kind === 'paragraph' ? paragraphText(block).trim() : '';
    if (block.kind === 'paragraph' && text === '') continue;
    const meetingLine = line ? undefined : splitMeetingLine(text);
    const documentDate = line && !header.documentDate ? parseDutchDate(text) : undefined;
    if (!header.titled && !line && isLabel(text, IMPORT_LABELS.titles)) header.titled = true;
    else if (meetingLine) line = meetingLine;
    else if (documentDate) header.documentDate = documentDate;
    else if (tableAt === undefined && line) break;
    else header.extra.push(block);
    if (tableAt === undefined) header.end = index + 1;
  }
  if (tableAt !== undefined) header.general = readGeneralTable(blocks[tableAt] as DocTable);
  if (!line) return { problem: 'not-a-resume', reason: 'no meeting name and date (such as "Overleg portefeuillehouders 23 februari 2023") near the top' };
  if (!header.titled && !header.general) return { problem: 'not-a-resume', reason: 'neither the title "Resumé" nor the Algemeen table with those present was found' };
  return { ...line, ...header };
}

interface ImportFailure {
  problem: ImportProblem;
  reason: string;
}

/** A standard domain table's own spelling for a title written in capitals. */
function sectionTitle(title: string): { title: string; domain?: string } {
  const table = STANDARD_SECTIONS.find((candidate) => candidate.title.toLocaleUpperCase('nl-NL') === title.toLocaleUpperCase('nl-NL'));
  return table ? { title: table.title, domain: table.key } : { title };
}

function buildSection(source: OutlineSection, outline: Outline, newId: NewId): { section: Section; leftover: DocBlock[] } {
  let chair = '';
  const leftover: DocBlock[] = [];
  for (const block of source.intro) {
    const label = block.kind === 'paragraph' ? labelled(block) : undefined;
    if (label && chair === '' && isLabel(label.label, IMPORT_LABELS.chair)) chair = label.rest;
    else leftover.push(block);
  }
  const items = source.items.map((item) => buildItem(item.title, item.blocks, outline.styled, newId));
  return { section: { id: newId(), ...sectionTitle(source.title), chair, confidential: false, items }, leftover };
}

function buildItem(title: string, blocks: readonly DocBlock[], styled: boolean, newId: NewId): AgendaItem {
  const record = readItemRecord(blocks, newId);
  return {
    ...newAgendaItem(title === IMPORT_LABELS.unplaced ? 'other' : inferItemKind(title), title),
    id: newId(),
    notes: notesFrom(record.notes, { newId, boldHeadings: !styled }),
    portfolioHolders: record.portfolioHolders,
    documents: record.documents,
    proposals: record.proposals,
    decision: record.decision,
    actions: record.actions,
  };
}

/** A meeting from a Word document's blocks, or why it is not a resumé. Pure: the ids and clock are given. */
export function resumeFromBlocks(blocks: readonly DocBlock[], options: ImportOptions): ResumeImport {
  const newId = options.newId ?? randomId;
  const header = readHeader(blocks);
  if ('problem' in header) return { ok: false, ...header };
  const outline = outlineOf(blocks.slice(header.end));
  withoutAgendaNumbers(outline);
  const built = outline.sections.map((section) => buildSection(section, outline, newId));
  const sections = built.map((part) => part.section);
  const unplaced: DocBlock[] = [...header.extra, ...outline.before, ...otherRowParagraphs(header.general?.otherRows ?? [])];
  built.forEach((part, index) => {
    if (part.leftover.length > 0) sections[index]!.items.unshift(buildItem(IMPORT_LABELS.unplaced, part.leftover, outline.styled, newId));
  });
  unplaced.push(...placeActionList(outline.actionList, sections, newId));
  const kept: ImportKept = { unplacedBlocks: unplaced.filter((block) => block.kind === 'table' || paragraphText(block).trim() !== '').length, images: options.images ?? 0 };
  if (kept.unplacedBlocks > 0) {
    if (sections.length === 0) sections.push({ id: newId(), title: '', chair: '', confidential: false, items: [] });
    sections[0]!.items.unshift(buildItem(IMPORT_LABELS.unplaced, unplaced, outline.styled, newId));
  }
  const stamp = options.now.toISOString();
  const general = header.general;
  const candidate = {
    schemaVersion: MEETING_SCHEMA_VERSION,
    id: newId(),
    name: header.name,
    date: header.date,
    ...(header.documentDate ? { documentDate: header.documentDate } : {}),
    location: '',
    contactPerson: general?.contactPerson ?? '',
    contactEmail: general?.contactEmail ?? '',
    confidential: general?.confidential ?? false,
    reference: general?.reference ?? '',
    attendees: attendeesOf(general?.attendees ?? [], sections, newId),
    sections,
    imported: { fileName: options.fileName, hash: options.hash, at: stamp },
    createdAt: stamp,
    updatedAt: stamp,
  };
  return checked(candidate, kept);
}

function otherRowParagraphs(rows: readonly [string, string][]): DocParagraph[] {
  return rows.map(([label, text]) => ({ kind: 'paragraph', style: '', runs: [{ text: label === '' ? text : `${label}: ${text}` }] }));
}

function warningsOf(kept: ImportKept): string[] {
  const warnings: string[] = [];
  if (kept.unplacedBlocks > 0) warnings.push(`text outside the recognised items is kept as notes under "${IMPORT_LABELS.unplaced}"`);
  if (kept.images > 0) warnings.push(`${kept.images} ${kept.images === 1 ? 'image is' : 'images are'} not imported (the document itself is kept)`);
  return warnings;
}

function checked(candidate: unknown, kept: ImportKept): ResumeImport {
  const parsed = MeetingSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: 'not-a-resume', reason: `the document does not make a sound meeting (${issue?.path.join('.')}: ${issue?.message})` };
  }
  const limits = meetingLimitProblems(parsed.data);
  if (limits.length > 0) return { ok: false, problem: 'too-large', reason: `the document is larger than a meeting may be (${limits[0]!.message})` };
  return { ok: true, meeting: parsed.data, kept, warnings: warningsOf(kept) };
}

/** Reads a .docx and makes a meeting of it, or says why not; a document is imported whole or not at all. */
export async function importResume(bytes: Uint8Array, options: ImportOptions): Promise<ResumeImport> {
  let read: Awaited<ReturnType<typeof readDocxBlocks>>;
  try {
    read = await readDocxBlocks(bytes);
  } catch (error) {
    if (!(error instanceof UnreadableDocumentError)) throw error;
    return { ok: false, problem: 'unreadable', reason: `not a Word document (.docx) that can be read: ${error.message}` };
  }
  return resumeFromBlocks(read.blocks, { ...options, images: read.images });
}
