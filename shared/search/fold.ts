/**
 * Dutch accent folding: "coördinatie", "coordinatie" and "COÖRDINATIE" meet as "coordinatie".
 * Done once per search document and once per query, not per term: the index stores folded words
 * (word-postings.ts reads words as wordsOf does).
 */

// Combining marks left by NFD (é → e + ◌́); ß, æ and ĳ keep their letters.
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\u0000-\u007f]/;
const NON_ASCII_RUNS = /[^\u0000-\u007f]+/g;
// Letters and digits of any script make a word; everything else separates words.
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, accents removed. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Most text is plain ASCII: only the runs of other characters are normalised, not the whole text.
  return NON_ASCII.test(lower) ? lower.replace(NON_ASCII_RUNS, foldRun) : lower;
}

function foldRun(run: string): string {
  return run.normalize('NFD').replace(COMBINING_MARKS, '').replace(/\u0133/g, 'ij');
}

/** The words of folded text, in order, repeats kept. */
export function wordsOf(folded: string): string[] {
  return folded.match(WORD) ?? [];
}
