import { useState } from 'react';
import { moveItem, updateItem } from '../../../shared/agenda/agenda-edit';
import type { AgendaItem, AgendaItemKind } from '../../../shared/model/meeting';
import { AGENDA_ITEM_KINDS } from '../../../shared/model/vocabulary';
import { AgendaNumber } from '../../components/AgendaNumber';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';
import { ItemDetails } from './ItemDetails';

/** One agenda item in preparation: title, kind, minutes, portfolio holders; details unfold. */
export function ItemRow({ item, onDrop, onRemove }: { item: AgendaItem; onDrop: (event: React.DragEvent) => void; onRemove: (itemId: string) => void }) {
  const editMeeting = useApp((state) => state.editMeeting);
  const [open, setOpen] = useState(false);
  const change = (edit: (i: AgendaItem) => AgendaItem) => editMeeting((m) => updateItem(m, item.id, edit));
  const label = item.title || nl.prepare.itemTitle;

  /** Removes the item and keeps the keyboard where it was: on the next item, else the previous. */
  function remove(button: HTMLElement): void {
    const row = button.closest('li');
    const neighbour = (row?.nextElementSibling ?? row?.previousElementSibling)?.querySelector<HTMLInputElement>('input');
    onRemove(item.id);
    requestAnimationFrame(() => neighbour?.focus());
  }

  return (
    <li
      className="item-row"
      draggable
      onDragStart={(e) => e.dataTransfer.setData('application/x-notulist-item', item.id)}
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
    >
      <div className="item-row__main">
        <span className="drag-handle" aria-hidden="true" title={nl.prepare.dragHandle(label)}>
          ⋮⋮
        </span>
        <AgendaNumber itemId={item.id} />
        <input aria-label={nl.prepare.itemTitle} value={item.title} onChange={(e) => change((i) => ({ ...i, title: e.target.value }))} />
        <select aria-label={nl.prepare.kind} value={item.kind} onChange={(e) => change((i) => ({ ...i, kind: e.target.value as AgendaItemKind }))}>
          {AGENDA_ITEM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {nl.kinds[kind]}
            </option>
          ))}
        </select>
        <input
          aria-label={nl.prepare.plannedMinutes}
          className="minutes"
          type="number"
          min={0}
          max={600}
          value={item.plannedMinutes ?? ''}
          onChange={(e) =>
            change(({ plannedMinutes: _old, ...i }) => (e.target.value === '' ? i : { ...i, plannedMinutes: Math.max(0, Math.min(600, Math.round(Number(e.target.value)))) }))
          }
        />
        <button type="button" aria-label={nl.prepare.itemUp(label)} onClick={() => editMeeting((m) => moveItem(m, item.id, -1))}>
          ↑
        </button>
        <button type="button" aria-label={nl.prepare.itemDown(label)} onClick={() => editMeeting((m) => moveItem(m, item.id, 1))}>
          ↓
        </button>
        <button type="button" aria-expanded={open} aria-label={nl.prepare.details(label)} onClick={() => setOpen(!open)}>
          …
        </button>
        <button type="button" className="quiet" aria-label={nl.prepare.removeItem(label)} onClick={(e) => remove(e.currentTarget)}>
          ✕
        </button>
      </div>
      {open && <ItemDetails item={item} change={change} />}
    </li>
  );
}
