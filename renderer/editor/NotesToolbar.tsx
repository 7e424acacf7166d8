import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useState, type FormEvent } from 'react';
import { nl } from '../i18n/nl';
import { normalizeLink } from './tiptap-blocks';

interface ToolbarProps {
  editor: Editor;
}

/** Formatting for the focused item; every button also has its keyboard shortcut in the editor. */
export function NotesToolbar({ editor }: ToolbarProps) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      superscript: e.isActive('superscript'),
      heading: e.isActive('heading', { level: 3 }),
      heading2: e.isActive('heading', { level: 4 }),
      bullet: e.isActive('bulletList'),
      numbered: e.isActive('orderedList') && e.getAttributes('orderedList').type !== 'a',
      lettered: e.isActive('orderedList', { type: 'a' }),
      link: e.isActive('link'),
    }),
  });
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const [linkError, setLinkError] = useState(false);

  const chain = () => editor.chain().focus();
  const buttons: { label: string; text: string; pressed: boolean; run: () => void }[] = [
    { label: nl.editor.bold, text: 'B', pressed: active.bold, run: () => chain().toggleBold().run() },
    { label: nl.editor.italic, text: 'I', pressed: active.italic, run: () => chain().toggleItalic().run() },
    { label: nl.editor.superscript, text: 'x²', pressed: active.superscript, run: () => chain().toggleSuperscript().run() },
    { label: nl.editor.subheading, text: 'Kop', pressed: active.heading, run: () => chain().toggleHeading({ level: 3 }).run() },
    { label: nl.editor.subheading2, text: 'Kop 2', pressed: active.heading2, run: () => chain().toggleHeading({ level: 4 }).run() },
    { label: nl.editor.bulletList, text: '•', pressed: active.bullet, run: () => chain().toggleBulletList().run() },
    { label: nl.editor.numberedList, text: '1.', pressed: active.numbered, run: () => toggleOrdered(null) },
    { label: nl.editor.letteredList, text: 'a.', pressed: active.lettered, run: () => toggleOrdered('a') },
  ];

  function toggleOrdered(type: 'a' | null): void {
    const inOrdered = editor.isActive('orderedList');
    if (inOrdered && (editor.getAttributes('orderedList').type ?? null) !== type) {
      chain().updateAttributes('orderedList', { type }).run();
    } else if (inOrdered) {
      chain().toggleOrderedList().run();
    } else {
      chain().toggleOrderedList().updateAttributes('orderedList', { type }).run();
    }
  }

  function applyLink(event: FormEvent): void {
    event.preventDefault();
    if (linkDraft === null) return;
    if (linkDraft.trim() === '') {
      chain().extendMarkRange('link').unsetLink().run();
      setLinkDraft(null);
      return;
    }
    const href = normalizeLink(linkDraft);
    if (!href) {
      setLinkError(true);
      return;
    }
    chain().extendMarkRange('link').setLink({ href }).run();
    setLinkDraft(null);
    setLinkError(false);
  }

  return (
    <div className="notes-toolbar" role="toolbar" aria-label={nl.editor.toolbar}>
      {buttons.map((button) => (
        <button
          key={button.label}
          type="button"
          aria-label={button.label}
          title={button.label}
          aria-pressed={button.pressed}
          // Keep the caret in the editor: the click must not move focus to the button.
          onMouseDown={(event) => event.preventDefault()}
          onClick={button.run}
        >
          {button.text}
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
      {linkDraft !== null && (
        <form className="link-form" onSubmit={applyLink}>
          <label>
            {nl.editor.linkPrompt}
            <input autoFocus value={linkDraft} onChange={(event) => setLinkDraft(event.target.value)} onKeyDown={(event) => event.key === 'Escape' && setLinkDraft(null)} />
          </label>
          <button type="submit">{nl.editor.linkApply}</button>
          {linkError && <span role="alert">{nl.editor.linkInvalid}</span>}
        </form>
      )}
    </div>
  );
}
