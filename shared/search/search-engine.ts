import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Meeting } from '../model/meeting';
import { foldText, uniqueWords, wordsOf } from './fold';
import { meetingSearchDocuments, type SearchDocument, type SearchKind } from './search-documents';
import type { SearchFilters, SearchQuery } from './search-query';

/** What the index keeps of a document besides its words: what the filters and the results need, not the text. */
type StoredFields = Pick<SearchDocument, 'meetingId' | 'itemId' | 'section' | 'date' | 'kind' | 'open'>;
export const STORED_FIELDS: (keyof StoredFields)[] = ['meetingId', 'itemId', 'section', 'date', 'kind', 'open'];

export interface EngineHit extends StoredFields {
  id: string;
  score: number;
}

/**
 * The options an index is built and loaded with. Documents arrive as their folded words, once
 * each (see uniqueWords), so tokenising is a split and terms need no further processing.
 */
export const ENGINE_OPTIONS = {
  fields: ['text'],
  storeFields: STORED_FIELDS,
  // MiniSearch's own typing asks for a string, but stored fields keep their type (open is a boolean).
  extractField: (document: SearchDocument, field: string) => (field === 'text' ? uniqueWords(document.text) : (document[field as keyof SearchDocument] as string)),
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term || null,
  searchOptions: { combineWith: 'AND' as const },
};

export type SearchEngine = MiniSearch<SearchDocument>;

export function createSearchEngine(): SearchEngine {
  return new MiniSearch<SearchDocument>(ENGINE_OPTIONS);
}

/** Adds a meeting's documents; answers their ids, to take them out again when the meeting changes. */
export function addMeeting(engine: SearchEngine, meeting: Meeting): string[] {
  const documents = meetingSearchDocuments(meeting);
  engine.addAll(documents);
  return documents.map((document) => document.id);
}

function matchesFilters(hit: StoredFields, filters: SearchFilters): boolean {
  if (filters.onlyDecisions && hit.kind !== 'decision') return false;
  if (filters.onlyOpenActions && !(hit.kind === 'action' && hit.open)) return false;
  if (filters.from && hit.date < filters.from) return false;
  if (filters.to && hit.date > filters.to) return false;
  if (filters.section && !foldText(hit.section ?? '').includes(foldText(filters.section))) return false;
  return true;
}

/** The words and phrases, all of which must be found; a phrase's order is checked later, on its text. */
function engineQuery(query: SearchQuery): Query {
  const queries: Query[] = [
    ...query.words.map((word) => ({ queries: [word.text], prefix: word.prefix })),
    ...query.phrases.flat().map((word) => word),
  ];
  return queries.length === 0 ? MiniSearch.wildcard : { combineWith: 'AND', queries };
}

/** The documents that have every word of the query and pass its filters, best first. */
export function searchEngine(engine: SearchEngine, query: SearchQuery): EngineHit[] {
  const results: SearchResult[] = engine.search(engineQuery(query), { filter: (result) => matchesFilters(result as unknown as StoredFields, query.filters) });
  return results.map((result) => ({
    id: String(result.id),
    score: result.score,
    meetingId: result.meetingId as string,
    itemId: result.itemId as string | undefined,
    section: result.section as string | undefined,
    date: result.date as string,
    kind: result.kind as SearchKind,
    open: result.open as boolean | undefined,
  }));
}

/** Whether the text holds each phrase's words one after another: the check the index cannot make. */
export function hasPhrases(text: string, phrases: readonly string[][]): boolean {
  if (phrases.length === 0) return true;
  const joined = ` ${wordsOf(foldText(text)).join(' ')} `;
  return phrases.every((phrase) => joined.includes(` ${phrase.join(' ')} `));
}
