import { describe, expect, it } from 'vitest';
import { SearchEngine, type PlainEngine } from '../../shared/search/search-engine';
import { parseSearchQuery } from '../../shared/search/search-query';
import { WordPostings } from '../../shared/search/word-postings';
import { item, meeting, para, section } from '../export/meeting-fixtures';

const spring = meeting({
  id: 'spring',
  date: '2024-04-18',
  sections: [
    section(
      'JEUGD EN ONDERWIJS',
      { ...item('Inkoop jeugdhulp', para('Over dagbesteding en nog eens dagbesteding gesproken.')), decision: 'Dagbesteding wordt regionaal ingekocht.' },
      item('Dagbesteding ouderen', para('Wachtlijsten 😀dagbesteding')),
    ),
  ],
});
const autumn = meeting({ id: 'autumn', date: '2023-10-12', sections: [section('JEUGD EN ONDERWIJS', item('Dagbesteding jongeren', para('Dagbestedingslocaties bezocht.')))] });

function engineOf(...meetings: ReturnType<typeof meeting>[]): SearchEngine {
  const engine = new SearchEngine();
  for (const each of meetings) engine.addMeeting(each);
  return engine;
}

const found = (engine: SearchEngine, query: string, limit?: number) => engine.search(parseSearchQuery(query), limit).hits.map((hit) => `${hit.meetingId} ${hit.kind} ${hit.itemId ?? ''}`.trim());

describe('the search engine', () => {
  it('ranks titles above decisions above notes, and within a kind the newer meeting first, then agenda order', () => {
    const engine = engineOf(autumn, spring);
    const [first, second] = spring.sections[0]!.items.map((each) => each.id);
    expect(found(engine, 'dagbesteding')).toEqual([
      `spring title ${second}`,
      `autumn title ${autumn.sections[0]!.items[0]!.id}`,
      `spring decision ${first}`,
      `spring notes ${first}`,
      `spring notes ${second}`,
    ]);
  });

  it('hands on only the first hits asked for, and says how many there are', () => {
    const engine = engineOf(autumn, spring);
    const result = engine.search(parseSearchQuery('dagbesteding'), 2);
    expect(result.hits).toHaveLength(2);
    expect(result.total).toBe(5);
  });

  it('lists a document once when several words of a prefix are in it', () => {
    const engine = engineOf(autumn);
    expect(found(engine, 'dagbested*')).toEqual([`autumn title ${autumn.sections[0]!.items[0]!.id}`, `autumn notes ${autumn.sections[0]!.items[0]!.id}`]);
    expect(found(engine, 'dagbestedingsloc*')).toHaveLength(1);
    expect(found(engine, 'zzz*')).toEqual([]);
  });

  it('wants every word in one document, and parts a word from a symbol beside it', () => {
    const engine = engineOf(spring);
    expect(found(engine, 'wachtlijsten dagbesteding')).toHaveLength(1);
    expect(found(engine, 'wachtlijsten inkoop')).toEqual([]);
    expect(found(engine, 'onbekend')).toEqual([]);
  });

  it('forgets a meeting taken out and finds it again once put back, also after compacting', () => {
    const engine = engineOf(autumn, spring);
    const ids = engine.addMeeting({ ...autumn, id: 'copy' });
    engine.remove(ids);
    expect(found(engine, 'dagbestedingslocaties')).toEqual([`autumn notes ${autumn.sections[0]!.items[0]!.id}`]);
    // Enough taken out and put back that the engine compacts its lists more than once.
    for (let n = 0; n < 400; n += 1) engine.remove(engine.addMeeting(spring).slice(0));
    engine.addMeeting(spring);
    expect(engine.documentCount).toBe(engineOf(autumn, spring).documentCount);
    expect(found(engine, 'dagbesteding')).toEqual(found(engineOf(autumn, spring), 'dagbesteding'));
  });

  it('gives the same answers after being stored and read back', () => {
    const engine = engineOf(autumn, spring);
    engine.remove(engine.addMeeting({ ...spring, id: 'gone' }));
    const read = SearchEngine.fromPlain(JSON.parse(JSON.stringify(engine.toPlain())) as PlainEngine);
    for (const query of ['dagbesteding', 'dagbest*', 'wachtlijsten', 'alleen:besluiten', 'tafel:jeugd periode:2023']) expect(found(read, query)).toEqual(found(engine, query));
    expect(read.documentCount).toBe(engine.documentCount);
  });

  it.each<[string, (plain: PlainEngine) => unknown]>([
    ['a list not ascending', (plain) => ({ ...plain, postings: { ...plain.postings, gaps: plain.postings.gaps.map(() => [2, 0]) } })],
    ['a document number past the documents', (plain) => ({ ...plain, postings: { ...plain.postings, gaps: plain.postings.gaps.map(() => [999]) } })],
    ['a document id that says nothing', (plain) => ({ ...plain, documents: [['nonsense', null, '2024-01-01', null]] })],
    ['no postings', (plain) => ({ documents: plain.documents })],
  ])('refuses a stored form with %s', (_, spoil) => {
    expect(() => SearchEngine.fromPlain(spoil(engineOf(spring).toPlain()) as PlainEngine)).toThrow();
  });
});

/** The documents of a word, as plain numbers. */
const listsOf = (postings: WordPostings, word: string, prefix = false) => postings.lookup(word, prefix).map((list) => Array.from(list));

describe('the word lists', () => {
  it('finds each of many words after the table has grown, and tells words apart that share a start', () => {
    const postings = new WordPostings();
    const words = Array.from({ length: 5000 }, (_, n) => `woord${n}`);
    words.forEach((word, n) => postings.add(n, `${word} gedeeld`));
    expect(words.every((word, n) => listsOf(postings, word)[0]?.[0] === n)).toBe(true);
    expect(listsOf(postings, 'gedeeld')[0]).toHaveLength(5000);
    expect(listsOf(postings, 'woord499', true).flat().sort((a, b) => a - b)).toEqual([499, ...Array.from({ length: 10 }, (_, n) => 4990 + n)]);
  });

  it('finds documents added after a search, before and after they are merged into the rest', () => {
    const postings = new WordPostings();
    for (let n = 0; n < 100; n += 1) postings.add(n, 'gedeeld');
    expect(listsOf(postings, 'gedeeld').flat()).toHaveLength(100);
    postings.add(100, 'gedeeld nieuw');
    expect(listsOf(postings, 'gedeeld').flat()).toEqual(Array.from({ length: 101 }, (_, n) => n));
    expect(listsOf(postings, 'nieuw')).toEqual([[100]]);
    for (let n = 101; n < 300; n += 1) postings.add(n, n % 2 ? 'oneven gedeeld' : 'gedeeld');
    expect(listsOf(postings, 'gedeeld').flat()).toEqual(Array.from({ length: 300 }, (_, n) => n));
    expect(listsOf(postings, 'oneven').flat()).toHaveLength(100);
  });

  it('reads letters outside the basic plane as part of a word, and an emoji as a separator', () => {
    const postings = new WordPostings();
    postings.add(0, 'ab𝒜cd 😀los');
    expect(listsOf(postings, 'ab𝒜cd')).toEqual([[0]]);
    expect(listsOf(postings, 'los')).toEqual([[0]]);
  });
});
