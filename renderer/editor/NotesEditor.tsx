import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { memo, useEffect, useState } from 'react';
import type { Block } from '../../shared/model/rich-text';
import { nl } from '../i18n/nl';
import { NOTES_EDITOR_OPTIONS, notesExtensions } from './editor-extensions';
import { registerEditor } from './editor-registry';
import { isWordHtml, wordHtmlToCleanHtml } from './word-paste';
import { NotesToolbar } from './NotesToolbar';
import { blocksToDoc, docToBlocks } from './tiptap-blocks';

interface NotesEditorProps {
  itemId: string;
  itemTitle: string;
  /** Read once when the editor mounts: the editor owns its text afterwards. */
  initialNotes: Block[];
  /** Given a reader of the notes, not the notes: converting waits until the keystroke is painted. */
  onChange: (itemId: string, read: () => Block[]) => void;
}

/**
 * One editor per agenda item, so typing touches one small document however long the meeting is.
 * Memoized on the item id: the meeting's state changing elsewhere never re-renders it.
 */
export const NotesEditor = memo(
  function NotesEditor({ itemId, itemTitle, initialNotes, onChange }: NotesEditorProps) {
    const [focused, setFocused] = useState(false);
    const editor = useEditor({
      extensions: notesExtensions(),
      content: blocksToDoc(initialNotes),
      ...NOTES_EDITOR_OPTIONS,
      editorProps: {
        transformPastedHTML: (html) => (isWordHtml(html) ? wordHtmlToCleanHtml(html) : html),
        attributes: {
          class: 'notes-editor',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': nl.meeting.notesLabel(itemTitle),
          'data-item-id': itemId,
          spellcheck: 'true',
          lang: 'nl',
        },
      },
      onUpdate: ({ editor: e }) => {
        // Documents are immutable: this one stays as it is, whatever the editor does next.
        const doc = e.state.doc;
        onChange(itemId, () => docToBlocks(doc.toJSON() as JSONContent));
      },
    });

    useEffect(() => (editor ? registerEditor(itemId, editor) : undefined), [editor, itemId]);

    return (
      <div
        className={focused ? 'notes notes--focused' : 'notes'}
        onFocus={() => setFocused(true)}
        // The toolbar's link field is inside this box: leaving for it keeps the toolbar open.
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
        }}
      >
        {editor && focused && <NotesToolbar editor={editor} />}
        <EditorContent editor={editor} />
      </div>
    );
  },
  (previous, next) => previous.itemId === next.itemId && previous.itemTitle === next.itemTitle,
);
