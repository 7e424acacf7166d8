import { UniqueID } from '@tiptap/extension-unique-id';
import type { Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep, type Step } from '@tiptap/pm/transform';
import { replacesWithInline, skippingAppend } from './skip-append';

/** Node types whose every instance carries a stable id, for merging by id in sync. */
export const ID_NODE_TYPES = ['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem'];

/**
 * Whether a step leaves every block as it was or removes it, adding none: typed or deleted
 * text, marks. Such a step cannot leave a block without an id, or two with the same one.
 */
export function addsNoBlock(step: Step): boolean {
  return step instanceof AddMarkStep || step instanceof RemoveMarkStep || replacesWithInline(step);
}

const addsNoBlocks = (transactions: readonly Transaction[]): boolean => transactions.every((tr) => tr.steps.every(addsNoBlock));

/**
 * TipTap's UniqueID, which looks over the changed ranges of every transaction for blocks that
 * need an id: that costs each keystroke a tenth of a millisecond for nothing, as typing adds
 * no block. Only transactions that may add one (Enter, paste, lists) are looked at.
 */
export const StableIds = UniqueID.extend({
  addProseMirrorPlugins() {
    return (this.parent?.() ?? []).map((plugin) => skippingAppend(plugin, addsNoBlocks));
  },
}).configure({ types: ID_NODE_TYPES });
