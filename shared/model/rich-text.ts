import { z } from 'zod';
import { LIMITS, listDepthMessage, listDepthOf } from './limits';
import { sanitizeHref } from './links';

export { sanitizeHref };

/**
 * Notes are rich text as a tree of blocks, each with a stable id, so that a later
 * shared-folder sync can merge two devices' edits block by block.
 */

export const InlineSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  superscript: z.boolean().optional(),
  /** Target of a link; only http(s) and mailto are kept (see sanitizeHref). */
  link: z.string().optional(),
});
export type Inline = z.infer<typeof InlineSchema>;

export const LIST_STYLES = ['bullet', 'numbered', 'lettered'] as const;
export const ListStyleSchema = z.enum(LIST_STYLES);
export type ListStyle = z.infer<typeof ListStyleSchema>;

export const ParagraphBlockSchema = z.object({
  id: z.string().min(1),
  type: z.literal('paragraph'),
  content: z.array(InlineSchema),
});

/** A sub-heading inside an item's notes ("Mededelingen"). */
export const HeadingBlockSchema = z.object({
  id: z.string().min(1),
  type: z.literal('heading'),
  content: z.array(InlineSchema),
  /** Absent or 1: a sub-heading of the item; 2: a heading under such a sub-heading. */
  level: z.union([z.literal(1), z.literal(2)]).optional(),
});

export interface ListItem {
  id: string;
  /** Paragraphs and nested lists; the first block is the item's own text. */
  content: Block[];
}

export interface ListBlock {
  id: string;
  type: 'list';
  style: ListStyle;
  items: ListItem[];
}

export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;
export type Block = ParagraphBlock | HeadingBlock | ListBlock;

export const ListItemSchema: z.ZodType<ListItem> = z.lazy(() =>
  z.object({ id: z.string().min(1), content: z.array(BlockSchema) }),
);

export const ListBlockSchema: z.ZodType<ListBlock> = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    type: z.literal('list'),
    style: ListStyleSchema,
    items: z.array(ListItemSchema),
  }),
);

export const BlockSchema: z.ZodType<Block> = z.lazy(() =>
  z.union([ParagraphBlockSchema, HeadingBlockSchema, ListBlockSchema]),
);

export type Notes = Block[];

/**
 * An item's notes. Their depth is measured before the recursive schema walks them: zod's
 * recursion would overflow the stack at a few hundred levels, making a file unreadable.
 */
export const NotesSchema = z.preprocess((notes: Notes, ctx) => {
  if (listDepthOf(notes) > LIMITS.listDepth) ctx.addIssue({ code: 'custom', message: listDepthMessage(), input: notes });
  return notes;
}, z.array(BlockSchema));

/** Plain text of inline content. */
export function inlineText(content: readonly Inline[]): string {
  return content.map((part) => part.text).join('');
}

/** Every word of a block tree as plain text, one line per paragraph; for search and tests. */
export function notesPlainText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  const walk = (list: readonly Block[]): void => {
    for (const block of list) {
      if (block.type === 'list') {
        for (const item of block.items) walk(item.content);
      } else {
        lines.push(inlineText(block.content));
      }
    }
  };
  walk(blocks);
  return lines.join('\n');
}

