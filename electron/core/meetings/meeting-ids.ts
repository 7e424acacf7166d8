import type { MeetingFileResult } from '../../../shared/model/meeting-file';
import { ApiError } from '../../../shared/api/errors';

/** Ids become file names: nothing that could climb out of the meetings folder. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id);
}

export function assertSafeId(id: string): void {
  if (!SAFE_ID.test(id)) throw new ApiError('invalid-argument', `not a valid meeting id: ${JSON.stringify(id)}`);
}

/** A meeting file must hold the meeting its name says: a file copied under another id is not that meeting. */
export function checkHeldId(id: string, result: MeetingFileResult): MeetingFileResult {
  const heldId = result.ok ? result.meeting.id : result.kind === 'impossible-date' ? result.summary.id : id;
  if (heldId !== id) {
    return { ok: false, kind: 'schema', problems: [`id: the file is named ${id} but holds meeting ${heldId}`] };
  }
  return result;
}
