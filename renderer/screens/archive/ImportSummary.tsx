import { useEffect, useRef } from 'react';
import { formatDutchDate } from '../../../shared/format/dates';
import { nl } from '../../i18n/nl';
import type { DocumentOutcome } from '../../store/archive-slice';
import { useApp } from '../../store/store-context';

/** What became of one document, in the secretary's words. */
function outcomeText(outcome: DocumentOutcome): string {
  switch (outcome.outcome) {
    case 'imported': {
      const parts = [nl.archive.imported(outcome.meeting.name, formatDutchDate(outcome.meeting.date))];
      if (outcome.kept.unplacedBlocks > 0) parts.push(nl.archive.importedWithNotes);
      if (outcome.kept.images > 0) parts.push(nl.archive.imagesLeftOut(outcome.kept.images));
      return parts.join(' ');
    }
    case 'duplicate':
      return nl.archive.duplicate(outcome.meeting.name, formatDutchDate(outcome.meeting.date));
    case 'failed':
      return nl.archive.problems[outcome.problem];
    case 'error':
      return nl.archive.failedCall(outcome.message);
  }
}

/** The import's progress while it runs, then its summary: a line per document, each meeting to open. */
export function ImportSummary() {
  const state = useApp((s) => s.archiveImport);
  const close = useApp((s) => s.closeImportSummary);
  const openMeeting = useApp((s) => s.openMeeting);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  if (!state) return null;
  const count = (kind: DocumentOutcome['outcome']) => state.outcomes.filter((outcome) => outcome.outcome === kind).length;
  const failed = count('failed') + count('error');

  return (
    <dialog ref={dialog} className="versions-dialog" aria-labelledby="import-title" onCancel={(event) => (state.running ? event.preventDefault() : close())}>
      <h2 id="import-title">{nl.archive.title}</h2>
      <p role="status">{state.running ? nl.archive.progress(state.outcomes.length, state.total) : nl.archive.summary(count('imported'), count('duplicate'), failed)}</p>
      {state.running && <progress max={state.total} value={state.outcomes.length} aria-label={nl.archive.title} />}
      <ul aria-label={nl.archive.title}>
        {state.outcomes.map((outcome, index) => (
          <li key={`${index}-${outcome.fileName}`}>
            <p>
              <strong>{outcome.fileName}</strong>
              <br />
              {outcomeText(outcome)}
            </p>
            {(outcome.outcome === 'imported' || outcome.outcome === 'duplicate') && (
              <button
                type="button"
                className="quiet"
                aria-label={nl.archive.openLabel(outcome.meeting.name, formatDutchDate(outcome.meeting.date))}
                onClick={() => {
                  close();
                  void openMeeting(outcome.meeting.id);
                }}
              >
                {nl.archive.open}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={state.running} onClick={close}>
          {nl.archive.close}
        </button>
      </div>
    </dialog>
  );
}
