import { Extension, InputRule } from '@tiptap/core';
import type { ListStyle } from '../../shared/model/rich-text';

/** What typed at the start of a line (and a space) makes a list; `shown` is how the overview writes it. */
export const LIST_MARKERS: readonly { find: RegExp; style: ListStyle; shown: string }[] = [
  { find: /^[-*]\s$/, style: 'bullet', shown: '-' },
  { find: /^1[.)]\s$/, style: 'numbered', shown: '1.' },
  { find: /^a[.)]\s$/, style: 'lettered', shown: 'a.' },
];

/**
 * Typing a list marker at the start of a list item restyles that list, as secretaries expect:
 * Tab under "1." makes a numbered sub-list, and "a. " there turns it into a lettered one.
 * Outside a list these rules step aside and the usual wrapping rules start a new list.
 */
export const ListStyleShortcuts = Extension.create({
  name: 'listStyleShortcuts',
  priority: 1000,
  addInputRules() {
    return LIST_MARKERS.map(
      ({ find, style }) =>
        new InputRule({
          find,
          handler: ({ state, range }) => {
            const $from = state.doc.resolve(range.from);
            if ($from.depth < 3 || $from.node(-1).type.name !== 'listItem' || $from.index(-1) !== 0) return null;
            const listDepth = $from.depth - 2;
            const list = $from.node(listDepth);
            const { bulletList, orderedList } = state.schema.nodes;
            if (!bulletList || !orderedList) return null;
            const type = style === 'bullet' ? bulletList : orderedList;
            const attrs = style === 'bullet' ? { id: list.attrs.id } : { ...list.attrs, start: 1, type: style === 'lettered' ? 'a' : null };
            const { tr } = state;
            tr.delete(range.from, range.to);
            tr.setNodeMarkup($from.before(listDepth), type, attrs);
          },
        }),
    );
  },
});
