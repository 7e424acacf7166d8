import { describe, expect, it } from 'vitest';
import { isEmptyQuery, parseSearchQuery, periodBound } from '../../shared/search/search-query';

describe('reading a search query', () => {
  it('folds words and marks a trailing * as a prefix', () => {
    expect(parseSearchQuery('Dagbestéding jeugd*').words).toEqual([
      { text: 'dagbesteding', prefix: false },
      { text: 'jeugd', prefix: true },
    ]);
  });

  it('keeps a quoted phrase as its words in order, even while its closing quote is still missing', () => {
    expect(parseSearchQuery('"Beschermd Wonen" zorg').phrases).toEqual([['beschermd', 'wonen']]);
    expect(parseSearchQuery('"beschermd wo').phrases).toEqual([['beschermd', 'wo']]);
  });

  it('reads a word with a hyphen as the phrase of its parts, as the index holds them', () => {
    expect(parseSearchQuery('e-mail')).toMatchObject({ words: [], phrases: [['e', 'mail']] });
  });

  it('takes the Dutch filter words out of the words', () => {
    const query = parseSearchQuery('dagbesteding tafel:"jeugd en onderwijs" van:2024-03 tot:2024-06 alleen:besluiten');
    expect(query.words).toEqual([{ text: 'dagbesteding', prefix: false }]);
    expect(query.filters).toEqual({ section: 'jeugd en onderwijs', from: '2024-03-01', to: '2024-06-31', onlyDecisions: true });
  });

  it('reads a period of a year or a month as both its ends', () => {
    expect(parseSearchQuery('periode:2023').filters).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(parseSearchQuery('alleen:acties').filters).toEqual({ onlyOpenActions: true });
  });

  it('says which filter value it could not use, and searches without it', () => {
    const query = parseSearchQuery('jeugd van:maart alleen:alles');
    expect(query.problems).toEqual([
      { code: 'bad-date', value: 'maart' },
      { code: 'unknown-filter', value: 'alleen:alles' },
    ]);
    expect(query.filters).toEqual({});
    expect(query.words).toEqual([{ text: 'jeugd', prefix: false }]);
  });

  it('treats a colon that is no filter as text (a time of day)', () => {
    expect(parseSearchQuery('10:30').phrases).toEqual([['10', '30']]);
  });

  it('refuses a month or day that cannot be', () => {
    expect(periodBound('2024-13', 'from')).toBeUndefined();
    expect(periodBound('2024-02-32', 'to')).toBeUndefined();
    expect(periodBound('2024-02-09', 'to')).toBe('2024-02-09');
  });

  it('knows an empty query from one with only a filter', () => {
    expect(isEmptyQuery(parseSearchQuery('  '))).toBe(true);
    expect(isEmptyQuery(parseSearchQuery('alleen:besluiten'))).toBe(false);
  });
});
