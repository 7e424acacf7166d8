import type { Block } from '../../shared/model/rich-text';
import { afterNextPaint } from './after-next-paint';

/** Reads an editor's notes as they were when staged: the editor may be gone by then. */
export type NotesReader = () => Block[];

export interface StagedNotes {
  /** An editor changed an item's notes; the newest reader per item wins. */
  stage(itemId: string, read: NotesReader): void;
  /** The item's staged notes, if any are waiting. */
  peek(itemId: string): Block[] | undefined;
  /** Applies every staged change now: before any other edit, a save or leaving the meeting. */
  apply(): void;
  /** Whether changes wait to be applied: they are unsaved too. */
  any(): boolean;
}

/**
 * Typing stages its notes here instead of changing the meeting on every keystroke: converting
 * the editor's document and updating the app state happen once per painted frame, after the
 * keystroke is on screen. Whatever reads or saves the meeting applies them first.
 */
export function createStagedNotes(applyNotes: (itemId: string, notes: Block[]) => void, schedule = afterNextPaint): StagedNotes {
  const staged = new Map<string, NotesReader>();
  let scheduled = false;

  function apply(): void {
    scheduled = false;
    const readers = [...staged];
    staged.clear();
    for (const [itemId, read] of readers) applyNotes(itemId, read());
  }

  return {
    stage(itemId, read) {
      staged.set(itemId, read);
      if (scheduled) return;
      scheduled = true;
      schedule(apply);
    },
    peek: (itemId) => staged.get(itemId)?.(),
    apply,
    any: () => staged.size > 0,
  };
}
