import { formatHourMinute } from '../format/dates';
import type { Meeting } from '../model/meeting';
import { RESUME_LABELS, type ResumeLabels } from './resume-labels';

/** "aanvang 14:00, einde 16:10" for the resumé; empty before the meeting started. */
export function meetingTimesLine(meeting: Pick<Meeting, 'startedAt' | 'endedAt'>, labels: Pick<ResumeLabels, 'started' | 'ended'> = RESUME_LABELS): string {
  if (!meeting.startedAt) return '';
  const start = `${labels.started} ${formatHourMinute(meeting.startedAt)}`;
  return meeting.endedAt ? `${start}, ${labels.ended} ${formatHourMinute(meeting.endedAt)}` : start;
}
