import { useEffect } from 'react';
import { itemSeconds, meetingPhase, meetingSeconds, overrunSeconds } from '../../../shared/agenda/meeting-time';
import { formatHourMinute } from '../../../shared/format/dates';
import type { AgendaItem, Meeting } from '../../../shared/model/meeting';
import { nl } from '../../i18n/nl';
import { formatDuration, useNow } from './item-clock';
import { shortcutAttribute, shortcutKeys } from './live-shortcuts';

/**
 * The item's time against its plan, read from the recorded intervals. Past the plan it turns red
 * and pulses once, quietly: a signal at the planned time without a sound in the meeting room.
 */
export function ItemClock({ item }: { item: Pick<AgendaItem, 'actualSeconds' | 'intervals' | 'plannedMinutes'> }) {
  const now = new Date(useNow());
  const actual = formatDuration(itemSeconds(item, now));
  const over = overrunSeconds(item, now);
  useOverrunTitle(over !== undefined);
  return (
    <span className={over === undefined ? 'item-clock' : 'item-clock item-clock--over'} aria-label={nl.live.itemClockLabel}>
      {item.plannedMinutes ? nl.live.itemClock(actual, formatDuration(item.plannedMinutes * 60)) : nl.live.itemClockUnplanned(actual)}
      {over !== undefined && <span className="item-clock__over">, {nl.live.overrun(formatDuration(over))}</span>}
    </span>
  );
}

/** While the item runs over, the window's title says so: seen from Word or the mail too. */
function useOverrunTitle(overrun: boolean): void {
  useEffect(() => {
    if (!overrun) return undefined;
    const before = document.title;
    document.title = nl.live.overrunTitle(before);
    return () => {
      document.title = before;
    };
  }, [overrun]);
}

interface MeetingClockProps {
  meeting: Pick<Meeting, 'startedAt' | 'endedAt'>;
  onStart: () => void;
  onEnd: () => void;
}

/** Wall-clock time since the start, and the explicit start and end of the meeting. */
export function MeetingClock({ meeting, onStart, onEnd }: MeetingClockProps) {
  const now = new Date(useNow());
  const phase = meetingPhase(meeting);
  const elapsed = formatDuration(meetingSeconds(meeting, now) ?? 0);
  return (
    <div className={`meeting-clock meeting-clock--${phase}`}>
      <p>
        {phase === 'not-started' && nl.live.meetingNotStarted}
        {phase === 'running' && nl.live.meetingClock(elapsed, formatHourMinute(meeting.startedAt!))}
        {phase === 'ended' && nl.live.meetingEnded(formatHourMinute(meeting.startedAt!), formatHourMinute(meeting.endedAt!), elapsed)}
      </p>
      {phase === 'running' ? (
        <button type="button" {...shortcutAttribute('end')} title={shortcutKeys('end')} onClick={onEnd}>
          {nl.live.endMeeting}
        </button>
      ) : (
        <button type="button" className="primary" {...shortcutAttribute('start')} title={shortcutKeys('start')} onClick={onStart}>
          {phase === 'ended' ? nl.live.resumeMeeting : nl.live.startMeeting}
        </button>
      )}
    </div>
  );
}
