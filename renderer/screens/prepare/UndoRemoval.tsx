import { useCallback, useState } from 'react';
import { restoreRemoved, type Removal, type Removed } from '../../../shared/agenda/agenda-removal';
import type { Meeting } from '../../../shared/model/meeting';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

export interface UndoableRemoval {
  removed: Removed | null;
  /** Removes through `removal` and remembers what went, for "Ongedaan maken". */
  remove(removal: (meeting: Meeting) => Removal): void;
  undo(): void;
  dismiss(): void;
}

/** The last removal of a domain table or item in the agenda editor; a newer one replaces it. */
export function useUndoableRemoval(): UndoableRemoval {
  const editMeeting = useApp((state) => state.editMeeting);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const remove = useCallback(
    (removal: (meeting: Meeting) => Removal) => {
      let gone: Removed | undefined;
      editMeeting((meeting) => {
        const result = removal(meeting);
        gone = result.removed;
        return result.meeting;
      });
      if (gone) setRemoved(gone);
    },
    [editMeeting],
  );
  const undo = useCallback(() => {
    if (removed) editMeeting((meeting) => restoreRemoved(meeting, removed));
    setRemoved(null);
  }, [editMeeting, removed]);
  return { removed, remove, undo, dismiss: useCallback(() => setRemoved(null), []) };
}

/** "Agendapunt … verwijderd. Ongedaan maken": stays until undone, closed or replaced. */
export function UndoRemoval({ removed, undo, dismiss }: UndoableRemoval) {
  if (!removed) return null;
  const message =
    removed.kind === 'section'
      ? nl.prepare.removedSection(removed.section.title || nl.prepare.sectionTitle)
      : nl.prepare.removedItem(removed.item.title || nl.prepare.itemTitle);
  return (
    <div className="undo-notice" role="status">
      <span>{message}</span>
      <button type="button" className="primary" onClick={undo}>
        {nl.prepare.undoRemoval}
      </button>
      <button type="button" className="quiet" aria-label={nl.prepare.dismissUndo} onClick={dismiss}>
        ✕
      </button>
    </div>
  );
}
