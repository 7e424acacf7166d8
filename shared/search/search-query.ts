import { foldText, wordsOf } from './fold';

/** What narrows a search besides its words; the same whether typed in the query or picked in the filters. */
export interface SearchFilters {
  /** A domain table's title, compared without case or accents. */
  section?: string;
  /** First and last day, YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
  onlyDecisions?: boolean;
  onlyOpenActions?: boolean;
}

export interface QueryWord {
  /** Folded. */
  text: string;
  /** `dag*`: every word that starts so. */
  prefix: boolean;
}

/** A value the query gave that cannot be used; the search runs without it. */
export interface QueryProblem {
  code: 'bad-date' | 'unknown-filter';
  value: string;
}

export interface SearchQuery {
  words: QueryWord[];
  /** Each phrase as its folded words, to be found in this order. */
  phrases: string[][];
  filters: SearchFilters;
  problems: QueryProblem[];
}

/** The filter words a secretary types, in Dutch as the rest of what she sees: `tafel:jeugd van:2024-03 alleen:besluiten`. */
export const FILTER_KEYS = { section: 'tafel', from: 'van', to: 'tot', period: 'periode', only: 'alleen' } as const;
export const ONLY_VALUES = { decisions: 'besluiten', openActions: 'acties' } as const;

// A quoted phrase (its closing quote may be missing while typing), or a run without spaces.
const TOKEN = /(?:(\w+):)?(?:"([^"]*)"?|(\S+))/g;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** 2024 → 2024-01-01 or 2024-12-31; 2024-03 → 2024-03-01 or 2024-03-31 (compared as text, so 31 suits every month). */
export function periodBound(value: string, end: 'from' | 'to'): string | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const monthNumber = Number(month ?? 1);
  if (monthNumber < 1 || monthNumber > 12 || (day !== undefined && (Number(day) < 1 || Number(day) > 31))) return undefined;
  return `${year}-${month ?? (end === 'from' ? '01' : '12')}-${day ?? (end === 'from' ? '01' : '31')}`;
}

function applyFilter(query: SearchQuery, key: string, value: string): boolean {
  const setBound = (end: 'from' | 'to', bound = periodBound(value, end)): void => {
    if (bound) query.filters[end] = bound;
    else query.problems.push({ code: 'bad-date', value });
  };
  switch (key.toLowerCase()) {
    case FILTER_KEYS.section:
      query.filters.section = value;
      return true;
    case FILTER_KEYS.from:
      setBound('from');
      return true;
    case FILTER_KEYS.to:
      setBound('to');
      return true;
    case FILTER_KEYS.period:
      setBound('from');
      if (query.filters.from) setBound('to');
      return true;
    case FILTER_KEYS.only: {
      const only = foldText(value);
      if (only.startsWith('besluit')) query.filters.onlyDecisions = true;
      else if (only.startsWith('actie') || only.startsWith('open')) query.filters.onlyOpenActions = true;
      else query.problems.push({ code: 'unknown-filter', value: `${key}:${value}` });
      return true;
    }
    default:
      return false;
  }
}

function addText(query: SearchQuery, raw: string, quoted: boolean): void {
  const prefix = !quoted && raw.endsWith('*');
  const words = wordsOf(foldText(raw));
  if (words.length === 0) return;
  // "e-mail" is two words in the index, found as the phrase they make.
  if (quoted || words.length > 1) {
    query.phrases.push(words);
    if (prefix) query.words.push({ text: words.at(-1)!, prefix: true });
  } else query.words.push({ text: words[0]!, prefix });
}

/** Reads what the secretary typed: words, "phrases", prefixes (dag*) and filters (tafel:, van:, tot:, periode:, alleen:). */
export function parseSearchQuery(text: string): SearchQuery {
  const query: SearchQuery = { words: [], phrases: [], filters: {}, problems: [] };
  for (const match of text.matchAll(TOKEN)) {
    const [whole, key, phrase, bare] = match;
    const value = phrase ?? bare ?? '';
    if (key && value && applyFilter(query, key, value)) continue;
    if (key && !value) continue;
    addText(query, key ? whole : value, phrase !== undefined && !key);
  }
  return query;
}

/** True when the query asks for nothing at all: no words, no phrases, no filters. */
export function isEmptyQuery(query: SearchQuery): boolean {
  return query.words.length === 0 && query.phrases.length === 0 && Object.values(query.filters).every((value) => value === undefined || value === false);
}
