import { paragraphText, type DocBlock, type DocParagraph, type DocTable } from './docx-blocks';
import { IMPORT_LABELS, isLabel } from './import-labels';
import { isWhollyBold } from './notes-reader';

/** The document's body cut at its headings: domain tables, their items, each item's blocks. */
export interface OutlineItem {
  title: string;
  blocks: DocBlock[];
}

export interface OutlineSection {
  title: string;
  /** Blocks between the table's heading and its first item ("Voorzitter: …"). */
  intro: DocBlock[];
  items: OutlineItem[];
}

export interface Outline {
  sections: OutlineSection[];
  /** Blocks before the first heading: kept, never dropped. */
  before: DocBlock[];
  /** The Actielijst's table, if the document has one. */
  actionList?: DocTable;
  /** Whether the document marks its items with Word's Heading 2 (else with bold lines, and bold lines inside them are sub-headings). */
  styled: boolean;
}

type Role = 'section' | 'item' | 'action-list' | 'text';

const NUMBERED = /^\d{1,3}[.)]\s+/u;
const RECORD_LINE = /^(voorstel\s+\d+|actie:|besluit:)/iu;

const isHeadingStyle = (paragraph: DocParagraph, level: number) => new RegExp(`^heading ${level}$`, 'i').test(paragraph.style);
const hasLetters = (text: string) => /\p{L}/u.test(text);
const isCapitals = (text: string) => hasLetters(text) && text === text.toLocaleUpperCase('nl-NL');

/**
 * How the document marks its headings, decided once for the whole body and per level: Word's
 * Heading 1 and 2 where it uses them, else bold lines (capitals for domain tables; for items,
 * only the numbered ones when some are numbered, so the others stay sub-headings).
 */
function roleReader(body: readonly DocBlock[]): { role: (paragraph: DocParagraph) => Role; styledItems: boolean } {
  const paragraphs = body.filter((block): block is DocParagraph => block.kind === 'paragraph');
  const styledSections = paragraphs.some((paragraph) => isHeadingStyle(paragraph, 1));
  const styledItems = paragraphs.some((paragraph) => isHeadingStyle(paragraph, 2));
  const boldLine = (paragraph: DocParagraph) => !paragraph.list && isWhollyBold(paragraph) && !RECORD_LINE.test(paragraphText(paragraph).trim());
  const numberedItems = !styledItems && paragraphs.some((paragraph) => boldLine(paragraph) && NUMBERED.test(paragraphText(paragraph).trim()));
  const role = (paragraph: DocParagraph): Role => {
    const text = paragraphText(paragraph).trim();
    if (text === '') return 'text';
    const sectionLine = styledSections ? isHeadingStyle(paragraph, 1) : boldLine(paragraph) && isCapitals(text);
    if ((sectionLine || (!styledSections && boldLine(paragraph))) && isLabel(text, IMPORT_LABELS.actionList)) return 'action-list';
    if (sectionLine) return 'section';
    if (styledItems ? isHeadingStyle(paragraph, 2) : boldLine(paragraph) && (!numberedItems || NUMBERED.test(text))) return 'item';
    return 'text';
  };
  return { role, styledItems };
}

/** Cuts the body (what follows the Algemeen table) into domain tables and items. */
export function outlineOf(body: readonly DocBlock[]): Outline {
  const { role, styledItems } = roleReader(body);
  const outline: Outline = { sections: [], before: [], styled: styledItems };
  let section: OutlineSection | undefined;
  let item: OutlineItem | undefined;
  let inActionList = false;
  for (const block of body) {
    const kind = block.kind === 'paragraph' ? role(block) : 'text';
    if (kind === 'action-list') {
      inActionList = true;
      continue;
    }
    if (inActionList && block.kind === 'table' && !outline.actionList) {
      outline.actionList = block;
      continue;
    }
    if (kind === 'section') {
      section = { title: paragraphText(block as DocParagraph).trim(), intro: [], items: [] };
      outline.sections.push(section);
      item = undefined;
      inActionList = false;
    } else if (kind === 'item') {
      if (!section) {
        // Items before any domain table: a table without a title holds them.
        section = { title: '', intro: [], items: [] };
        outline.sections.push(section);
      }
      item = { title: paragraphText(block as DocParagraph).trim(), blocks: [] };
      section.items.push(item);
      inActionList = false;
    } else if (item) item.blocks.push(block);
    else if (section) section.intro.push(block);
    else outline.before.push(block);
  }
  return outline;
}

/** Item titles without their agenda numbers, when every item of the document carries one. */
export function withoutAgendaNumbers(outline: Outline): void {
  const items = outline.sections.flatMap((section) => section.items);
  if (items.length === 0 || !items.every((item) => NUMBERED.test(item.title))) return;
  for (const item of items) item.title = item.title.replace(NUMBERED, '').trim();
}
