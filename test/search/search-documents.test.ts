import { describe, expect, it } from 'vitest';
import { findSearchDocument, meetingSearchDocuments } from '../../shared/search/search-documents';
import { hasPhrases, SearchEngine } from '../../shared/search/search-engine';
import { parseSearchQuery } from '../../shared/search/search-query';
import { buildSnippet } from '../../shared/search/snippet';
import { item, list, meeting, para, section } from '../export/meeting-fixtures';

function sample() {
  const discussed = {
    ...item('Dagbesteding ouderen', para('De regio bespreekt de inkoop.'), list('bullet', 'Continuïteit van zorg')),
    proposals: [{ id: 'v1', text: 'In te stemmen met de regionale inkoop.', outcome: 'adopted' as const }],
    decision: 'Het overleg stemt in met de inkoop van dagbesteding.',
    actions: [
      { id: 'x1', who: 'Joke Lanphen', what: 'Raad informeren', done: false },
      { id: 'x2', who: 'Secretariaat', what: 'Verslag rondsturen', done: true },
    ],
  };
  return meeting({ id: 'm1', date: '2024-04-18', sections: [section('JEUGD EN ONDERWIJS', discussed)] });
}

describe("a meeting's search documents", () => {
  it('gives the name, and per item its title, notes, each proposal, the decision and each action, with where they are', () => {
    const theMeeting = sample();
    const documents = meetingSearchDocuments(theMeeting);
    const itemId = theMeeting.sections[0]!.items[0]!.id;
    expect(documents.map((document) => [document.kind, document.text])).toEqual([
      ['meeting', 'Overleg portefeuillehouders sociaal domein'],
      ['title', 'Dagbesteding ouderen'],
      ['notes', 'De regio bespreekt de inkoop.\nContinuïteit van zorg'],
      ['proposal', 'In te stemmen met de regionale inkoop.'],
      ['decision', 'Het overleg stemt in met de inkoop van dagbesteding.'],
      ['action', 'Joke Lanphen: Raad informeren'],
      ['action', 'Secretariaat: Verslag rondsturen'],
    ]);
    expect(documents[1]).toMatchObject({ meetingId: 'm1', itemId, section: 'JEUGD EN ONDERWIJS', date: '2024-04-18' });
    expect(documents.filter((document) => document.kind === 'action').map((document) => document.open)).toEqual([true, false]);
  });

  it('finds a document again by its id, for its snippet', () => {
    const theMeeting = sample();
    for (const document of meetingSearchDocuments(theMeeting)) expect(findSearchDocument(theMeeting, document.id)).toEqual(document);
  });
});

describe('the search engine over those documents', () => {
  const engine = new SearchEngine();
  engine.addMeeting(sample());
  const kinds = (text: string) => engine.search(parseSearchQuery(text)).hits.map((hit) => hit.kind).sort();

  it('finds words whatever their accents, and prefixes', () => {
    expect(kinds('continuiteit')).toEqual(['notes']);
    expect(kinds('CONTINUÏTEIT')).toEqual(['notes']);
    expect(kinds('dagbest*')).toEqual(['decision', 'title']);
    expect(kinds('dagbest')).toEqual([]);
  });

  it('wants every word of the query in one document', () => {
    expect(kinds('inkoop dagbesteding')).toEqual(['decision']);
  });

  it('keeps to decisions, or to actions not yet done', () => {
    expect(kinds('inkoop alleen:besluiten')).toEqual(['decision']);
    expect(kinds('alleen:acties')).toEqual(['action']);
  });

  it('checks a phrase on the text: the words in that order', () => {
    expect(hasPhrases('Het overleg stemt in met de inkoop', [['stemt', 'in']])).toBe(true);
    expect(hasPhrases('in stemt', [['stemt', 'in']])).toBe(false);
  });
});

describe('a snippet', () => {
  it('marks each word the query found, accents as typed', () => {
    const parts = buildSnippet('De dagbestéding en de Dagbesteding.', parseSearchQuery('dagbesteding'));
    expect(parts).toEqual([
      { text: 'De ', hit: false },
      { text: 'dagbestéding', hit: true },
      { text: ' en de ', hit: false },
      { text: 'Dagbesteding', hit: true },
      { text: '.', hit: false },
    ]);
  });

  it('starts near the first hit of a long text, at a word', () => {
    const text = `${'woord '.repeat(100)}dagbesteding ${'tekst '.repeat(100)}`;
    const parts = buildSnippet(text, parseSearchQuery('dagbesteding'));
    expect(parts[0]).toEqual({ text: '… ', hit: false });
    expect(parts[1]!.text.startsWith('woord')).toBe(true);
    expect(parts.find((part) => part.hit)?.text).toBe('dagbesteding');
    expect(parts.at(-1)).toEqual({ text: ' …', hit: false });
  });
});
