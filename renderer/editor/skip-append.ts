import { Plugin, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep, type Step } from '@tiptap/pm/transform';

/**
 * The plugin as it is, except that its appendTransaction is not called for transactions
 * `canSkip` knows it would leave alone: an extension that looks over every transaction's
 * changes costs each keystroke its share, though typing rarely concerns it.
 */
export function skippingAppend(plugin: Plugin, canSkip: (transactions: readonly Transaction[]) => boolean): Plugin {
  const append = plugin.spec.appendTransaction;
  if (!append) return plugin;
  return new Plugin({
    ...plugin.spec,
    appendTransaction: (transactions, oldState, newState) => (canSkip(transactions) ? undefined : append.call(plugin, transactions, oldState, newState)),
  });
}

/** Whether a step replaces a range with inline content only (typed or deleted text): it adds no block. */
export function replacesWithInline(step: Step): step is ReplaceStep {
  return step instanceof ReplaceStep && step.slice.content.content.every((node) => node.isInline);
}
