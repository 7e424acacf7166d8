import type { NotulistCore } from '../../../shared/api/contract';
import { createMeeting } from '../../../shared/agenda/new-meeting';
import { ApiError } from '../../../shared/api/errors';
import type { MeetingSummary } from '../../../shared/model/meeting';
import type { CoreContext } from '../core-context';
import { ImpossibleDateError } from './impossible-date-error';
import { previousMeetingApi } from './previous-meeting-api';

function byDateDescending(a: MeetingSummary, b: MeetingSummary): number {
  return b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt);
}

type MeetingFilesApi = Pick<NotulistCore, 'listMeetings' | 'createMeeting' | 'getMeeting' | 'saveMeeting' | 'saveMeetingChanges' | 'deleteMeeting'>;

/** The meeting files: list, create, read, save (whole or only what changed) and delete. */
function meetingFilesApi({ db, store, index, unopenable, now, staleBases }: CoreContext): MeetingFilesApi {
  return {
    listMeetings: async () => unopenable.list(db.data.meetings, (id) => store.fileOf(id)).sort(byDateDescending),
    createMeeting: async (input) => {
      const meeting = createMeeting(input, db.data.settings, now());
      await store.write(meeting);
      await index.saveEntry(meeting);
      return meeting;
    },
    getMeeting: async ({ id }) => {
      try {
        const meeting = await store.read(id);
        unopenable.forget(id);
        return meeting;
      } catch (error) {
        if (error instanceof ImpossibleDateError) unopenable.record(id, error);
        throw error;
      }
    },
    saveMeeting: async ({ meeting }) => {
      const savedAt = store.nextRevision(meeting.id, now());
      const saved = { ...meeting, updatedAt: savedAt };
      const outcome = await store.write(saved);
      unopenable.forget(saved.id);
      await index.saveEntry(saved);
      return { savedAt, ...outcome };
    },
    saveMeetingChanges: async ({ meeting, base, sectionOrder, sections, items }) => {
      const merged = await staleBases.saveMerged(store, { meeting, base, sectionOrder, sections, items: items ?? [] }, () => store.nextRevision(meeting.id, now()));
      if (merged) {
        await index.saveEntry(merged);
        return { savedAt: merged.updatedAt, merged: true };
      }
      const savedAt = store.nextRevision(meeting.id, now());
      const header = { ...meeting, updatedAt: savedAt };
      const outcome = await store.writeChanges(header, base, sectionOrder, sections, items);
      await index.saveEntry({ ...header, sections: [] });
      return { savedAt, ...outcome };
    },
    deleteMeeting: async ({ id }) => {
      if (!db.data.meetings.some((entry) => entry.id === id) && !unopenable.has(id)) throw new ApiError('not-found', `no meeting ${id}`);
      await store.moveToTrash(id);
      unopenable.forget(id);
      db.data.meetings = db.data.meetings.filter((entry) => entry.id !== id);
      await db.write();
      return { deleted: true as const };
    },
  };
}

/** Eerdere versies: a meeting's earlier versions, and putting one back. */
function meetingVersionsApi({ store, index }: CoreContext): Pick<NotulistCore, 'listMeetingVersions' | 'restoreMeetingVersion'> {
  return {
    listMeetingVersions: async ({ id }) => store.listVersions(id),
    restoreMeetingVersion: async ({ id, version }) => {
      const restored = await store.restoreVersion(id, version);
      await index.saveEntry(restored.meeting);
      return restored;
    },
  };
}

export type MeetingsApi = MeetingFilesApi &
  Pick<NotulistCore, 'listMeetingVersions' | 'restoreMeetingVersion' | 'getPreviousMeeting' | 'setPreviousAction'>;

/** The meetings domain of the core. */
export function meetingsApi(ctx: CoreContext): MeetingsApi {
  return { ...meetingFilesApi(ctx), ...meetingVersionsApi(ctx), ...previousMeetingApi(ctx) };
}
