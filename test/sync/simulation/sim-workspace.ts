import type { Meeting } from '../../../shared/model/meeting';
import type { LocalMeetings } from '../../../electron/core/sync/local-meetings';
import { UnseenEdits } from '../../../electron/core/sync/unseen-edits';

/** A device's workspace: its meetings by id, each saved with a new revision. */
export class SimWorkspace implements LocalMeetings {
  meetings = new Map<string, Meeting>();
  writes = 0;
  /** In memory like the core's: a restore (a restarted app) forgets it. */
  unseen = new UnseenEdits();
  private saves = 0;

  constructor(private readonly name: string) {}

  /** A save by the person: a new revision, as the core hands out. */
  save(meeting: Meeting): Meeting {
    this.saves += 1;
    // Padded: a meeting's revisions must rise as strings, as the store's ISO times do (UnseenEdits).
    const saved = { ...meeting, updatedAt: `${this.name}-${String(this.saves).padStart(6, '0')}` };
    this.meetings.set(saved.id, saved);
    return saved;
  }

  async revisions(): Promise<Map<string, string>> {
    return new Map([...this.meetings].map(([id, meeting]) => [id, meeting.updatedAt]));
  }

  async read(id: string): Promise<Meeting | undefined> {
    return this.meetings.get(id);
  }

  async write(meeting: Meeting, base: string | undefined): Promise<string | undefined> {
    if (this.meetings.get(meeting.id)?.updatedAt !== base) return undefined;
    this.writes += 1;
    return this.save(meeting).updatedAt;
  }

  /** Sync moving a meeting deleted elsewhere to the trash: only on the revision it merged. */
  async remove(id: string, base: string): Promise<boolean> {
    if (this.meetings.get(id)?.updatedAt !== base) return false;
    this.meetings.delete(id);
    this.writes += 1;
    return true;
  }

  snapshot(): { meetings: Map<string, Meeting>; saves: number } {
    return { meetings: new Map(this.meetings), saves: this.saves };
  }

  restore(snapshot: { meetings: Map<string, Meeting>; saves: number }): void {
    this.meetings = new Map(snapshot.meetings);
    this.unseen = new UnseenEdits();
    // Revisions keep rising after a restore, as updatedAt times do.
  }
}
