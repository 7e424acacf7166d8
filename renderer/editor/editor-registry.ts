import type { Editor } from '@tiptap/core';
import { Selection } from '@tiptap/pm/state';

/** The live editor of each agenda item, so phrases and presence lines can be typed into it. */
const editors = new Map<string, Editor>();

export function registerEditor(itemId: string, editor: Editor): () => void {
  editors.set(itemId, editor);
  return () => {
    if (editors.get(itemId) === editor) editors.delete(itemId);
  };
}

export function editorOf(itemId: string): Editor | undefined {
  return editors.get(itemId);
}

/**
 * Puts the cursor at the end of an item's notes at once. TipTap's own focus command waits one
 * more frame, in which a field opened meanwhile (Alt+4's date prompt) would lose the keyboard.
 */
export function focusNotesEnd(itemId: string): void {
  const editor = editors.get(itemId);
  if (!editor || editor.isDestroyed) return;
  const { state, view } = editor;
  view.dispatch(state.tr.setSelection(Selection.atEnd(state.doc)).scrollIntoView());
  view.focus();
}

/**
 * Adds `text` (a usual outcome, a presence line) as a paragraph of its own: after the line the
 * secretary is on when she is in the item's notes, otherwise at the end; an empty line she is on
 * is filled instead. Returns false when the item has no editor on screen.
 */
export function insertIntoNotes(itemId: string, text: string): boolean {
  const editor = editors.get(itemId);
  if (!editor) return false;
  const chain = editor.isFocused ? editor.chain().focus() : editor.chain().focus('end');
  chain.run();
  const { $from } = editor.state.selection;
  if ($from.parent.isTextblock && $from.parent.content.size === 0) {
    editor.chain().insertContent(text).run();
  } else {
    editor.chain().setTextSelection($from.end()).insertContent({ type: 'paragraph', content: [{ type: 'text', text }] }).run();
  }
  return true;
}
