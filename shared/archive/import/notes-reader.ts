import { sanitizeHref, type Block, type Inline, type ListBlock, type ListStyle } from '../../model/rich-text';
import { blockText, paragraphText, type DocBlock, type DocParagraph, type DocRun, type DocTable } from './docx-blocks';

/** Makes the stable ids of the blocks made. */
export type NewId = () => string;

export interface NotesOptions {
  newId: NewId;
  /** A paragraph that is bold throughout is a sub-heading (documents typed without heading styles). */
  boldHeadings: boolean;
}

/** A list typed by hand: "- ", "• ", "1. ", "a) ". */
const TYPED_MARKERS: { style: ListStyle; pattern: RegExp }[] = [
  { style: 'bullet', pattern: /^[-–•*]\s+/u },
  { style: 'numbered', pattern: /^\d{1,3}[.)]\s+/u },
  { style: 'lettered', pattern: /^[a-z][.)]\s+/u },
];

export function inlinesOf(runs: readonly DocRun[]): Inline[] {
  return runs.map((run) => {
    const inline: Inline = { text: run.text };
    if (run.bold) inline.bold = true;
    if (run.italic) inline.italic = true;
    if (run.superscript) inline.superscript = true;
    // Only web and mail links stay clickable; any other keeps its text.
    const link = run.link === undefined ? undefined : sanitizeHref(run.link);
    if (link !== undefined) inline.link = link;
    return inline;
  });
}

/** Whether every letter of the paragraph is bold (a heading typed as bold text). */
export function isWhollyBold(paragraph: DocParagraph): boolean {
  const visible = paragraph.runs.filter((run) => run.text.trim() !== '');
  return visible.length > 0 && visible.every((run) => run.bold);
}

/** Runs without their first `count` characters (a typed list marker). */
function withoutPrefix(runs: readonly DocRun[], count: number): DocRun[] {
  let left = count;
  const kept: DocRun[] = [];
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    kept.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  return kept;
}

/** Where a paragraph stands in a list: Word's numbering, or a marker typed at its start. */
function listPlace(paragraph: DocParagraph): { style: ListStyle; level: number; runs: DocRun[] } | undefined {
  if (paragraph.list) return { style: paragraph.list.ordered ? 'numbered' : 'bullet', level: paragraph.list.level, runs: paragraph.runs };
  const text = paragraphText(paragraph);
  for (const { style, pattern } of TYPED_MARKERS) {
    const match = pattern.exec(text);
    if (match) return { style, level: 0, runs: withoutPrefix(paragraph.runs, match[0].length) };
  }
  return undefined;
}

function trimmed(inlines: Inline[]): Inline[] {
  const kept = inlines.filter((inline) => inline.text !== '');
  if (kept.length === 0) return kept;
  kept[0] = { ...kept[0]!, text: kept[0]!.text.replace(/^\s+/u, '') };
  kept[kept.length - 1] = { ...kept.at(-1)!, text: kept.at(-1)!.text.replace(/\s+$/u, '') };
  return kept.filter((inline) => inline.text !== '');
}

/** Builds nested lists from list paragraphs as they come, one level at a time. */
class ListBuilder {
  private stack: { list: ListBlock; level: number }[] = [];

  constructor(private readonly out: Block[], private readonly newId: NewId) {}

  get open(): boolean {
    return this.stack.length > 0;
  }

  add(style: ListStyle, level: number, content: Inline[]): void {
    while (this.stack.length > 0 && this.stack.at(-1)!.level > level) this.stack.pop();
    const top = this.stack.at(-1);
    const paragraph: Block = { id: this.newId(), type: 'paragraph', content };
    if (top && top.level === level) {
      top.list.items.push({ id: this.newId(), content: [paragraph] });
      return;
    }
    const list: ListBlock = { id: this.newId(), type: 'list', style, items: [{ id: this.newId(), content: [paragraph] }] };
    const parentItem = top?.list.items.at(-1);
    if (parentItem) parentItem.content.push(list);
    else this.out.push(list);
    this.stack.push({ list, level });
  }

  /** A paragraph that continues the last item (Word's List Paragraph without a number). */
  continueItem(content: Inline[]): void {
    this.stack.at(-1)!.list.items.at(-1)!.content.push({ id: this.newId(), type: 'paragraph', content });
  }

  close(): void {
    this.stack = [];
  }
}

/** A table inside an item, which notes cannot hold: one paragraph per row, cells apart by tabs. */
function tableParagraphs(table: DocTable, newId: NewId): Block[] {
  return blockText(table)
    .split('\n')
    .filter((text) => text.trim() !== '')
    .map((text) => ({ id: newId(), type: 'paragraph', content: [{ text }] }));
}

/**
 * An item's text as notes: paragraphs stay paragraphs, Heading 3 and 4 (or bold lines, in a
 * document typed without styles) become sub-headings, Word lists and typed "-" / "1." / "a."
 * lines become lists, tables become a paragraph per row. Empty paragraphs carry nothing and go.
 */
export function notesFrom(blocks: readonly DocBlock[], options: NotesOptions): Block[] {
  const out: Block[] = [];
  const lists = new ListBuilder(out, options.newId);
  for (const block of blocks) {
    if (block.kind === 'table') {
      lists.close();
      out.push(...tableParagraphs(block, options.newId));
      continue;
    }
    const text = paragraphText(block);
    if (text.trim() === '') continue;
    const place = listPlace(block);
    if (place) {
      lists.add(place.style, place.level, trimmed(inlinesOf(place.runs)));
      continue;
    }
    const content = trimmed(inlinesOf(block.runs));
    if (lists.open && /list paragraph/i.test(block.style)) {
      lists.continueItem(content);
      continue;
    }
    lists.close();
    const level = /^heading 4$/i.test(block.style) ? 2 : /^heading [3-9]$/i.test(block.style) ? 1 : undefined;
    if (level !== undefined || (options.boldHeadings && isWhollyBold(block) && text.length <= 120)) {
      const plain = content.map(({ text: part, italic, superscript, link }) => ({ text: part, ...(italic ? { italic } : {}), ...(superscript ? { superscript } : {}), ...(link ? { link } : {}) }));
      out.push({ id: options.newId(), type: 'heading', content: plain, ...(level === 2 ? { level: 2 as const } : {}) });
    } else out.push({ id: options.newId(), type: 'paragraph', content });
  }
  return out;
}
