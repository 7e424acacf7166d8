import type { Meeting } from '../../../shared/model/meeting';
import type { MeetingStore } from '../meetings/meeting-store';
import type { LocalMeetings } from './local-meetings';

/**
 * LocalMeetings over the workspace's meeting store. `revisions` reads through the store's cache
 * of unchanged files; the core, which keeps the meeting index, may pass the index's revisions
 * instead (`listRevisions`) so an idle round reads no meeting file. `onWritten` lets the core
 * update its index and tell the open editor.
 */
export function storeMeetings(
  store: MeetingStore,
  now: () => Date,
  options: { listRevisions?: () => Promise<Map<string, string>>; onWritten?: (meeting: Meeting) => Promise<void> | void } = {},
): LocalMeetings {
  const readOrUndefined = (id: string) => store.read(id).catch(() => undefined);
  return {
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
      // Check and write are two steps: a save landing between them is caught by the store's own
      // check of the file's identity (kept as a conflict copy), never lost.
      const current = base === undefined ? undefined : await readOrUndefined(meeting.id);
      if (base !== undefined && current?.updatedAt !== base) return undefined;
      const saved = { ...meeting, updatedAt: store.nextRevision(meeting.id, now()) };
      await store.write(saved);
      await options.onWritten?.(saved);
      return saved.updatedAt;
    },
  };
}
