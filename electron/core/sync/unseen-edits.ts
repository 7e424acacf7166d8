import type { UnseenValues } from '../../../shared/sync/stale-save-merge';

/**
 * The nodes saves on a replaced version changed without seeing sync's value there
 * (mergeStaleSave), kept until a round records them as conflicts. By meeting, each with the
 * revision the save got. A meeting's revisions rise (the store hands out increasing ISO
 * times), so "saved at or before the revision a round read" is a string comparison.
 * Kept in memory: a round follows a save within seconds, and closing the core runs one first.
 */
export class UnseenEdits {
  private readonly saves = new Map<string, { revision: string; values: UnseenValues }[]>();

  add(meetingId: string, revision: string, values: UnseenValues): void {
    if (values.size === 0) return;
    this.saves.set(meetingId, [...(this.saves.get(meetingId) ?? []), { revision, values }]);
  }

  /** Whether a save still waits for a round to make its nodes conflicts. */
  get pending(): boolean {
    return this.saves.size > 0;
  }

  /** A save that was not written after all. */
  drop(meetingId: string, revision: string): void {
    this.keep(meetingId, (save) => save.revision !== revision);
  }

  /** The unseen nodes of the saves up to `revision`; for a node in several, the earliest sync value (the one the round's state shows). */
  upTo(meetingId: string, revision: string): UnseenValues {
    const values: UnseenValues = new Map();
    for (const save of this.saves.get(meetingId) ?? []) {
      if (save.revision > revision) continue;
      for (const [node, value] of save.values) if (!values.has(node)) values.set(node, value);
    }
    return values;
  }

  /** A round recorded the workspace at `revision`: the saves up to it are conflicts now. */
  recorded(meetingId: string, revision: string): void {
    this.keep(meetingId, (save) => save.revision > revision);
  }

  private keep(meetingId: string, predicate: (save: { revision: string }) => boolean): void {
    const left = (this.saves.get(meetingId) ?? []).filter(predicate);
    if (left.length > 0) this.saves.set(meetingId, left);
    else this.saves.delete(meetingId);
  }
}
