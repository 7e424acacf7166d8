import { useState, type FormEvent } from 'react';
import { addSection } from '../../../shared/agenda/agenda-edit';
import { parseAgendaText, type AgendaTextWarning } from '../../../shared/agenda/agenda-text';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

function describe(warning: AgendaTextWarning): string {
  switch (warning.code) {
    case 'number-only':
      return nl.prepare.pasteWarnings['number-only'](warning.line);
    case 'empty-section':
      return nl.prepare.pasteWarnings['empty-section'](warning.section);
    case 'no-items':
      return nl.prepare.pasteWarnings['no-items'];
  }
}

/** A whole agenda in one go, pasted from the invitation: appended as new domain tables. */
export function PasteAgenda() {
  const editMeeting = useApp((state) => state.editMeeting);
  const defaultTitle = useApp((state) => state.meeting?.sections[0]?.title ?? 'Agenda');
  const [text, setText] = useState('');
  const [warnings, setWarnings] = useState<string[]>([]);

  function apply(event: FormEvent): void {
    event.preventDefault();
    const parsed = parseAgendaText(text, defaultTitle);
    setWarnings(parsed.warnings.map(describe));
    if (parsed.sections.length === 0) return;
    editMeeting((meeting) => parsed.sections.reduce(addSection, meeting));
    setText('');
  }

  return (
    <form className="paste-agenda" onSubmit={apply}>
      <label className="field">
        <span>{nl.prepare.pasteText}</span>
        <span className="hint">{nl.prepare.pasteHint}</span>
        <textarea rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {warnings.length > 0 && (
        <ul className="form-problems" role="alert">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <button type="submit" disabled={!text.trim()}>
        {nl.prepare.pasteApply}
      </button>
    </form>
  );
}
