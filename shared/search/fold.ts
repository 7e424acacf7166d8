/**
 * Dutch accent folding: "coördinatie", "coordinatie" and "COÖRDINATIE" meet as "coordinatie".
 * Done once per search document and once per query, not per term: the index stores folded words.
 */

// Combining marks left by NFD (é → e + ◌́); ß, æ and ĳ keep their letters.
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\u0000-\u007f]/;
// Letters and digits of any script make a word; everything else separates words.
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, accents removed. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Most text is plain ASCII: normalising it would cost a pass for nothing.
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(/\u0133/g, 'ij') : lower;
}

/** The words of folded text, in order, repeats kept. */
export function wordsOf(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

/** Each word once, in order of first appearance, joined by spaces: what the index reads of a document. */
export function uniqueWords(text: string): string {
  return [...new Set(wordsOf(foldText(text)))].join(' ');
}
