import { wrappingInputRule, type Extensions } from '@tiptap/core';
import { OrderedList } from '@tiptap/extension-list';
import { Superscript } from '@tiptap/extension-superscript';
import StarterKit from '@tiptap/starter-kit';
import { EditorShortcutKeys } from './editor-shortcuts';
import { LIST_MARKERS, ListStyleShortcuts } from './list-style-shortcuts';
import { NotesLink } from './notes-link';
import { StableIds } from './stable-ids';
import { TypedTextScroll } from './typed-text-scroll';
import { normalizeLink } from './tiptap-blocks';

/** "a. " at the start of a line starts a lettered list, as "1. " starts a numbered one. */
export const LETTERED_LIST_INPUT = LIST_MARKERS.find((marker) => marker.style === 'lettered')!.find;

const OrderedListWithLetters = OrderedList.extend({
  addInputRules() {
    return [
      ...(this.parent?.() ?? []),
      wrappingInputRule({
        find: LETTERED_LIST_INPUT,
        type: this.type,
        getAttributes: () => ({ start: 1, type: 'a' }),
        // Continue an adjacent lettered list instead of starting a second one.
        joinPredicate: (_match, node) => node.attrs.type === 'a',
      }),
    ];
  },
});

/** What a secretary needs in minutes, and nothing the resumé cannot show. */
export function notesExtensions(): Extensions {
  return [
    StarterKit.configure({
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      orderedList: false,
      heading: { levels: [3, 4] },
      link: false,
    }),
    NotesLink.configure({
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => normalizeLink(url) !== undefined,
    }),
    ListStyleShortcuts,
    EditorShortcutKeys,
    OrderedListWithLetters,
    Superscript,
    StableIds,
    TypedTextScroll,
  ];
}

/**
 * The options every notes editor is made with (the app's, and the benchmark's bare TipTap floor,
 * so the floor measures the same editor): no re-render per transaction; no injected <style>,
 * which the Content-Security-Policy forbids (its few essential rules are in styles.css); no
 * core delete events, which look over every transaction's changes while nothing listens.
 */
export const NOTES_EDITOR_OPTIONS = { shouldRerenderOnTransaction: false, injectCSS: false, enableCoreExtensions: { delete: false } } as const;
