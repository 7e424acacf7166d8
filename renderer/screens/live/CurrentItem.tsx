import { updateItem } from '../../../shared/agenda/agenda-edit';
import type { ItemStatus, ProposalOutcome } from '../../../shared/model/agenda-details';
import { ITEM_STATUSES, PROPOSAL_OUTCOMES } from '../../../shared/model/vocabulary';
import type { AgendaItem, Section } from '../../../shared/model/meeting';
import { fillPhrase } from '../../../shared/phrases/phrase';
import { AgendaNumber } from '../../components/AgendaNumber';
import { insertIntoNotes } from '../../editor/editor-registry';
import { NotesEditor } from '../../editor/NotesEditor';
import { nl } from '../../i18n/nl';
import { useApp, useLatestNotes, useMeetingExceptNotes } from '../../store/store-context';
import { ActionsEditor } from './ActionsEditor';
import { ItemClock } from './Clocks';
import { phraseValues } from './phrase-values';
import { PreviousActions } from './PreviousActions';

interface CurrentItemProps {
  section: Section;
  item: AgendaItem;
  /** When this visit to the item began (ms); its time is booked on leaving. */
  since: number;
}

/** The item in focus: where we are, what is usually said here, the notes, decision and actions. */
export function CurrentItem({ section, item, since }: CurrentItemProps) {
  const meeting = useMeetingExceptNotes()!;
  const latestNotes = useLatestNotes();
  const phrases = useApp((state) => state.settings?.phrases ?? []).filter((p) => p.context === item.kind);
  const previous = useApp((state) => state.previous);
  const editMeeting = useApp((state) => state.editMeeting);
  const stageItemNotes = useApp((state) => state.stageItemNotes);
  const change = (edit: (i: AgendaItem) => AgendaItem) => editMeeting((m) => updateItem(m, item.id, edit));

  return (
    <section className="current-item" aria-labelledby="current-item-title">
      <p className="current-section">
        {section.title.toLocaleUpperCase('nl-NL')}
        {section.chair && ` – ${nl.live.chairOf(section.chair)}`}
      </p>
      <div className="current-heading">
        <h2 id="current-item-title"><AgendaNumber itemId={item.id} />{item.title}</h2>
        <ItemClock actualSeconds={item.actualSeconds} plannedMinutes={item.plannedMinutes} since={since} />
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
      </div>
      {phrases.length > 0 && (
        <div className="phrases" role="group" aria-label={nl.live.usual}>
          {phrases.slice(0, 9).map((phrase, index) => (
            <button
              key={phrase.id}
              type="button"
              data-phrase-key={index + 1}
              title={`Alt + ${index + 1}`}
              onClick={() => insertIntoNotes(item.id, fillPhrase(phrase.text, phraseValues(meeting, section, item, previous?.meeting.date)).text)}
            >
              <kbd>{index + 1}</kbd> {phrase.label}
            </button>
          ))}
        </div>
      )}
      {item.proposals.length > 0 && (
        <ol className="proposals">
          {item.proposals.map((proposal, index) => (
            <li key={proposal.id}>
              <span>{proposal.text}</span>
              <select
                aria-label={nl.live.proposalOutcome(index + 1)}
                value={proposal.outcome}
                onChange={(e) =>
                  change((i) => ({ ...i, proposals: i.proposals.map((p) => (p.id === proposal.id ? { ...p, outcome: e.target.value as ProposalOutcome } : p)) }))
                }
              >
                {PROPOSAL_OUTCOMES.map((outcome) => (
                  <option key={outcome} value={outcome}>
                    {nl.outcomes[outcome]}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ol>
      )}
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
