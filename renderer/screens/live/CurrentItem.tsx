import { updateItem } from '../../../shared/agenda/agenda-edit';
import type { ItemStatus } from '../../../shared/model/agenda-details';
import { ITEM_STATUSES } from '../../../shared/model/vocabulary';
import type { AgendaItem, Section } from '../../../shared/model/meeting';
import { AgendaNumber } from '../../components/AgendaNumber';
import { NotesEditor } from '../../editor/NotesEditor';
import { nl } from '../../i18n/nl';
import { useApp, useLatestNotes } from '../../store/store-context';
import { ActionsEditor } from './ActionsEditor';
import { ItemClock } from './Clocks';
import { shortcutAttribute, shortcutKeys } from './live-shortcuts';
import { PreviousActions } from './PreviousActions';
import { ProposalOutcomes } from './ProposalOutcomes';
import { UsualOutcomes } from './UsualOutcomes';

interface CurrentItemProps {
  section: Section;
  item: AgendaItem;
  /** Marks the item done, or reopens it when done. */
  onToggleDone: () => void;
}

/** The item in focus: where we are, what is usually said here, the notes, decision and actions. */
export function CurrentItem({ section, item, onToggleDone }: CurrentItemProps) {
  const latestNotes = useLatestNotes();
  const editMeeting = useApp((state) => state.editMeeting);
  const stageItemNotes = useApp((state) => state.stageItemNotes);
  const change = (edit: (i: AgendaItem) => AgendaItem) => editMeeting((m) => updateItem(m, item.id, edit));
  const confidential = item.confidential || section.confidential;

  return (
    <section className={confidential ? 'current-item current-item--confidential' : 'current-item'} aria-labelledby="current-item-title">
      <p className="current-section">
        {section.title.toLocaleUpperCase('nl-NL')}
        {section.chair && ` – ${nl.live.chairOf(section.chair)}`}
      </p>
      <div className="current-heading">
        <h2 id="current-item-title"><AgendaNumber itemId={item.id} />{item.title}</h2>
        {confidential && <span className="confidential-badge">{nl.live.confidential}</span>}
        <ItemClock item={item} />
        <label className="status-select">
          {nl.live.status}
          <select value={item.status} onChange={(e) => change((i) => ({ ...i, status: e.target.value as ItemStatus }))}>
            {ITEM_STATUSES.map((status) => (
              <option key={status} value={status}>
                {nl.statuses[status]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" {...shortcutAttribute('done')} title={shortcutKeys('done')} onClick={onToggleDone}>
          {item.status === 'done' ? nl.live.reopenItem : nl.live.finishItem}
        </button>
      </div>
      <UsualOutcomes key={`usual-${item.id}`} section={section} item={item} />
      <ProposalOutcomes item={item} />
      {item.kind === 'minutes' && <PreviousActions minutesItemId={item.id} />}
      <NotesEditor key={item.id} itemId={item.id} itemTitle={item.title} initialNotes={latestNotes(item.id)} onChange={stageItemNotes} />
      <label className="decision">
        {nl.live.decision}
        <textarea id="live-decision" rows={2} value={item.decision} onChange={(e) => change((i) => ({ ...i, decision: e.target.value }))} />
      </label>
      <ActionsEditor item={item} />
    </section>
  );
}
