import type { Meeting } from '../../../shared/model/meeting';
import type { UnseenEdits } from './unseen-edits';

/**
 * The workspace's meetings as sync sees them. The core implements it over its meeting store;
 * the simulation over a map. A meeting sync cannot read now is left alone, never taken as gone.
 */
export interface LocalMeetings {
  /** Each meeting's id and revision (its updatedAt), from the index: no meeting file is read. */
  revisions(): Promise<Map<string, string>>;
  /** The meeting as saved; undefined when it cannot be read now. */
  read(id: string): Promise<Meeting | undefined>;
  /**
   * Saves a merged meeting, unless the workspace's copy is no longer at revision `base` (the
   * person typed meanwhile; undefined: the workspace has no such meeting yet). The saved
   * meeting's new revision, or undefined when it was not written.
   */
  write(meeting: Meeting, base: string | undefined): Promise<string | undefined>;
  /**
   * Moves a meeting deleted on another device to the trash, unless it is no longer at revision
   * `base` or is in use here (being minuted): false then, and a later round tries again.
   */
  remove(id: string, base: string): Promise<boolean>;
  /** Nodes saves on a replaced version changed without seeing sync's value: a round records them as conflicts. */
  unseen?: UnseenEdits;
}
