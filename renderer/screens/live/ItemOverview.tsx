import { memo, useDeferredValue } from 'react';
import type { Meeting } from '../../../shared/model/meeting';
import { meetingChanges, outlineUnchanged } from '../../../shared/model/meeting-changes';
import { nl } from '../../i18n/nl';

interface ItemOverviewProps {
  meeting: Meeting;
  currentItemId: string;
  onJump: (itemId: string) => void;
}

/** Whether two versions of a meeting show the same overview (typing notes changes neither): asked of the change tracker. */
function sameOutline(a: Meeting, b: Meeting): boolean {
  return outlineUnchanged(meetingChanges(a, b));
}

/**
 * Every item with its status; one click or Enter jumps there, and the way back is the same.
 * Re-rendered only when the outline changes: on a long meeting, rendering its 180 rows again on
 * every keystroke was a visible part of the typing latency (npm run bench).
 */
export const ItemOverview = memo(
  function ItemOverview({ meeting, currentItemId, onJump }: ItemOverviewProps) {
    return (
      <nav className="overview" aria-label={nl.live.overview} id="live-overview">
        {meeting.sections.map((section) => (
          <div key={section.id}>
            <h3>{section.title.toLocaleUpperCase('nl-NL')}</h3>
            <ol>
              {section.items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    aria-current={item.id === currentItemId ? 'step' : undefined}
                    className={`overview-item overview-item--${item.status}`}
                    onClick={() => onJump(item.id)}
                  >
                    <span>
                      {item.title}
                      {(item.confidential || section.confidential) && <span className="confidential-badge confidential-badge--small">{nl.live.confidential}</span>}
                    </span>
                    <span className="status-badge">{nl.statuses[item.status]}</span>
                  </button>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </nav>
    );
  },
  (previous, next) => previous.currentItemId === next.currentItemId && previous.onJump === next.onJump && sameOutline(previous.meeting, next.meeting),
);

/**
 * The overview one step behind the rest: on opening a long meeting the item in focus renders
 * first, so the secretary can type sooner, and the 180 rows follow a moment later.
 */
export function DeferredItemOverview(props: ItemOverviewProps) {
  const meeting = useDeferredValue<Meeting | null>(props.meeting, null);
  return meeting && <ItemOverview {...props} meeting={meeting} />;
}
