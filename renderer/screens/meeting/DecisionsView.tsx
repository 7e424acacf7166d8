import { formatDutchDate } from '../../../shared/format/dates';
import { nl } from '../../i18n/nl';
import { useMeetingExceptNotes } from '../../store/store-context';

/** The besluitenlijst: every decision and action of the meeting, by domain table. */
export function DecisionsView() {
  const meeting = useMeetingExceptNotes()!;
  const sections = meeting.sections
    .map((section) => ({ section, items: section.items.filter((item) => item.decision.trim() || item.actions.length) }))
    .filter(({ items }) => items.length > 0);
  if (sections.length === 0) return <p className="empty">{nl.decisions.none}</p>;
  return (
    <section aria-labelledby="decisions-title">
      <h2 id="decisions-title">{nl.decisions.title}</h2>
      {sections.map(({ section, items }) => (
        <section key={section.id} className="section">
          <h3>{section.title.toLocaleUpperCase('nl-NL')}</h3>
          <dl className="decision-list">
            {items.map((item) => (
              <div key={item.id}>
                <dt>{item.title}</dt>
                {item.decision.trim() && <dd>{item.decision}</dd>}
                {item.actions.map((action) => (
                  <dd key={action.id} className="decision-action">
                    {action.who}: {action.what}
                    {action.due ? ` (${nl.decisions.due(formatDutchDate(action.due))})` : ''}
                  </dd>
                ))}
              </div>
            ))}
          </dl>
        </section>
      ))}
    </section>
  );
}
