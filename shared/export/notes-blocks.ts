import { HeadingLevel, Paragraph } from 'docx';
import { inlineText, type Block, type HeadingBlock, type ListBlock, type ParagraphBlock } from '../model/rich-text';
import { inlineRuns, xmlSafeText } from './docx-text';
import { ListNumbering, MAX_LIST_LEVEL } from './list-numbering';

/**
 * An agenda item's notes as Word paragraphs: paragraphs stay paragraphs, sub-headings become
 * Heading 3 and a heading under a sub-heading Heading 4 (so they show in the navigation pane
 * under their item), lists become real Word lists with their own numbering (see ListNumbering
 * for why each restarts).
 */
export function notesParagraphs(blocks: readonly Block[], numbering: ListNumbering): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        paragraphs.push(new Paragraph({ children: inlineRuns(block.content) }));
        break;
      case 'heading':
        // A blank sub-heading would be a blank entry in the navigation pane; a blank
        // paragraph, by contrast, is kept: it is the secretary's own spacing.
        if (xmlSafeText(inlineText(block.content)).trim() === '') break;
        paragraphs.push(new Paragraph({ heading: block.level === 2 ? HeadingLevel.HEADING_4 : HeadingLevel.HEADING_3, children: inlineRuns(block.content) }));
        break;
      case 'list':
        paragraphs.push(...listParagraphs(block, 0, numbering));
        break;
    }
  }
  return paragraphs;
}

/**
 * One list at a nesting depth. Each item's first paragraph carries the number; the item's
 * further paragraphs continue under it, indented to its text without a number; its nested
 * lists go one level deeper, each a list of its own that counts from 1 again.
 */
function listParagraphs(list: ListBlock, depth: number, numbering: ListNumbering): Paragraph[] {
  if (list.items.length === 0) return [];
  const level = Math.min(depth, MAX_LIST_LEVEL);
  const reference = numbering.startList(list.style);
  const paragraphs: Paragraph[] = [];
  for (const item of list.items) {
    const [first, ...rest] = item.content;
    // An item that opens with a nested list (or holds nothing) still gets its own numbered,
    // empty line: without it the item would vanish and the next one take its number.
    const own = first !== undefined && first.type !== 'list' ? first : undefined;
    paragraphs.push(
      new Paragraph({
        numbering: { reference, level, instance: 0 },
        children: own ? textBlockRuns(own) : [],
      }),
    );
    for (const block of own ? rest : item.content) {
      if (block.type === 'list') {
        paragraphs.push(...listParagraphs(block, depth + 1, numbering));
      } else {
        // Word's own style for a paragraph that belongs to a list item without a number of
        // its own; newer pandoc versions read it back as part of the item.
        paragraphs.push(new Paragraph({ style: 'ListParagraph', indent: { left: numbering.textIndent(level) }, children: textBlockRuns(block) }));
      }
    }
  }
  return paragraphs;
}

/**
 * Inside a list a sub-heading is drawn as bold text rather than as Heading 3: a heading
 * style would pull the line out of the list's indentation and into the navigation pane.
 */
function textBlockRuns(block: ParagraphBlock | HeadingBlock) {
  return inlineRuns(block.content, block.type === 'heading' ? { bold: true } : {});
}
