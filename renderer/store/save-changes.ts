import type { ArgsOf, NotulistApi, ResultOf } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/api-error';
import type { Meeting } from '../../shared/model/meeting';
import { isWholeSectionChange, meetingChanges } from '../../shared/model/meeting-changes';

type Changes = Pick<ArgsOf<'saveMeetingChanges'>, 'sections' | 'items'>;

/**
 * What a save sends of the changes since `saved` (see meetingChanges): a domain table whose own
 * fields and item order are as saved sends only its changed items (typing changes one); any
 * other changed domain table goes whole.
 */
export function changesSince(saved: Meeting, meeting: Meeting): Changes {
  const changed = new Map(meetingChanges(saved, meeting).sections.map((change) => [change.id, change]));
  const changes: Required<Changes> = { sections: [], items: [] };
  for (const section of meeting.sections) {
    const change = changed.get(section.id);
    if (!change) continue;
    if (isWholeSectionChange(change)) {
      changes.sections.push(section);
      continue;
    }
    const items = new Set(change.items.map((item) => item.id));
    for (const item of section.items) if (items.has(item.id)) changes.items.push({ sectionId: section.id, item });
  }
  return changes;
}

/** The last version the core confirmed, with its revision: what the next changes build on. */
export interface SavedVersion {
  meeting: Meeting;
  revision: string;
}

/** The call that brings the core's `saved` version up to `meeting`. */
export function saveChangesArgs(saved: SavedVersion, meeting: Meeting): ArgsOf<'saveMeetingChanges'> {
  const { sections, ...header } = meeting;
  return { meeting: header, base: saved.revision, sectionOrder: sections.map((s) => s.id), ...changesSince(saved.meeting, meeting) };
}

export interface MeetingSaver {
  save(meeting: Meeting): Promise<ResultOf<'saveMeeting'>>;
  /** The version the core last confirmed. */
  saved(): SavedVersion;
}

/**
 * Saves send only what changed since the last confirmed save, on that save's revision. Should
 * the core be at another revision (another tab saved, a version was restored) or not know a
 * domain table or item, the whole meeting goes instead.
 */
export function createMeetingSaver(api: NotulistApi, opened: Meeting): MeetingSaver {
  let saved: SavedVersion = { meeting: opened, revision: opened.updatedAt };
  return {
    save: async (meeting) => {
      const result = await api.saveMeetingChanges(saveChangesArgs(saved, meeting)).catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'invalid-argument') return api.saveMeeting({ meeting });
        throw error;
      });
      saved = { meeting, revision: result.savedAt };
      return result;
    },
    saved: () => saved,
  };
}
