/**
 * Words of a text for comparing documents: lower case, letters and digits only, so PDF line
 * breaks, hyphenation at line ends and punctuation do not count; the extract's "o" bullet
 * markers are dropped because a DOCX read back shows bullets as "-".
 */
export function comparableWords(text: string): string[] {
  return (text.toLocaleLowerCase('nl-NL').match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word !== 'o');
}

/** difflib-style similarity: 2 × (longest common subsequence) / (total length). */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return (2 * previous[b.length]!) / (a.length + b.length);
}
