import { EditorContent, useEditor } from '@tiptap/react';
import type { Block } from '../../shared/model/rich-text';
import { NOTES_EDITOR_OPTIONS, notesExtensions } from './editor-extensions';
import { blocksToDoc } from './tiptap-blocks';

export function BareNotes({ notes, itemId }: { notes: Block[]; itemId: string }) {
  const editor = useEditor({
    extensions: notesExtensions(),
    content: blocksToDoc(notes),
    ...NOTES_EDITOR_OPTIONS,
    editorProps: { attributes: { class: 'notes-editor', role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'notes', spellcheck: 'true', lang: 'nl', 'data-item-id': itemId } },
  });
  return (
    <div className="notes">
      <EditorContent editor={editor} />
    </div>
  );
}
