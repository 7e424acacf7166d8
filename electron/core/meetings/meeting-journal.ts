import { join } from 'node:path';
import { contract } from '../../../shared/api/contract';
import type { Meeting } from '../../../shared/model/meeting';
import { JournalWriter, readJournal, truncateJournal } from '../storage/journal-file';
import { applySavedChanges, type SavedChanges } from './saved-changes';

/**
 * A meeting's saves while typing go to meetings/<id>.journal first: one small append and
 * fdatasync per save instead of writing the whole file anew (temp file, fsync, rename, folder
 * fsync). A checkpoint later writes the whole meeting to meetings/<id>.json as every save did
 * before, and empties the journal (docs/architecture.md, Saving).
 */

export const JOURNAL_SUFFIX = '.journal';

/** When a checkpoint runs: this long after the last save, or at once when the journal grows past these. */
export const CHECKPOINT_AFTER = { idleMs: 2_000, records: 100, bytes: 512 * 1024 };

export function journalFileOf(meetingsDir: string, id: string): string {
  return join(meetingsDir, `${id}${JOURNAL_SUFFIX}`);
}

export interface ReplayOutcome {
  meeting: Meeting;
  /** Records applied: those the file did not hold yet. */
  applied: number;
  /** Why replaying stopped before the end; the records before it are applied. */
  problem?: string;
}

/** A record's payload as its save wrote it; a string when it is not one. */
export function parseJournalRecord(payload: string): SavedChanges | string {
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return 'a record is not JSON';
  }
  const parsed = contract.saveMeetingChanges.args.safeParse(raw);
  if (!parsed.success) return 'a record is not a save of changes';
  return { ...parsed.data, items: parsed.data.items ?? [] };
}

/**
 * The meeting file's version with the journal's saves applied in order. A record whose revision
 * the file already has is skipped (its checkpoint was done, the journal not yet emptied). A
 * record made on another revision than the one reached stops the replay: the file was replaced
 * meanwhile, and the changes cannot be placed.
 */
export function replayJournal(meeting: Meeting, records: readonly (SavedChanges | string)[]): ReplayOutcome {
  let current = meeting;
  let applied = 0;
  for (const record of records) {
    if (typeof record === 'string') return { meeting: current, applied, problem: record };
    if (record.meeting.updatedAt <= current.updatedAt) continue;
    if (record.base !== current.updatedAt) {
      const problem = `a save of revision ${record.meeting.updatedAt} was made on ${record.base}, but the meeting file is at ${current.updatedAt}`;
      return { meeting: current, applied, problem };
    }
    try {
      const sections = applySavedChanges(new Map(current.sections.map((section) => [section.id, section])), record);
      current = { ...record.meeting, sections };
    } catch (error) {
      return { meeting: current, applied, problem: error instanceof Error ? error.message : String(error) };
    }
    applied += 1;
  }
  return { meeting: current, applied };
}

/** A meeting's file as the journal beside it makes it (read-only: for readers outside the store, e.g. the CLI). */
export async function withJournal(file: string, meeting: Meeting): Promise<ReplayOutcome & { corrupt?: string }> {
  if (!file.endsWith('.json')) return { meeting, applied: 0 };
  const contents = await readJournal(`${file.slice(0, -'.json'.length)}${JOURNAL_SUFFIX}`);
  const outcome = replayJournal(meeting, contents.records.map(parseJournalRecord));
  return contents.corrupt ? { ...outcome, corrupt: contents.corrupt.reason } : outcome;
}

/**
 * A checkpoint that failed loses nothing: the journal keeps the saves (and a read still gives
 * them), the next checkpoint or start writes them.
 */
export function warnCheckpoint(id: string, error: unknown): void {
  console.warn(`notulist: meeting ${id}: its journaled saves could not be written into its file yet (${error instanceof Error ? error.message : String(error)})`);
}

interface Pending {
  /** The meeting as the journal makes it: what a checkpoint writes. */
  meeting: Meeting;
  records: number;
  bytes: number;
  timer?: NodeJS.Timeout;
}

/**
 * The journals of one store's meetings: appends, what each holds that its file does not, and
 * when to checkpoint. The checkpoint itself is the store's (`checkpoint`), run in its queue.
 */
export class MeetingJournal {
  private readonly pending = new Map<string, Pending>();
  /** Journals open for appending, kept open while their meeting is being saved. */
  private readonly writers = new Map<string, JournalWriter>();
  /** Journals an append failed on, which may end in part of a record. */
  private readonly torn = new Set<string>();
  /** Meetings whose journal this store replayed, or is replaying, or wrote itself. */
  private readonly replayed = new Set<string>();
  private stopped = false;

