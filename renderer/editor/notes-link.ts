import Link from '@tiptap/extension-link';
import type { Transaction } from '@tiptap/pm/state';
import type { Step } from '@tiptap/pm/transform';
import { replacesWithInline, skippingAppend } from './skip-append';

/** Whitespace as TipTap's autolink sees it (its pattern, from DOMPurify), at the end of a text. */
const ENDS_IN_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]$/;

/**
 * Whether a step types or deletes inline content that does not end a word. Autolink looks only
 * at text that ends in whitespace (the word before it may be a link), so it leaves such a step
 * alone.
 */
export function endsNoWord(step: Step): boolean {
  if (!replacesWithInline(step)) return false;
  const { content } = step.slice;
  return !ENDS_IN_WHITESPACE.test(content.textBetween(0, content.size, ' ', ' '));
}

const endNoWord = (transactions: readonly Transaction[]): boolean => transactions.every((tr) => tr.steps.every(endsNoWord));

/** TipTap's Link, whose autolink only looks at a transaction when a word may have been finished. */
export const NotesLink = Link.extend({
  addProseMirrorPlugins() {
    return (this.parent?.() ?? []).map((plugin) => ((plugin.spec.key as { key?: string } | undefined)?.key?.startsWith('autolink$') ? skippingAppend(plugin, endNoWord) : plugin));
  },
});
