import { describe, expect, it } from 'vitest';
import { foldText, wordsOf } from '../../shared/search/fold';
import { WordPostings } from '../../shared/search/word-postings';

describe('Dutch accent folding', () => {
  it.each([
    ['Coördinatie', 'coordinatie'],
    ['CAFÉ', 'cafe'],
    ['ideeën', 'ideeen'],
    ['België', 'belgie'],
    ['naïef', 'naief'],
    ['à propos', 'a propos'],
    ['co\u0308rdinatie', 'cordinatie'],
    ['\u0133sselmeer', 'ijsselmeer'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('leaves plain ASCII as it is, only lower case', () => {
    expect(foldText('Dagbesteding 2024')).toBe('dagbesteding 2024');
  });

  it('splits words at anything but letters and digits', () => {
    expect(wordsOf(foldText('Jeugd- en onderwijs: 12,5%!'))).toEqual(['jeugd', 'en', 'onderwijs', '12', '5']);
  });

  it('is how the index reads words too, so every word a query makes is found in the text it came from', () => {
    const text = foldText('Jeugd- en onderwijs: 12,5%! Coördinatie—ĳs «citaat» naïef_woord e-mail 𝒜lfa');
    const postings = new WordPostings();
    postings.add(0, text);
    for (const word of wordsOf(text)) expect(postings.lookup(word, false).map((list) => Array.from(list)), word).toEqual([[0]]);
  });
});
