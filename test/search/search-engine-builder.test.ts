import { describe, expect, it } from 'vitest';
import { SearchEngineBuilder } from '../../shared/search/search-engine-builder';
import { addMeeting, createSearchEngine, searchEngine, type SearchEngine } from '../../shared/search/search-engine';
import { parseSearchQuery } from '../../shared/search/search-query';
import { generateMeeting, LARGE_MEETING } from '../../bench/large-meeting';
import { item, meeting, para, section } from '../export/meeting-fixtures';

const small = { ...LARGE_MEETING, sections: 3, itemsPerSection: 4, words: 2000 };
const meetings = [
  { ...generateMeeting({ ...small, seed: 1 }), id: 'g1', date: '2023-02-23' },
  { ...generateMeeting({ ...small, seed: 2 }), id: 'g2', date: '2024-04-18' },
  meeting({ id: 'm3', sections: [section('Jeugd', { ...item('Coördinatie', para('Één keer dagbestéding')), decision: 'Besloten.' })] }),
];

/** Every query's hits as [id, score], best first: what a search shows and in which order. */
const answers = (engine: SearchEngine) =>
  ['dagbesteding', 'coordinatie', 'een', 'continu*', 'regio overleg', 'alleen:besluiten', 'tafel:jeugd evaluatie'].map((query) =>
    searchEngine(engine, parseSearchQuery(query)).map((hit) => [hit.id, hit.score.toFixed(9), hit.kind, hit.section, hit.open]),
  );

describe('building the index of many meetings at once', () => {
  it('gives the very engine that adding the meetings one by one gives: the same hits, scores and order', () => {
    const added = createSearchEngine();
    const builder = new SearchEngineBuilder();
    for (const each of meetings) expect(builder.add(each)).toEqual(addMeeting(added, each));
    const built = builder.build();
    expect(built.documentCount).toBe(added.documentCount);
    expect(built.termCount).toBe(added.termCount);
    expect(answers(built)).toEqual(answers(added));
    expect(answers(built).flat().length).toBeGreaterThan(10);
  });

  it('takes later changes as an engine built by adding does: a meeting taken out and put back', () => {
    const builder = new SearchEngineBuilder();
    const ids = meetings.map((each) => builder.add(each));
    const built = builder.build();
    built.discardAll(ids[2]!);
    expect(searchEngine(built, parseSearchQuery('coordinatie'))).toEqual([]);
    addMeeting(built, meetings[2]!);
    expect(searchEngine(built, parseSearchQuery('coordinatie')).map((hit) => hit.meetingId)).toEqual(['m3']);
  });
});
