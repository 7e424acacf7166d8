import { formatDutchDate } from '../../../shared/format/dates';
import { groupHitsByMeeting } from '../../../shared/search/group-hits';
import type { SearchHit, SearchResult } from '../../../shared/search/search-schemas';
import { nl } from '../../i18n/nl';

function Snippet({ hit }: { hit: SearchHit }) {
  return (
    <span className="search-hit__snippet">
      {hit.snippet.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}

/** The hits by meeting, each a button that opens the meeting at its item. */
export function SearchResults({ result, onOpen }: { result: SearchResult; onOpen(hit: SearchHit): void }) {
  const t = nl.search;
  if (result.hits.length === 0) return <p className="search__status">{t.none}</p>;
  return (
    <>
      <p className="search__status" aria-live="polite">
        {t.count(result.hits.length)}
      </p>
      <ul className="search-results" aria-label={t.results}>
        {groupHitsByMeeting(result.hits).map((group) => (
          <li key={group.meetingId}>
            <h3>
              {group.meetingName} <span>{formatDutchDate(group.date)}</span>
            </h3>
            <ul className="search-hits">
              {group.hits.map((hit) => (
                <li key={hit.id}>
                  <button type="button" className="search-hit" onClick={() => onOpen(hit)}>
                    <span className="search-hit__where">
                      {[t.kinds[hit.kind], hit.section?.toLocaleUpperCase('nl-NL'), hit.kind === 'title' ? undefined : hit.itemTitle].filter(Boolean).join(' · ')}
                    </span>
                    <Snippet hit={hit} />
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {result.more && <p className="search__status">{t.more}</p>}
    </>
  );
}
