import type { Meeting } from '../../shared/model/meeting';
import { meetingChanges, onlyNotesChanged } from '../../shared/model/meeting-changes';

/**
 * Whether two versions of the meeting differ in nothing but notes. Views other than the editors
 * use it to skip re-rendering on every keystroke: an editor owns its notes once it is mounted.
 * A question asked of the change tracker, so a walk over references.
 */
export function sameExceptNotes(a: Meeting | null, b: Meeting | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return onlyNotesChanged(meetingChanges(a, b));
}
