import { formatDutchDate } from '../../../shared/format/dates';
import type { DecisionOrAction } from '../../../shared/search/decisions-and-actions';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

/** The rows, newest meeting first; a row's item opens its meeting's besluitenlijst at that item. */
export function DecisionsAndActionsTable({ rows }: { rows: readonly DecisionOrAction[] }) {
  const openMeetingAtItem = useApp((state) => state.openMeetingAtItem);
  const t = nl.decisionsAndActions;
  return (
    <>
      <p className="hint" aria-live="polite">
        {t.count(rows.length)}
      </p>
      <table>
        <thead>
          <tr>
            <th>{t.date}</th>
            <th>{t.item}</th>
            <th>{t.kind}</th>
            <th>{t.text}</th>
            <th>{t.people}</th>
            <th>{t.due}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.meetingId}/${row.itemId}/${row.kind}/${index}`}>
              <td>{formatDutchDate(row.date)}</td>
              <td>
                <button type="button" className="item-link" onClick={() => void openMeetingAtItem(row.meetingId, row.itemId, 'decisions')}>
                  {row.itemTitle}
                </button>
                <div className="hint">
                  {row.meetingName} · {row.section.toLocaleUpperCase('nl-NL')}
                </div>
              </td>
              <td>{row.kind === 'decision' ? t.decision : t.action}</td>
              <td>{row.text}</td>
              <td>{row.people.join(', ')}</td>
              <td>{row.due ? formatDutchDate(row.due) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
