import { useEffect } from 'react';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';
import { DecisionsAndActionsExport } from './DecisionsAndActionsExport';
import { DecisionsAndActionsTable } from './DecisionsAndActionsTable';
import { SectionSelect } from './SectionSelect';
import './search.css';

/** Besluiten en acties: every decision and open action across meetings, by domain table and person, to export. */
export function DecisionsAndActionsScreen() {
  const { filter, result } = useApp((state) => state.decisionsAndActions);
  const filterRows = useApp((state) => state.filterDecisionsAndActions);
  const showList = useApp((state) => state.showList);
  const t = nl.decisionsAndActions;
  // Reached by a reload too: the rows are asked for on showing.
  useEffect(() => void filterRows(filter), []); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <section className="decisions-and-actions">
      <div className="screen-heading">
        <h1>{t.title}</h1>
        <button type="button" onClick={() => void showList()}>
          ← {t.back}
        </button>
      </div>
      <p className="hint">{t.intro}</p>
      <fieldset className="search__filters">
        <SectionSelect value={filter.section} sections={result?.sections ?? []} onChange={(section) => void filterRows({ ...filter, section })} />
        <label>
          {t.person}
          <select value={filter.person ?? ''} onChange={(event) => void filterRows({ ...filter, person: event.target.value || undefined })}>
            <option value="">{t.anyPerson}</option>
            {result?.people.map((person) => <option key={person}>{person}</option>)}
          </select>
        </label>
      </fieldset>
      <DecisionsAndActionsExport />
      {!result ? <p className="empty">{t.loading}</p> : result.rows.length === 0 ? <p className="empty">{t.none}</p> : <DecisionsAndActionsTable rows={result.rows} />}
    </section>
  );
}
