import { updateItem } from '../../../shared/agenda/agenda-edit';
import { formatDutchDate } from '../../../shared/format/dates';
import { newId } from '../../../shared/model/ids';
import type { Action } from '../../../shared/model/agenda-details';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

/** The previous meeting's open actions, at the item that adopts its resumé: tick off or carry forward. */
export function PreviousActions({ minutesItemId }: { minutesItemId: string }) {
  const previous = useApp((state) => state.previous);
  const complete = useApp((state) => state.completePreviousAction);
  const editMeeting = useApp((state) => state.editMeeting);
  if (!previous || previous.openActions.length === 0) return null;

  function carryForward(action: Action): void {
    editMeeting((m) => updateItem(m, minutesItemId, (i) => ({ ...i, actions: [...i.actions, { ...action, id: newId(), done: false }] })));
    void complete(action.id);
  }

  return (
    <section className="previous-actions" aria-labelledby="previous-actions-title">
      <h3 id="previous-actions-title">{nl.live.previousActions(formatDutchDate(previous.meeting.date))}</h3>
      <ul>
        {previous.openActions.map(({ action, itemTitle }) => (
          <li key={action.id}>
            <label>
              <input type="checkbox" onChange={() => void complete(action.id)} aria-label={nl.live.actionDone(action.what)} />
              {itemTitle}: {action.who} – {action.what}
              {action.due && ` (${nl.decisions.due(formatDutchDate(action.due))})`}
            </label>
            <button type="button" onClick={() => carryForward(action)}>
              {nl.live.carryForward}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
