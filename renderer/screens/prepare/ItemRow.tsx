import { useState } from 'react';
import { moveItem, updateItem } from '../../../shared/agenda/agenda-edit';
import { newId } from '../../../shared/model/ids';
import type { AgendaItem, AgendaItemKind } from '../../../shared/model/meeting';
import { AGENDA_ITEM_KINDS } from '../../../shared/model/vocabulary';
import { AgendaNumber } from '../../components/AgendaNumber';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

const splitNames = (text: string) => text.split(',').map((p) => p.trim()).filter(Boolean);

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
      {open && (
        <div className="item-row__details">
          <label className="checkbox">
            <input type="checkbox" checked={item.confidential} onChange={(e) => change((i) => ({ ...i, confidential: e.target.checked }))} />
            {nl.prepare.confidentialItem}
          </label>
          <label className="field">
            <span>{nl.prepare.portfolioHolders}</span>
            <input defaultValue={item.portfolioHolders.join(', ')} onBlur={(e) => change((i) => ({ ...i, portfolioHolders: splitNames(e.target.value) }))} />
          </label>
          <fieldset className="field">
            <legend>{nl.prepare.proposals}</legend>
            {item.proposals.map((proposal, index) => (
              <label key={proposal.id} className="proposal-field">
                {nl.prepare.proposal(index + 1)}
                <textarea
                  rows={2}
                  value={proposal.text}
                  onChange={(e) => change((i) => ({ ...i, proposals: i.proposals.map((p) => (p.id === proposal.id ? { ...p, text: e.target.value } : p)) }))}
                />
              </label>
            ))}
            <button type="button" onClick={() => change((i) => ({ ...i, proposals: [...i.proposals, { id: newId(), text: '', outcome: 'pending' }] }))}>
              {nl.prepare.addProposal}
            </button>
          </fieldset>
          <fieldset className="field">
            <legend>{nl.prepare.documents}</legend>
            {item.documents.map((doc) => (
              <div key={doc.id} className="document-field">
                <input
                  aria-label={nl.prepare.documentTitle}
                  value={doc.title}
                  onChange={(e) => change((i) => ({ ...i, documents: i.documents.map((d) => (d.id === doc.id ? { ...d, title: e.target.value } : d)) }))}
                />
                <input
                  aria-label={nl.prepare.documentLink}
                  value={doc.link}
                  onChange={(e) => change((i) => ({ ...i, documents: i.documents.map((d) => (d.id === doc.id ? { ...d, link: e.target.value } : d)) }))}
                />
              </div>
            ))}
            <button type="button" onClick={() => change((i) => ({ ...i, documents: [...i.documents, { id: newId(), title: '', link: '' }] }))}>
              {nl.prepare.addDocument}
            </button>
          </fieldset>
        </div>
      )}
    </li>
  );
}
