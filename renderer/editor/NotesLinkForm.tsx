import type { Editor } from '@tiptap/core';
import { useState, type FormEvent } from 'react';
import { nl } from '../i18n/nl';
import { normalizeLink } from './tiptap-blocks';

/** Asks for a link's address and puts it on the selection; an empty address removes the link. */
export function NotesLinkForm({ editor, initial, onDone }: { editor: Editor; initial: string; onDone: () => void }) {
  const [draft, setDraft] = useState(initial);
  const [invalid, setInvalid] = useState(false);

  function apply(event: FormEvent): void {
    event.preventDefault();
    const link = editor.chain().focus().extendMarkRange('link');
    if (draft.trim() === '') {
      link.unsetLink().run();
      onDone();
      return;
    }
    const href = normalizeLink(draft);
    if (!href) {
      setInvalid(true);
      return;
    }
    link.setLink({ href }).run();
    onDone();
  }

  return (
    <form className="link-form" onSubmit={apply}>
      <label>
        {nl.editor.linkPrompt}
        <input autoFocus value={draft} onChange={(event) => setDraft(event.target.value)} onKeyDown={(event) => event.key === 'Escape' && onDone()} />
      </label>
      <button type="submit">{nl.editor.linkApply}</button>
      {invalid && <span role="alert">{nl.editor.linkInvalid}</span>}
    </form>
  );
}
