import { useEffect, useRef, useState, type FormEvent } from 'react';
import { pasteAgenda, type PastedSection } from '../../../shared/agenda/agenda-paste';
import { parseAgendaText, type AgendaTextWarning, type ParsedAgenda } from '../../../shared/agenda/agenda-text';
import type { Meeting } from '../../../shared/model/meeting';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

function describe(warning: AgendaTextWarning): string {
  switch (warning.code) {
    case 'number-only':
    case 'empty-heading':
    case 'title-line':
      return nl.prepare.pasteWarnings[warning.code](warning.line);
    case 'empty-section':
      return nl.prepare.pasteWarnings['empty-section'](warning.section);
    case 'no-items':
      return nl.prepare.pasteWarnings['no-items'];
  }
}

const parse = (text: string, meeting: Meeting): ParsedAgenda =>
  parseAgendaText(text, meeting.sections[0]?.title ?? 'Agenda', meeting.sections.map((s) => s.title));

function details(item: { subPoints: unknown[]; proposals: unknown[] }): string {
  const text = nl.prepare.pasteDetails(item.subPoints.length, item.proposals.length);
  return text ? ` · ${text}` : '';
}

/** What pasting will do, table by table, before anything changes. */
function PastePreview({ sections }: { sections: PastedSection[] }) {
  return (
    <div className="paste-preview">
      {sections.map((section, index) => (
        <section key={`${section.title}:${index}`} aria-label={section.title}>
          <h3>{section.existing ? nl.prepare.pasteExisting(section.title) : nl.prepare.pasteNew(section.title)}</h3>
          <ul>
            {section.merged.map(({ item, into }, i) => (
              <li key={`m${i}`} className="paste-preview__merged">
                {nl.prepare.pasteMerged(item.title, into)}
                {details(item)}
              </li>
            ))}
            {section.added.map((item, i) => (
              <li key={`a${i}`} className="paste-preview__added">
                {nl.prepare.pasteAdded(item.title, nl.kinds[item.kind])}
                {details(item)}
              </li>
            ))}
            {section.replacedPlaceholder && <li className="paste-preview__merged">{nl.prepare.pastePlaceholder}</li>}
          </ul>
        </section>
      ))}
    </div>
  );
}

/**
 * A whole agenda in one go, pasted from the invitation: shown as what will be added where, and
 * applied only when the secretary agrees.
 */
export function PasteAgenda() {
  const editMeeting = useApp((state) => state.editMeeting);
  const meeting = useApp((state) => state.meeting);
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<{ sections: PastedSection[]; warnings: string[] } | null>(null);
  const [done, setDone] = useState(false);
  const previewRef = useRef<HTMLDivElement>(null);
  // The preview opens below a long text: bring it (and the keyboard) to it.
  useEffect(() => previewRef.current?.focus(), [preview]);
  if (!meeting) return null;

  function showPreview(event: FormEvent): void {
    event.preventDefault();
    const parsed = parse(text, meeting!);
    setPreview({ sections: pasteAgenda(meeting!, parsed).sections, warnings: parsed.warnings.map(describe) });
    setDone(false);
  }

  function apply(): void {
    // Parsed again against the meeting as it is now: ids and places are those of this moment.
    editMeeting((current) => pasteAgenda(current, parse(text, current)).meeting);
    setPreview(null);
    setText('');
    setDone(true);
  }

  return (
    <form className="paste-agenda" onSubmit={showPreview}>
      <label className="field">
        <span>{nl.prepare.pasteText}</span>
        <span className="hint">{nl.prepare.pasteHint}</span>
        <textarea
          rows={8}
          value={text}
          readOnly={preview !== null}
          onChange={(e) => {
            setText(e.target.value);
            setDone(false);
          }}
        />
      </label>
      {done && <p role="status">{nl.prepare.pasteDone}</p>}
      {preview && (
        <div role="region" aria-label={nl.prepare.pastePreviewTitle} tabIndex={-1} ref={previewRef} className="paste-preview-panel">
          <h3>{nl.prepare.pastePreviewTitle}</h3>
          {preview.warnings.length > 0 && (
            <ul className="form-problems" role="alert">
              {preview.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          {preview.sections.length > 0 ? <PastePreview sections={preview.sections} /> : <p className="empty">{nl.prepare.pasteNothing}</p>}
          <div className="form-actions">
            <button type="button" onClick={() => setPreview(null)}>
              {nl.prepare.pasteCancel}
            </button>
            <button type="button" className="primary" disabled={preview.sections.length === 0} onClick={apply}>
              {nl.prepare.pasteApply}
            </button>
          </div>
        </div>
      )}
      {!preview && (
        <button type="submit" disabled={!text.trim()}>
          {nl.prepare.pastePreview}
        </button>
      )}
    </form>
  );
}
