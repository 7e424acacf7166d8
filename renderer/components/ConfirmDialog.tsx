import { useEffect, useRef } from 'react';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** A third choice beside cancelling and the (dangerous) confirmation, e.g. "Opslaan". */
  alternative?: { label: string; onChoose: () => void };
}

/** A real modal <dialog>: focus is trapped, Escape cancels, and the safe choice has focus. */
export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, onConfirm, onCancel, alternative }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby="confirm-title" onCancel={onCancel}>
      <h2 id="confirm-title">{title}</h2>
      <p>{body}</p>
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        {alternative && (
          <button type="button" className="primary" onClick={alternative.onChoose}>
            {alternative.label}
          </button>
        )}
      </div>
    </dialog>
  );
}
