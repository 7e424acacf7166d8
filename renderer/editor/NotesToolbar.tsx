import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useState } from 'react';
import { nl } from '../i18n/nl';
import { runEditorCommand, type EditorCommand } from './editor-commands';
import { editorShortcutKeys } from './editor-shortcuts';
import { NotesLinkForm } from './NotesLinkForm';

interface ToolbarProps {
  editor: Editor;
}

type ButtonCommand = Extract<EditorCommand, keyof typeof nl.editor.buttonText>;

/** The toolbar's buttons, in order; each runs the command its key runs. */
const BUTTONS: readonly ButtonCommand[] = ['bold', 'italic', 'superscript', 'subheading', 'subheading2', 'bulletList', 'numberedList', 'letteredList'];

/** A button's tooltip: what it does, and its key from the one definition of the editor's keys. */
function titleOf(command: ButtonCommand): string {
  const keys = editorShortcutKeys(command);
  return keys ? nl.editor.withKeys(nl.editor[command], keys) : nl.editor[command];
}

/** Formatting for the focused item; a button and its keyboard shortcut run the same command. */
export function NotesToolbar({ editor }: ToolbarProps) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }): Record<ButtonCommand | 'link', boolean> => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      superscript: e.isActive('superscript'),
      subheading: e.isActive('heading', { level: 3 }),
      subheading2: e.isActive('heading', { level: 4 }),
      bulletList: e.isActive('bulletList'),
      numberedList: e.isActive('orderedList') && e.getAttributes('orderedList').type !== 'a',
      letteredList: e.isActive('orderedList', { type: 'a' }),
      link: e.isActive('link'),
    }),
  });
  const [linkDraft, setLinkDraft] = useState<string | null>(null);

  return (
    <div className="notes-toolbar" role="toolbar" aria-label={nl.editor.toolbar}>
      {BUTTONS.map((command) => (
        <button
          key={command}
          type="button"
          aria-label={nl.editor[command]}
          title={titleOf(command)}
          aria-pressed={active[command]}
          // Keep the caret in the editor: the click must not move focus to the button.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => runEditorCommand(editor, command, () => editor.chain().focus())}
        >
          {nl.editor.buttonText[command]}
        </button>
      ))}
      <button
        type="button"
        aria-label={nl.editor.link}
        title={nl.editor.link}
        aria-pressed={active.link}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setLinkDraft(String(editor.getAttributes('link').href ?? ''))}
      >
        {nl.editor.link}
      </button>
      {linkDraft !== null && <NotesLinkForm editor={editor} initial={linkDraft} onDone={() => setLinkDraft(null)} />}
    </div>
  );
}
