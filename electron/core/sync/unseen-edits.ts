import type { UnseenValues } from '../../../shared/sync/stale-save-merge';
import type { SyncFs } from './sync-fs';
import { loadUnseenEdits, saveUnseenEdits, type UnseenSaves } from './unseen-edits-file';

/**
 * The nodes saves on a replaced version changed without seeing sync's value there
 * (mergeStaleSave), kept until a round records them as conflicts. By meeting, each with the
 * revision the save got. A meeting's revisions rise (the store hands out increasing ISO
 * times), so "saved at or before the revision a round read" is a string comparison.
 * With a workspace sync folder the notes are also on disk (unseen-edits-file.ts): a crash
 * between the save and its round must not turn her blind edit into one made on sync's value.
 */
export class UnseenEdits {
  /** Writes one after another, each of the notes as they are when it starts: the last write holds the latest. */
  private writing: Promise<void> = Promise.resolve();

  /** Without `local`, kept in memory only (the simulation). */
  constructor(
    private readonly saves: UnseenSaves = new Map(),
    private readonly local?: SyncFs,
  ) {}

  /** The notes in the workspace's sync folder `local`, as the last run left them. */
  static async open(local: SyncFs, warn: (message: string) => void): Promise<UnseenEdits> {
    return new UnseenEdits(await loadUnseenEdits(local, warn), local);
  }

  /**
   * Noted at once, and on disk when the promise resolves: the save waits for it before it is
   * written. A note that cannot be written is taken back, so the save fails with nothing noted.
   */
  async add(meetingId: string, revision: string, values: UnseenValues): Promise<void> {
    if (values.size === 0) return;
    const save = { revision, values };
    this.saves.set(meetingId, [...(this.saves.get(meetingId) ?? []), save]);
    try {
      await this.persist();
    } catch (error) {
      const left = (this.saves.get(meetingId) ?? []).filter((noted) => noted !== save);
      if (left.length > 0) this.saves.set(meetingId, left);
      else this.saves.delete(meetingId);
      throw error;
    }
  }

  /** Whether a save still waits for a round to make its nodes conflicts. */
  get pending(): boolean {
    return this.saves.size > 0;
  }

  /** A save that was not written after all. */
  drop(meetingId: string, revision: string): Promise<void> {
    return this.keep(meetingId, (save) => save.revision !== revision);
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

  /**
   * A round recorded the workspace at `revision`: the saves up to it are conflicts now. Cleared
   * on disk in the background: a note that outlives its round (a crash just after it) applies
   * only while the node shows sync's value again, and then makes a later edit a needless
   * conflict at worst, never a lost one.
   */
  recorded(meetingId: string, revision: string): void {
    void this.keep(meetingId, (save) => save.revision > revision).catch((error: unknown) => console.warn('notulist: the unseen-edits note could not be cleared:', error));
  }

  /** Resolves when every change so far is on disk. */
  settled(): Promise<void> {
    return this.writing;
  }

  private keep(meetingId: string, predicate: (save: { revision: string }) => boolean): Promise<void> {
    const before = this.saves.get(meetingId);
    if (!before) return Promise.resolve();
    const left = before.filter(predicate);
    if (left.length === before.length) return Promise.resolve();
    if (left.length > 0) this.saves.set(meetingId, left);
    else this.saves.delete(meetingId);
    return this.persist();
  }

  private persist(): Promise<void> {
    const local = this.local;
    if (!local) return Promise.resolve();
    const write = this.writing.catch(() => undefined).then(() => saveUnseenEdits(local, this.saves));
    this.writing = write;
    return write;
  }
}