  constructor(
    private readonly meetingsDir: string,
    private readonly checkpoint: (id: string) => Promise<void>,
  ) {}

  fileOf(id: string): string {
    return journalFileOf(this.meetingsDir, id);
  }

  /** The meeting as the journal holds it, when it holds what the file does not. */
  latest(id: string): Meeting | undefined {
    return this.pending.get(id)?.meeting;
  }

  /** Whether meeting `id`'s journal on disk still has to be replayed by this store: true once, for the caller to do it. */
  claimReplay(id: string): boolean {
    if (this.replayed.has(id)) return false;
    this.replayed.add(id);
    return true;
  }

  pendingIds(): string[] {
    return [...this.pending.keys()];
  }

  /**
   * Appends a save and returns once the disk has it; `meeting` is the meeting it makes. False
   * when the journal cannot be written: the caller then saves the whole meeting instead.
   */
  async append(changes: SavedChanges, meeting: Meeting): Promise<boolean> {
    const id = meeting.id;
    if (this.torn.has(id)) return false;
    let bytes: number;
    try {
      bytes = await (await this.writerOf(id)).append(JSON.stringify(changes));
    } catch (error) {
      console.warn(`notulist: the journal of meeting ${id} cannot be written (${error instanceof Error ? error.message : String(error)}); saving the whole meeting`);
      await this.closeWriter(id).catch(() => undefined);
      // A failed append may have left part of its record: no more appends until a whole write emptied it.
      this.torn.add(id);
      return false;
    }
    const before = this.pending.get(id);
    this.noteHeld(id, meeting, (before?.records ?? 0) + 1, (before?.bytes ?? 0) + bytes);
    return true;
  }

  /** The journal holds `meeting` (replayed after a crash): a checkpoint is due. */
  noteHeld(id: string, meeting: Meeting, records = 1, bytes = 0): void {
    const state: Pending = { meeting, records, bytes };
    clearTimeout(this.pending.get(id)?.timer);
    this.pending.set(id, state);
    if (this.stopped) return;
    const full = records >= CHECKPOINT_AFTER.records || bytes >= CHECKPOINT_AFTER.bytes;
    state.timer = setTimeout(() => void this.checkpointQuietly(id), full ? 0 : CHECKPOINT_AFTER.idleMs);
    // A pending checkpoint must not keep a CLI run alive: the next start replays the journal.
    state.timer.unref();
  }

  /**
   * Empties the journal once its file holds everything in it. Should that fail, what it holds is
   * older than the file (a start skips it) and it takes no appends until emptied.
   */
  async clear(id: string): Promise<void> {
    if (!this.pending.has(id) && !this.torn.has(id)) return;
    clearTimeout(this.pending.get(id)?.timer);
    this.pending.delete(id);
    const writer = this.writers.get(id);
    try {
      await (writer ? writer.truncate() : truncateJournal(this.fileOf(id)));
      this.torn.delete(id);
    } catch (error) {
      this.torn.add(id);
      console.warn(`notulist: the journal ${this.fileOf(id)} cannot be emptied (${error instanceof Error ? error.message : String(error)}); whole saves until it can`);
    }
  }

  /** Closes the meeting's journal: it is about to go (the meeting moves to trash). */
  async forget(id: string): Promise<void> {
    clearTimeout(this.pending.get(id)?.timer);
    this.pending.delete(id);
    await this.closeWriter(id);
  }

  /** No more timed checkpoints, journals closed: the core is closing (it checkpointed what was left). */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const state of this.pending.values()) clearTimeout(state.timer);
    for (const id of [...this.writers.keys()]) await this.closeWriter(id);
  }

  private async writerOf(id: string): Promise<JournalWriter> {
    let writer = this.writers.get(id);
    if (!writer) {
      // After a start every journal was replayed and emptied, not removed: a missing one is new.
      writer = await JournalWriter.open(this.fileOf(id), true);
      this.replayed.add(id);
      this.writers.set(id, writer);
    }
    return writer;
  }

  private async closeWriter(id: string): Promise<void> {
    const writer = this.writers.get(id);
    this.writers.delete(id);
    await writer?.close();
  }

  private async checkpointQuietly(id: string): Promise<void> {
    await this.checkpoint(id).catch((error: unknown) => warnCheckpoint(id, error));
  }
}
