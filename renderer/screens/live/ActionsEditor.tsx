import { useRef, useState, type FormEvent } from 'react';
import { updateItem } from '../../../shared/agenda/agenda-edit';
import { formatDutchDate } from '../../../shared/format/dates';
import { newId } from '../../../shared/model/ids';
import type { AgendaItem } from '../../../shared/model/meeting';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

/** Who does what by when, per item. */
export function ActionsEditor({ item }: { item: AgendaItem }) {
  const editMeeting = useApp((state) => state.editMeeting);
  const [who, setWho] = useState('');
  const [what, setWhat] = useState('');
  const [due, setDue] = useState('');
  const dueInput = useRef<HTMLInputElement>(null);
  const [dueImpossible, setDueImpossible] = useState(false);

  function add(event: FormEvent): void {
    event.preventDefault();
    if (!what.trim()) return;
    // A day the calendar does not have reads as bad input with an empty value: say so, add nothing.
    setDueImpossible(dueInput.current?.validity.badInput ?? false);
    if (dueInput.current?.validity.badInput) return;
    const action = { id: newId(), who: who.trim(), what: what.trim(), ...(due ? { due } : {}), done: false };
    editMeeting((m) => updateItem(m, item.id, (i) => ({ ...i, actions: [...i.actions, action] })));
    setWho('');
    setWhat('');
    setDue('');
    document.getElementById('action-who')?.focus();
  }

  function toggle(actionId: string, done: boolean): void {
    editMeeting((m) => updateItem(m, item.id, (i) => ({ ...i, actions: i.actions.map((a) => (a.id === actionId ? { ...a, done } : a)) })));
  }

  return (
    <section className="actions" aria-labelledby="actions-title">
      <h3 id="actions-title">{nl.live.actions}</h3>
      <ul>
        {item.actions.map((action) => (
          <li key={action.id}>
            <label>
              <input type="checkbox" checked={action.done} onChange={(e) => toggle(action.id, e.target.checked)} aria-label={nl.live.actionDone(action.what)} />
              {action.who}: {action.what}
              {action.due && ` (${nl.decisions.due(formatDutchDate(action.due))})`}
            </label>
          </li>
        ))}
      </ul>
      <form className="action-form" onSubmit={add}>
        <label>
          {nl.live.actionWho}
          <input id="action-who" value={who} onChange={(e) => setWho(e.target.value)} />
        </label>
        <label>
          {nl.live.actionWhat}
          <input value={what} onChange={(e) => setWhat(e.target.value)} />
        </label>
        <label>
          {nl.live.actionDue}
          <input ref={dueInput} type="date" value={due} aria-invalid={dueImpossible} onChange={(e) => setDue(e.target.value)} />
        </label>
        {dueImpossible && <span role="alert">{nl.dates.impossible}</span>}
        {/* The date picker writes dates as the system does; what was picked reads in Dutch. */}
        {!dueImpossible && /^\d{4}-\d{2}-\d{2}$/.test(due) && <span className="action-due">{formatDutchDate(due)}</span>}
        <button type="submit">{nl.live.addAction}</button>
      </form>
    </section>
  );
}
