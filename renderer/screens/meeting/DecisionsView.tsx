import { decisionText } from '../../../shared/agenda/derived-decision';
import { formatDutchDate } from '../../../shared/format/dates';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/model/house-style-defaults';
import type { AgendaItem } from '../../../shared/model/meeting';
import { AgendaNumber } from '../../components/AgendaNumber';
import { nl } from '../../i18n/nl';
import { useApp, useMeetingExceptNotes } from '../../store/store-context';

/** One item's entry: the proposals that were decided on, the decision (as the resumé will word it) and the actions. */
function ItemDecisions({ item, subject }: { item: AgendaItem; subject: string }) {
  const decision = decisionText(item, subject);
  return (
    <div data-item-id={item.id}>
      <dt>
        <AgendaNumber itemId={item.id} />
        {item.title}
      </dt>
      {item.proposals.map((proposal, index) =>
        proposal.outcome === 'pending' ? null : (
          <dd key={proposal.id} className={`decision-proposal decision-proposal--${proposal.outcome}`}>
            {nl.decisions.proposal(index + 1, proposal.text, nl.outcomes[proposal.outcome])}
          </dd>
        ),
      )}
      {decision && (
        <dd className="decision-text">
          <strong>{nl.decisions.decision}: </strong>
          {decision}
        </dd>
      )}
      {item.actions.map((action) => (
        <dd key={action.id} className="decision-action">
          <strong>{nl.decisions.action}: </strong>
          {action.who}: {action.what}
          {action.due ? ` (${nl.decisions.due(formatDutchDate(action.due))})` : ''}
          {action.done ? ` – ${nl.decisions.done}` : ''}
        </dd>
      ))}
    </div>
  );
}

/** The besluitenlijst: every decided proposal, decision and action of the meeting, by domain table. */
export function DecisionsView() {
  const meeting = useMeetingExceptNotes()!;
  const subject = useApp((state) => state.settings?.houseStyle.decisionSubject ?? DEFAULT_HOUSE_STYLE.decisionSubject);
  const recorded = (item: AgendaItem) => decisionText(item, subject) !== '' || item.actions.length > 0 || item.proposals.some((p) => p.outcome !== 'pending');
  const sections = meeting.sections.map((section) => ({ section, items: section.items.filter(recorded) })).filter(({ items }) => items.length > 0);
  if (sections.length === 0) return <p className="empty">{nl.decisions.none}</p>;
  return (
    <section aria-labelledby="decisions-title">
      <h2 id="decisions-title">{nl.decisions.title}</h2>
      {sections.map(({ section, items }) => (
        <section key={section.id} className="section">
          <h3>{section.title.toLocaleUpperCase('nl-NL')}</h3>
          <dl className="decision-list">
            {items.map((item) => (
              <ItemDecisions key={item.id} item={item} subject={subject} />
            ))}
          </dl>
        </section>
      ))}
    </section>
  );
}
