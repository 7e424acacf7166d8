// The editor's own floor, for typing and start-up: one TipTap editor with the app's extensions
// and options, in a React page built by the same Vite, holding the same notes as the app's
// current item. It fetches them as the app fetches its meeting, so both pages load data.
import { EditorContent, useEditor } from '@tiptap/react';
import { createRoot } from 'react-dom/client';
import type { Block } from '../../../shared/model/rich-text';
import { NOTES_EDITOR_OPTIONS, notesExtensions } from '../../../renderer/editor/editor-extensions';
import { blocksToDoc } from '../../../renderer/editor/tiptap-blocks';
import '../../../renderer/styles.css';

function Notes({ notes }: { notes: Block[] }) {
  const editor = useEditor({
    extensions: notesExtensions(),
    content: blocksToDoc(notes),
    ...NOTES_EDITOR_OPTIONS,
    editorProps: { attributes: { class: 'notes-editor', role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'notes', spellcheck: 'true', lang: 'nl' } },
  });
  return (
    <div className="notes">
      <EditorContent editor={editor} />
    </div>
  );
}

void fetch('./notes.json')
  .then((response) => response.json() as Promise<Block[]>)
  .then((notes) => createRoot(document.getElementById('root')!).render(<Notes notes={notes} />));
