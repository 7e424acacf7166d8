// Letters and digits of any script make a word, as wordsOf in fold.ts.
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/**
 * The vocabulary, each word a number, by hash with open addressing (each slot a word's number + 1):
 * the archive's millions of words are hashed as they are read (WordPostings.add), never cut out
 * as strings or looked up in a Map. Measured: regex, a Set per document and a Map per word took
 * twice as long (docs/search.md).
 */
export class WordTable {
  readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private slots = new Int32Array(1 << 12);
  /** The vocabulary sorted, for prefixes; made again when a word is new since. */
  private sorted: string[] | undefined;

  /** The number of the word text[start, end) of that hash (FNV-1a over its code units), or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const number = this.slots[slot]! - 1;
      if (number < 0) return -1;
      const word = this.words[number]!;
      if (this.hashes[number] === hash && word.length === end - start && text.startsWith(word, start)) return number;
    }
  }

  numberOf(word: string): number {
    return this.find(word, 0, word.length, hashOf(word));
  }

  /** Adds a word not yet known; answers its number. */
  add(word: string, hash = hashOf(word)): number {
    const number = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    this.sorted = undefined;
    // At most half the slots taken, so a look rarely walks far.
    if (this.words.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      for (let each = 0; each < this.words.length; each += 1) this.place(each);
    } else this.place(number);
    return number;
  }

  /** The numbers of every word that starts so: binary search in the sorted vocabulary. */
  startingWith(prefix: string): number[] {
    this.sorted ??= [...this.words].sort();
    const sorted = this.sorted;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    const numbers: number[] = [];
    for (let at = low; at < sorted.length && sorted[at]!.startsWith(prefix); at += 1) numbers.push(this.numberOf(sorted[at]!));
    return numbers;
  }

  private place(number: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[number]! & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = number + 1;
  }
}

/** FNV-1a over the UTF-16 code units, as WordPostings.add computes it while reading. */
export function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let at = 0; at < word.length; at += 1) hash = Math.imul(hash ^ word.charCodeAt(at), FNV_PRIME);
  return hash >>> 0;
}

/** Non-ASCII code units, once each: 1 a letter or digit, 2 not. */
const otherCharacters = new Uint8Array(0x10000);

/** How many code units the word character at `at` takes (2: a letter outside the BMP); 0 when it separates words. */
export function wordCharacterWidth(code: number, text: string, at: number): number {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(at)!)) ? 2 : 0;
  if (otherCharacters[code] === 0) otherCharacters[code] = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
  return otherCharacters[code] === 1 ? 1 : 0;
}
