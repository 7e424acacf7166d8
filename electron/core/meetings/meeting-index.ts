import type { Notice } from '../../../shared/api/contract';
import { summarize, type Meeting, type MeetingSummary } from '../../../shared/model/meeting';
import type { WorkspaceDb } from '../workspace/workspace-db';
import { ImpossibleDateError } from './impossible-date-error';
import type { MeetingStore } from './meeting-store';
import type { UnopenableMeetings } from './unopenable-meetings';

/**
 * Brings the index in line with the meeting files: files not indexed are added (a crash between
 * writing a meeting and its index, or a file copied in by hand); entries without a file or a
 * backup are dropped, with a notice.
 */
export async function reconcileIndex(db: WorkspaceDb, store: MeetingStore, notify: (notice: Notice) => void, unopenable: UnopenableMeetings): Promise<void> {
  const onDisk = new Set(await store.listIds());
  const indexed = new Set(db.data.meetings.map((entry) => entry.id));
  let changed = false;
  for (const id of onDisk) {
    if (indexed.has(id)) continue;
    try {
      db.data.meetings.push(summarize(await store.read(id)));
      changed = true;
    } catch (error) {
      // Listed with its problem, not indexed; any other failure the store quarantined and said so.
      if (error instanceof ImpossibleDateError) unopenable.record(id, error);
    }
  }
  const kept: MeetingSummary[] = [];
  for (const entry of db.data.meetings) {
    if (onDisk.has(entry.id) || (await store.hasBackup(entry.id))) {
      kept.push(entry);
    } else {
      notify({ code: 'missing-meeting-file', message: `the meeting "${entry.name}" of ${entry.date} has no file any more`, file: store.fileOf(entry.id) });
      changed = true;
    }
  }
  db.data.meetings = kept;
  // A notulist.json that may not be written keeps its index; the meeting files are what counts.
  if (changed && !db.readOnly) await db.write();
}

/** The meeting list in notulist.json, kept in step with every meeting written. */
export class MeetingIndex {
  private dirty = false;

  constructor(private readonly db: WorkspaceDb) {}

  async saveEntry(meeting: Meeting): Promise<void> {
    const { db } = this;
    const summary = summarize(meeting);
    const index = db.data.meetings.findIndex((entry) => entry.id === meeting.id);
    const current = db.data.meetings[index];
    // The index is rewritten only when what the list shows changes: no second file write per
    // keystroke pause. The newer updatedAt is written on close or with the next index change;
    // after a crash the list may show an older time, never lose a meeting.
    if (current && current.name === summary.name && current.date === summary.date) {
      current.updatedAt = summary.updatedAt;
      this.dirty = true;
      return;
    }
    if (current) db.data.meetings[index] = summary;
    else db.data.meetings.push(summary);
    if (db.readOnly) return;
    await db.write();
    this.dirty = false;
  }

  /** Writes an updatedAt held back by saveEntry: on closing the core. */
  async flush(): Promise<void> {
    if (this.dirty && !this.db.readOnly) await this.db.write();
    this.dirty = false;
  }
}
