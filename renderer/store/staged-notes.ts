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
 * the editor's document and updating the app state happen when `schedule` says (the store: after
 * the keystroke is on screen, at most every TYPING_APPLY_MS). Whatever reads or saves the meeting
 * applies them first.
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

/** How often, at most, typing reaches the meeting (and with it the save queue's clock). */
export const TYPING_APPLY_MS = 100;

/**
 * The schedule for typing: after the next paint, and no sooner than `gapMs` after the last time.
 * Each apply converts the item's notes and updates the app state for every view that listens;
 * once a frame, that was most of the work a keystroke cost beyond the editor's own (npm run
 * bench). Saving stays within its second: the queue's clock starts when the change is applied.
 */
export function atMostEvery(gapMs: number, afterPaint = afterNextPaint, now = () => performance.now()): (task: () => void) => void {
  let lastRun = -Infinity;
  return (task) => {
    const run = (): void => {
      lastRun = now();
      task();
    };
    const wait = lastRun + gapMs - now();
    if (wait <= 0) afterPaint(run);
    else setTimeout(() => afterPaint(run), wait);
  };
}
