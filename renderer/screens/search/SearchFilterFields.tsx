import type { SearchFilters } from '../../../shared/search/search-query';
import { nl } from '../../i18n/nl';
import { SectionSelect } from './SectionSelect';

interface Props {
  filters: SearchFilters;
  /** The domain tables the index knows. */
  sections: readonly string[];
  onChange(filters: SearchFilters): void;
}

/** Domain table, period, only decisions, only open actions: the same filters the query may type. */
export function SearchFilterFields({ filters, sections, onChange }: Props) {
  const t = nl.search;
  const change = (patch: Partial<SearchFilters>) => onChange({ ...filters, ...patch });
  return (
    <fieldset className="search__filters" aria-label={t.filters}>
      <SectionSelect value={filters.section} sections={sections} onChange={(section) => change({ section })} />
      <label>
        {t.from}
        <input type="date" value={filters.from ?? ''} onChange={(event) => change({ from: event.target.value || undefined })} />
      </label>
      <label>
        {t.to}
        <input type="date" value={filters.to ?? ''} onChange={(event) => change({ to: event.target.value || undefined })} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={filters.onlyDecisions ?? false} onChange={(event) => change({ onlyDecisions: event.target.checked || undefined })} />
        {t.onlyDecisions}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={filters.onlyOpenActions ?? false} onChange={(event) => change({ onlyOpenActions: event.target.checked || undefined })} />
        {t.onlyOpenActions}
      </label>
    </fieldset>
  );
}
