import { nl } from '../../i18n/nl';
import { formatDuration, useNow } from './item-clock';

/** Seconds since `since` (ms); only this small component re-renders every second, not the page. */
function useSecondsSince(since: number): number {
  return Math.max(0, Math.round((useNow() - since) / 1000));
}

export function ItemClock({ actualSeconds, plannedMinutes, since }: { actualSeconds: number; plannedMinutes?: number; since: number }) {
  const actual = formatDuration(actualSeconds + useSecondsSince(since));
  return (
    <span className="item-clock" aria-label={nl.live.itemClockLabel}>
      {plannedMinutes ? nl.live.itemClock(actual, formatDuration(plannedMinutes * 60)) : nl.live.itemClockUnplanned(actual)}
    </span>
  );
}

export function MeetingClock({ bookedSeconds, since }: { bookedSeconds: number; since: number }) {
  return <p className="meeting-clock">{nl.live.meetingClock(formatDuration(bookedSeconds + useSecondsSince(since)))}</p>;
}
