import type { Meeting } from '../../../shared/model/meeting';
import { nl } from '../../i18n/nl';

interface ItemOverviewProps {
  meeting: Meeting;
  currentItemId: string;
  onJump: (itemId: string) => void;
}

/** Every item with its status; one click or Enter jumps there, and the way back is the same. */
export function ItemOverview({ meeting, currentItemId, onJump }: ItemOverviewProps) {
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
                  <span>{item.title}</span>
                  <span className="status-badge">{nl.statuses[item.status]}</span>
                </button>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </nav>
  );
}
