import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';

/**
 * Whether ProseMirror lets the browser put this typed text into the page itself: a caret, or a
 * selection within one paragraph. Any other selection is replaced by a transaction instead, and
 * the browser has then scrolled nothing.
 */
export function browserTypesInto(state: EditorState): boolean {
  const { selection } = state;
  return selection instanceof TextSelection && selection.$from.sameParent(selection.$to);
}

/**
 * Text typed into the page leaves the caret where the browser put it, and the browser has
 * already scrolled it into view. ProseMirror scrolls to the selection once more after reading
 * every such change, measuring the caret and each scrolling box around it: a forced layout on
 * every keystroke. That second scroll is left out for typed text; Enter, paste, commands and
 * typing over a wider selection still scroll as before.
 */
export const TypedTextScroll = Extension.create({
  name: 'typedTextScroll',

  addProseMirrorPlugins() {
    let typed = false;
    return [
      new Plugin({
        key: new PluginKey('typedTextScroll'),
        props: {
          handleTextInput(view) {
            // The change is read, dispatched and scrolled to within this task; the flag
            // must not outlive it.
            if (!typed && browserTypesInto(view.state)) {
              typed = true;
              queueMicrotask(() => {
                typed = false;
              });
            }
            return false;
          },
          handleScrollToSelection: () => typed,
        },
      }),
    ];
  },
});
