import type { ChainedCommands, Editor } from '@tiptap/core';
import { LIMITS } from '../../shared/model/limits';
import { listDepthAfterIndent } from './list-depth-limit';

/** What the notes editor does by toolbar button or by key: one function each, so both do the same. */
export type EditorCommand =
  | 'bold'
  | 'italic'
  | 'superscript'
  | 'subheading'
  | 'subheading2'
  | 'bulletList'
  | 'numberedList'
  | 'letteredList'
  | 'indent'
  | 'outdent'
  | 'undo'
  | 'redo';

type Chain = () => ChainedCommands;

/** A numbered or lettered list: switches the list's style, or toggles the list when it has it. */
function toggleOrdered(editor: Editor, chain: Chain, type: 'a' | null): boolean {
  if (!editor.isActive('orderedList')) return chain().toggleOrderedList().updateAttributes('orderedList', { type }).run();
  if ((editor.getAttributes('orderedList').type ?? null) !== type) return chain().updateAttributes('orderedList', { type }).run();
  return chain().toggleOrderedList().run();
}

const COMMANDS: Record<EditorCommand, (editor: Editor, chain: Chain) => boolean> = {
  bold: (_, chain) => chain().toggleBold().run(),
  italic: (_, chain) => chain().toggleItalic().run(),
  superscript: (_, chain) => chain().toggleSuperscript().run(),
  subheading: (_, chain) => chain().toggleHeading({ level: 3 }).run(),
  subheading2: (_, chain) => chain().toggleHeading({ level: 4 }).run(),
  bulletList: (_, chain) => chain().toggleBulletList().run(),
  numberedList: (editor, chain) => toggleOrdered(editor, chain, null),
  letteredList: (editor, chain) => toggleOrdered(editor, chain, 'a'),
  // Beyond the deepest lists the notes may hold (LIMITS.listDepth) Tab does nothing, rather
  // than make notes that cannot be saved; true keeps the browser from moving focus instead.
  indent: (editor, chain) => listDepthAfterIndent(editor.state) > LIMITS.listDepth || chain().sinkListItem('listItem').run(),
  outdent: (_, chain) => chain().liftListItem('listItem').run(),
  undo: (_, chain) => chain().undo().run(),
  redo: (_, chain) => chain().redo().run(),
};

/**
 * Runs a command on the editor. A toolbar button passes a chain that focuses the editor first;
 * a key needs none, the editor has the focus.
 */
export function runEditorCommand(editor: Editor, command: EditorCommand, chain: Chain = () => editor.chain()): boolean {
  return COMMANDS[command](editor, chain);
}
