import { describe, expect, it } from 'vitest';
import { foldText, uniqueWords, wordsOf } from '../../shared/search/fold';

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

  it('keeps each word once, in the order first met: what a document gives the index', () => {
    expect(uniqueWords('De regio en de Regio, en de régio.')).toBe('de regio en');
  });
});
