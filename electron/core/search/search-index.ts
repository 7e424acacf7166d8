import { decisionsAndActionsOf } from '../../../shared/search/decisions-and-actions';
import { SearchEngine } from '../../../shared/search/search-engine';
import type { Meeting } from '../../../shared/model/meeting';
import type { MeetingStore } from '../meetings/meeting-store';
import { identityOf } from '../storage/known-versions';
import { readMeetingFile, readSearchIndex, writeSearchIndex, type IndexedMeeting, type StoredIndex } from './search-index-file';

/** Saves come a second apart while typing: the index file is written once they pause, not after each. */
const WRITE_DELAY_MS = 3000;

export interface SearchIndexSources {
  workspaceDir: string;
  store: MeetingStore;
  /** The meetings the workspace lists (their files may be missing or unreadable). */
  meetingIds: () => string[];
  /** The settings' subject of a decision made from proposals. */
  decisionSubject: () => string;
  /** A workspace that may not be written keeps its index in memory only. */
  readOnly: () => boolean;
}

/**
 * The search index of every meeting, kept in the workspace as search-index.json. Read (or built)
 * the first time a search needs it, then kept in step with every meeting the store writes or
 * deletes. On reading, every meeting whose file is not the version it indexed is indexed again:
 * a save the index file missed (a crash before it was written) or another program's change.
 * Changes are applied one at a time, in order.
 */
export class SearchIndex {
  private opened: Promise<StoredIndex> | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;
  /** Meetings written (with their latest version) or deleted (undefined) since the index last took them in. */
  private readonly pending = new Map<string, Meeting | undefined>();

  constructor(private readonly sources: SearchIndexSources) {
    sources.store.onChange((id, meeting) => {
      // Not yet read: reading it will find this meeting's new file anyway. Read: the meeting is
      // indexed again at the next search, so saves while typing never pay for indexing.
      if (this.opened) this.pending.set(id, meeting);
    });
  }

  /** The index with every change so far applied. */
  current(): Promise<StoredIndex> {
    return this.inTurn(async (index) => {
      await this.applyPending(index);
      return index;
    });
  }

  /** Writes what is not yet written: on closing the core. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.opened) return;
    await this.inTurn(async (index) => {
      await this.applyPending(index);
      if (!this.dirty || this.sources.readOnly()) return;
      await writeSearchIndex(this.sources.workspaceDir, index);
      this.dirty = false;
    });
  }

  private inTurn<T>(step: (index: StoredIndex) => Promise<T>): Promise<T> {
    // Should reading fail (a folder that went away), the next search tries again.
    this.opened ??= this.queued(() => this.open()).catch((error: unknown) => {
      this.opened = undefined;
      throw error;
    });
    const opened = this.opened;
    return this.queued(async () => step(await opened));
  }

  private queued<T>(step: () => Promise<T>): Promise<T> {
    const result = this.chain.then(step);
    this.chain = result.catch(() => undefined);
    return result;
  }

  private async open(): Promise<StoredIndex> {
    // Meeting files are read below: journaled saves go into them first.
    await this.sources.store.checkpointAll();
    const subject = this.sources.decisionSubject();
    const stored = await readSearchIndex(this.sources.workspaceDir);
    const listed = new Set(this.sources.meetingIds());
    if (stored?.decisionSubject !== subject) return this.build(subject, listed);
    for (const id of stored.meetings.keys()) if (!listed.has(id)) this.drop(stored, id);
    for (const id of listed) {
      const identity = await identityOf(this.sources.store.fileOf(id));
      if (identity !== undefined && stored.meetings.get(id)?.identity === identity) continue;
      const meeting = await readMeetingFile(this.sources.store.fileOf(id), id);
      if (meeting) await this.put(stored, meeting);
      else this.drop(stored, id);
    }
    if (this.dirty) this.scheduleWrite();
    return stored;
  }

  /** The whole index anew, every meeting file read once. */
  private async build(decisionSubject: string, ids: Iterable<string>): Promise<StoredIndex> {
    const engine = new SearchEngine();
    const meetings = new Map<string, IndexedMeeting>();
    for (const id of ids) {
      const file = this.sources.store.fileOf(id);
      const identity = (await identityOf(file)) ?? '';
      const meeting = await readMeetingFile(file, id);
      if (meeting) meetings.set(id, this.entry(meeting, identity, engine.addMeeting(meeting), decisionSubject));
    }
    this.dirty = true;
    this.scheduleWrite();
    return { decisionSubject, meetings, engine };
  }

  private entry(meeting: Meeting, identity: string, documents: string[], decisionSubject: string): IndexedMeeting {
    return { identity, documents, sections: meeting.sections.map((section) => section.title), rows: decisionsAndActionsOf(meeting, decisionSubject) };
  }

  private async applyPending(index: StoredIndex): Promise<void> {
    if (this.pending.size === 0) return;
    for (const [id, meeting] of [...this.pending]) {
      this.pending.delete(id);
      if (meeting) await this.put(index, meeting);
      else this.drop(index, id);
    }
    this.scheduleWrite();
  }

  private async put(index: StoredIndex, meeting: Meeting): Promise<void> {
    // The identity of the file that holds this version: its journaled saves go into it first.
    await this.sources.store.checkpoint(meeting.id);
    const identity = (await identityOf(this.sources.store.fileOf(meeting.id))) ?? '';
    this.drop(index, meeting.id);
    index.meetings.set(meeting.id, this.entry(meeting, identity, index.engine.addMeeting(meeting), index.decisionSubject));
    this.dirty = true;
  }

  private drop(index: StoredIndex, id: string): void {
    const known = index.meetings.get(id);
    if (!known) return;
    index.engine.remove(known.documents);
    index.meetings.delete(id);
    this.dirty = true;
  }

  private scheduleWrite(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush().catch((error: unknown) => console.warn(`notulist: the search index could not be written: ${String(error)}`));
    }, WRITE_DELAY_MS);
    // A pending write must not keep a CLI run alive; the next start indexes what it missed.
    this.timer.unref();
  }
}
