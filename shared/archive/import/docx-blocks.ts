import mammoth from 'mammoth';

/**
 * A Word document as the importer sees it: paragraphs with their style, list place and runs,
 * and tables of cells holding such blocks. Read with mammoth's document tree (its
 * transformDocument hook) rather than its HTML, because recognising a resumé needs what HTML
 * loses: the style name of each paragraph and the list level Word gave it.
 */

export interface DocRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  superscript?: boolean;
  link?: string;
}

export interface DocParagraph {
  kind: 'paragraph';
  /** Word's style name ("Heading 1", "Title", "List Paragraph"), '' for Normal. */
  style: string;
  /** The Word list the paragraph belongs to, if any. */
  list?: { ordered: boolean; level: number };
  runs: DocRun[];
}

export interface DocTable {
  kind: 'table';
  rows: DocBlock[][][];
}

export type DocBlock = DocParagraph | DocTable;

/** Plain text of a paragraph. */
export function paragraphText(paragraph: DocParagraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}

/** Plain text of a block: a table (nested ones too) a line per row, its cells apart by tabs. */
export function blockText(block: DocBlock): string {
  if (block.kind === 'paragraph') return paragraphText(block);
  return block.rows.map((row) => row.map((cell) => cellText(cell).replace(/\n/g, ' ')).join('\t')).join('\n');
}

/** Plain text of a table cell's blocks, joined by a newline. */
export function cellText(cell: readonly DocBlock[]): string {
  return cell.map(blockText).join('\n').trim();
}

/** The part of mammoth's element tree this module reads (mammoth ships no types for it). */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  styleName?: string | null;
  numbering?: { isOrdered: boolean; level: string | number } | null;
  value?: string;
  href?: string;
  isBold?: boolean;
  isItalic?: boolean;
  verticalAlignment?: string;
  breakType?: string;
}

type RunFormat = Omit<DocRun, 'text'>;

function sameFormat(a: RunFormat, b: RunFormat): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.superscript === b.superscript && a.link === b.link;
}

/** Adds text to the runs, joining it to the last run when that has the same format. */
function pushText(runs: DocRun[], text: string, format: RunFormat): void {
  if (text === '') return;
  const last = runs.at(-1);
  if (last && sameFormat(last, format)) last.text += text;
  else runs.push({ text, ...format });
}

/** What the reading met that blocks cannot hold, counted so the import can say so. */
interface Skipped {
  images: number;
}

function collectRuns(elements: readonly MammothElement[], runs: DocRun[], format: RunFormat, skipped: Skipped): void {
  for (const element of elements) {
    switch (element.type) {
      case 'text':
        pushText(runs, element.value ?? '', format);
        break;
      case 'tab':
        pushText(runs, '\t', format);
        break;
      case 'break':
        // A line break inside the paragraph; page and column breaks only lay out the page.
        if (element.breakType === 'line') pushText(runs, '\n', format);
        break;
      case 'run': {
        const own: RunFormat = { ...format };
        if (element.isBold) own.bold = true;
        if (element.isItalic) own.italic = true;
        if (element.verticalAlignment === 'superscript') own.superscript = true;
        collectRuns(element.children ?? [], runs, own, skipped);
        break;
      }
      case 'hyperlink':
        collectRuns(element.children ?? [], runs, element.href ? { ...format, link: element.href } : format, skipped);
        break;
      case 'image':
        skipped.images += 1;
        break;
      default:
        // Inserted text, smart tags and the like wrap runs; notes and bookmarks hold none.
        collectRuns(element.children ?? [], runs, format, skipped);
    }
  }
}

function toParagraph(element: MammothElement, skipped: Skipped): DocParagraph {
  const runs: DocRun[] = [];
  collectRuns(element.children ?? [], runs, {}, skipped);
  const paragraph: DocParagraph = { kind: 'paragraph', style: element.styleName ?? '', runs };
  if (element.numbering) paragraph.list = { ordered: element.numbering.isOrdered, level: Number(element.numbering.level) || 0 };
  return paragraph;
}

function toBlocks(elements: readonly MammothElement[], skipped: Skipped): DocBlock[] {
  const blocks: DocBlock[] = [];
  for (const element of elements) {
    if (element.type === 'paragraph') blocks.push(toParagraph(element, skipped));
    else if (element.type === 'table') {
      const rows = (element.children ?? []).filter((row) => row.type === 'tableRow');
      blocks.push({ kind: 'table', rows: rows.map((row) => (row.children ?? []).map((cell) => toBlocks(cell.children ?? [], skipped))) });
    } else blocks.push(...toBlocks(element.children ?? [], skipped));
  }
  return blocks;
}

/** Why a file could not be read as a Word document. */
export class UnreadableDocumentError extends Error {}

/** The blocks of a .docx file's body, in order, and how many images they leave out. */
export async function readDocxBlocks(bytes: Uint8Array): Promise<{ blocks: DocBlock[]; images: number }> {
  let body: MammothElement[] | undefined;
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both take these bytes.
  const input = { buffer: bytes, arrayBuffer: bytes.slice().buffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  try {
    await mammoth.convertToHtml(input, {
      transformDocument: (document: MammothElement) => {
        body = document.children ?? [];
        // The tree is all the importer needs: an empty document skips mammoth's HTML writing.
        return { ...document, children: [] };
      },
    });
  } catch (error) {
    throw new UnreadableDocumentError(whyUnreadable(error));
  }
  if (!body) throw new UnreadableDocumentError('the file holds no document body');
  const skipped: Skipped = { images: 0 };
  const blocks = toBlocks(body, skipped);
  return { blocks, images: skipped.images };
}

/** The reader's own words, without jszip's advice and links, which mean nothing to a secretary or a log reader. */
function whyUnreadable(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/central directory|zip file|Corrupted zip|signature/i.test(message)) return 'the file is not a .docx (zip) archive';
  return message.replace(/\s*If it is, see https?:\S+/i, '').trim();
}
