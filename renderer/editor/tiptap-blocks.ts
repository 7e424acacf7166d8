import type { JSONContent } from '@tiptap/core';
import { newId } from '../../shared/model/ids';
import { LIMITS } from '../../shared/model/limits';
import { sanitizeHref } from '../../shared/model/links';
import type { Block, Inline, ListItem, ListStyle } from '../../shared/model/rich-text';

/**
 * The editor's document (TipTap JSON) and the stored notes (Block[]) in both directions.
 * Pure, so it is tested without a browser; ids travel both ways unchanged.
 */

const idOf = (node: JSONContent): string => {
  const id: unknown = node.attrs?.id;
  return typeof id === 'string' && id !== '' ? id : newId();
};

type Marks = Omit<Inline, 'text'>;

/** A link as typed ("www.regiogv.nl") gets https://; anything but web and mail is dropped. */
export function normalizeLink(href: string): string | undefined {
  const trimmed = href.trim();
  return sanitizeHref(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
}

function marksOf(node: JSONContent): Marks {
  const marks: Marks = {};
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') marks.bold = true;
    else if (mark.type === 'italic') marks.italic = true;
    else if (mark.type === 'superscript') marks.superscript = true;
    else if (mark.type === 'link') {
      const href = normalizeLink(String(mark.attrs?.href ?? ''));
      if (href) marks.link = href;
    }
  }
  return marks;
}

const sameMarks = (a: Marks, b: Marks): boolean =>
  a.bold === b.bold && a.italic === b.italic && a.superscript === b.superscript && a.link === b.link;

function inlinesOf(node: JSONContent): Inline[] {
  const inlines: Inline[] = [];
  for (const child of node.content ?? []) {
    const text = child.type === 'hardBreak' ? '\n' : child.type === 'text' ? (child.text ?? '') : '';
    if (!text) continue;
    // A line break carries the marks of the text before it, so runs merge across it.
    const marks = child.type === 'hardBreak' ? { ...(inlines.at(-1) ?? {}), text: undefined } : marksOf(child);
    const previous = inlines.at(-1);
    if (previous && sameMarks(previous, marks)) previous.text += text;
    else inlines.push({ text, ...stripUndefined(marks) });
  }
  return inlines;
}

function stripUndefined(marks: Partial<Inline>): Marks {
  const clean: Marks = {};
  if (marks.bold) clean.bold = true;
  if (marks.italic) clean.italic = true;
  if (marks.superscript) clean.superscript = true;
  if (marks.link) clean.link = marks.link;
  return clean;
}

function listStyleOf(node: JSONContent): ListStyle {
  if (node.type === 'bulletList') return 'bullet';
  return node.attrs?.type === 'a' ? 'lettered' : 'numbered';
}

const isEmptyParagraph = (block: Block | undefined): boolean => block?.type === 'paragraph' && block.content.length === 0;

/**
 * The editor always ends in a paragraph (an empty one after a list, to type on after it); such
 * trailing empty paragraphs are the editor's, not the secretary's, and are not stored.
 */
export function docToBlocks(doc: JSONContent): Block[] {
  const blocks = nodesToBlocks(doc);
  while (isEmptyParagraph(blocks.at(-1))) blocks.pop();
  return blocks;
}

/**
 * `depth` is the number of lists around the nodes. A list deeper than the notes may hold (a
 * paste; Tab stops at the limit) gives its items' blocks to the item around it: the text is
 * kept, only that nesting is lost, and the notes stay savable.
 */
function nodesToBlocks(doc: JSONContent, depth = 0): Block[] {
  const blocks: Block[] = [];
  for (const node of doc.content ?? []) {
    switch (node.type) {
      case 'paragraph':
        blocks.push({ id: idOf(node), type: 'paragraph', content: inlinesOf(node) });
        break;
      case 'heading':
        // The editor's h3 is a sub-heading, its h4 the level under it.
        blocks.push({ id: idOf(node), type: 'heading', content: inlinesOf(node), ...(node.attrs?.level === 4 ? { level: 2 as const } : {}) });
        break;
      case 'bulletList':
      case 'orderedList':
        if (depth >= LIMITS.listDepth) {
          for (const item of node.content ?? []) blocks.push(...nodesToBlocks(item, depth));
          break;
        }
        blocks.push({
          id: idOf(node),
          type: 'list',
          style: listStyleOf(node),
          items: (node.content ?? []).map((item): ListItem => ({ id: idOf(item), content: nodesToBlocks(item, depth + 1) })),
        });
        break;
      default:
        // Anything pasted that the schema does not know keeps its text as a paragraph.
        blocks.push({ id: idOf(node), type: 'paragraph', content: inlinesOf(node) });
    }
  }
  return blocks;
}

function inlineToNodes(inline: Inline): JSONContent[] {
  const marks: NonNullable<JSONContent['marks']> = [];
  if (inline.bold) marks.push({ type: 'bold' });
  if (inline.italic) marks.push({ type: 'italic' });
  if (inline.superscript) marks.push({ type: 'superscript' });
  if (inline.link) marks.push({ type: 'link', attrs: { href: inline.link } });
  const nodes: JSONContent[] = [];
  inline.text.split('\n').forEach((part, index) => {
    if (index > 0) nodes.push({ type: 'hardBreak' });
    if (part) nodes.push(marks.length ? { type: 'text', text: part, marks } : { type: 'text', text: part });
  });
  return nodes;
}

function textBlock(type: 'paragraph' | 'heading', id: string, content: Inline[], headingLevel?: 1 | 2): JSONContent {
  const attrs = type === 'heading' ? { id, level: headingLevel === 2 ? 4 : 3 } : { id };
  const children = content.flatMap(inlineToNodes);
  return children.length ? { type, attrs, content: children } : { type, attrs };
}

function blockToNode(block: Block): JSONContent {
  if (block.type === 'heading') return textBlock('heading', block.id, block.content, block.level);
  if (block.type !== 'list') return textBlock(block.type, block.id, block.content);
  const items = block.items.map((item) => ({
    type: 'listItem',
    attrs: { id: item.id },
    // A list item must start with a paragraph in the editor's schema.
    content: item.content.length && item.content[0]!.type === 'paragraph' ? item.content.map(blockToNode) : [{ type: 'paragraph', attrs: { id: newId() } }, ...item.content.map(blockToNode)],
  }));
  if (block.style === 'bullet') return { type: 'bulletList', attrs: { id: block.id }, content: items };
  return { type: 'orderedList', attrs: { id: block.id, start: 1, type: block.style === 'lettered' ? 'a' : null }, content: items };
}

export function blocksToDoc(blocks: readonly Block[]): JSONContent {
  return { type: 'doc', content: blocks.length ? blocks.map(blockToNode) : [{ type: 'paragraph', attrs: { id: newId() } }] };
}
