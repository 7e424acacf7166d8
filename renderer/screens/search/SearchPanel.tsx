import { useEffect, useRef, useState } from 'react';
import type { SearchFilters } from '../../../shared/search/search-query';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';
import { SearchFilterFields } from './SearchFilterFields';
import { SearchResults } from './SearchResults';
import { useSearchShortcut } from './use-search-shortcut';
import './search.css';

/** A pause in typing this long starts the search: not one request per keystroke. */
const TYPING_PAUSE_MS = 150;

const hasFilter = (filters: SearchFilters) => Object.values(filters).some((value) => value !== undefined);

/** The search field of the meeting list: every meeting's text, filters, and the hits by meeting. */
export function SearchPanel() {
  const search = useApp((state) => state.search);
  const searchMeetings = useApp((state) => state.searchMeetings);
  const openSearchHit = useApp((state) => state.openSearchHit);
  const [query, setQuery] = useState(search.query);
  const [filters, setFilters] = useState<SearchFilters>(search.filters);
  const field = useRef<HTMLInputElement>(null);
  useSearchShortcut(field);

  useEffect(() => {
    const timer = setTimeout(() => void searchMeetings(query, filters), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query, filters, searchMeetings]);

  const t = nl.search;
  const asked = query.trim() !== '' || hasFilter(filters);
  const result = search.result;
  return (
    <section className="search" role="search">
      <input
        ref={field}
        type="search"
        className="search__field"
        aria-label={t.label}
        placeholder={t.placeholder}
        title={t.hint}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <SearchFilterFields filters={filters} sections={result?.sections ?? []} onChange={setFilters} />
      {asked &&
        result?.problems.map((problem) => (
          <p key={problem.value} className="search__problem" role="note">
            {problem.code === 'bad-date' ? t.badDate(problem.value) : t.unknownFilter(problem.value)}
          </p>
        ))}
      {search.failed && (
        <p className="search__problem" role="alert">
          {search.failed}
        </p>
      )}
      {asked && search.searching && !result && <p className="search__status">{t.searching}</p>}
      {asked && result && <SearchResults result={result} onOpen={(hit) => void openSearchHit(hit)} />}
    </section>
  );
}
