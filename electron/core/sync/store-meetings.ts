import type { Meeting } from '../../../shared/model/meeting';
import type { MeetingStore } from '../meetings/meeting-store';
import type { LocalMeetings } from './local-meetings';
import type { UnseenEdits } from './unseen-edits';

/**
 * LocalMeetings over the workspace's meeting store. `revisions` reads through the store's cache
 * of unchanged files; the core, which keeps the meeting index, may pass the index's revisions
 * instead (`listRevisions`) so an idle round reads no meeting file. `onWritten` lets the core
 * update its index and tell the open editor; it gets the version sync replaced, so a save made
 * on that version can still be merged (mergeStaleSave).
 */
export function storeMeetings(
  store: MeetingStore,
  now: () => Date,
  options: {
    listRevisions?: () => Promise<Map<string, string>>;
    /** The revision about to be written: the store's own change listeners can tell sync's writes from saves. */
    onWriting?: (meeting: Meeting) => void;
    onWritten?: (meeting: Meeting, replaced: Meeting | undefined) => Promise<void> | void;
    /** Whether the person works in the meeting now: sync does not move it to the trash under her. */
    inUse?: (id: string) => boolean;
    onRemoving?: (id: string) => void;
    onRemoved?: (id: string) => Promise<void> | void;
    unseen?: UnseenEdits;
  } = {},
): LocalMeetings {
  const readOrUndefined = (id: string) => store.read(id).catch(() => undefined);
  return {
    unseen: options.unseen,
    async revisions() {
      if (options.listRevisions) return options.listRevisions();
      const revisions = new Map<string, string>();
      for (const id of await store.listIds()) {
        const meeting = await readOrUndefined(id);
        if (meeting) revisions.set(id, meeting.updatedAt);
      }
      return revisions;
    },
    read: readOrUndefined,
    async write(meeting, base) {
      const saved = { ...meeting, updatedAt: store.nextRevision(meeting.id, now()) };
      let replaced: Meeting | undefined;
      options.onWriting?.(saved);
      if (base === undefined) await store.write(saved);
      else {
        replaced = await readOrUndefined(meeting.id);
        // Checked and written in one step of the store's queue: a save landing first wins, and
        // this round's merge is simply redone next round on top of it.
        if (replaced?.updatedAt !== base || !(await store.writeIfAt(saved, base))) return undefined;
      }
      await options.onWritten?.(saved, replaced);
      return saved.updatedAt;
    },
    async remove(id, base) {
      if (options.inUse?.(id) || (await readOrUndefined(id))?.updatedAt !== base) return false;
      options.onRemoving?.(id);
      await store.moveToTrash(id);
      await options.onRemoved?.(id);
      return true;
    },
  };
}
