/**
 * The words of every search document and, per word, the documents holding it: a compact inverted
 * index of our own (docs/search.md says why not MiniSearch's). A word counts once per document:
 * minutes are ranked by where a word stands and how recent the meeting is, not how often it is
 * said. Documents are numbers given in order, so each word's list stays ascending by appending.
 */

// Letters and digits of any script make a word, as wordsOf in fold.ts.
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The stored form: the vocabulary, and per word its documents as gaps from the one before. */
export interface PlainPostings {
  words: string[];
  gaps: number[][];
}

export class WordPostings {
  private readonly words: string[] = [];
  /**
   * The words by hash, open addressing (each slot a word's number + 1): the archive's millions of
   * words are hashed as they are read, never cut out as strings or put in a Map. Measured: half
   * the time of regex, Set and Map per word (docs/search.md).
   */
  private slots = new Int32Array(1 << 12);
  private hashes: number[] = [];
  private readonly lists: number[][] = [];
  /** Per word, the last document it was added to: a word said twice in a document is listed once, without a Set per document. */
  private lastDocument = new Int32Array(1024).fill(-1);
  /** The vocabulary sorted, for prefixes; made again when a word is new since. */
  private sorted: string[] | undefined;

  /** Adds a document's folded text under its number, which is above every number added before. */
  add(document: number, folded: string): void {
    let start = -1;
    let hash = 0;
    for (let at = 0; at <= folded.length; at += 1) {
      const code = at < folded.length ? folded.charCodeAt(at) : 32;
      const width = isWordCharacter(code, folded, at);
      if (width > 0) {
        if (start < 0) {
          start = at;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
        if (width === 2) {
          at += 1;
          hash = Math.imul(hash ^ folded.charCodeAt(at), FNV_PRIME);
        }
        continue;
      }
      if (start < 0) continue;
      let number = this.find(folded, start, at, hash >>> 0);
      if (number < 0) number = this.newWord(folded.slice(start, at), hash >>> 0);
      start = -1;
      if (this.lastDocument[number] === document) continue;
      this.lastDocument[number] = document;
      this.lists[number]!.push(document);
    }
  }

  /** The lists of the documents holding the word, or every word it begins (prefix): ascending each, perhaps several. */
  lookup(word: string, prefix: boolean): number[][] {
    if (!prefix) {
      const number = this.find(word, 0, word.length, hashOf(word));
      return number < 0 ? [] : [this.lists[number]!];
    }
    this.sorted ??= [...this.words].sort();
    const lists: number[][] = [];
    for (let at = firstAtLeast(this.sorted, word); at < this.sorted.length && this.sorted[at]!.startsWith(word); at += 1) {
      const found = this.sorted[at]!;
      lists.push(this.lists[this.find(found, 0, found.length, hashOf(found))]!);
    }
    return lists;
  }

  /** Every list with each document renumbered (undefined: gone), for compacting; words left without documents go. */
  toPlain(renumber: (document: number) => number | undefined = (document) => document): PlainPostings {
    const plain: PlainPostings = { words: [], gaps: [] };
    this.words.forEach((word, number) => {
      const gaps: number[] = [];
      let previous = -1;
      for (const document of this.lists[number]!) {
        const renumbered = renumber(document);
        if (renumbered === undefined) continue;
        gaps.push(renumbered - previous);
        previous = renumbered;
      }
      if (gaps.length === 0) return;
      plain.words.push(word);
      plain.gaps.push(gaps);
    });
    return plain;
  }

  /** The index a stored form describes; throws when it is not one (the caller rebuilds). */
  static fromPlain(plain: PlainPostings, documentCount: number): WordPostings {
    if (!Array.isArray(plain.words) || !Array.isArray(plain.gaps) || plain.words.length !== plain.gaps.length) throw new Error('postings: words and lists disagree');
    const postings = new WordPostings();
    plain.words.forEach((word, n) => {
      if (typeof word !== 'string' || postings.find(word, 0, word.length, hashOf(word)) >= 0) throw new Error('postings: a word is missing or twice');
      const list = postings.lists[postings.newWord(word, hashOf(word))]!;
      let document = -1;
      for (const gap of plain.gaps[n] ?? []) {
        document += gap;
        if (!Number.isInteger(gap) || gap < 1 || document >= documentCount) throw new Error(`postings: a list of "${word}" is not ascending numbers of documents`);
        list.push(document);
      }
    });
    return postings;
  }

  /** The number of the word text[start, end) of that hash, or -1. */
  private find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const number = this.slots[slot]! - 1;
      if (number < 0) return -1;
      const word = this.words[number]!;
      if (this.hashes[number] === hash && word.length === end - start && text.startsWith(word, start)) return number;
    }
  }

  private newWord(word: string, hash: number): number {
    const number = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    this.lists.push([]);
    this.sorted = undefined;
    // At most half the slots taken, so a look rarely walks far.
    if (this.words.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(number);
    if (number >= this.lastDocument.length) {
      const grown = new Int32Array(this.lastDocument.length * 2).fill(-1);
      grown.set(this.lastDocument);
      this.lastDocument = grown;
    }
    return number;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let number = 0; number < this.words.length; number += 1) this.place(number);
  }

  private place(number: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[number]! & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = number + 1;
  }
}

/** FNV-1a over the UTF-16 code units, as add computes it while reading. */
function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let at = 0; at < word.length; at += 1) hash = Math.imul(hash ^ word.charCodeAt(at), FNV_PRIME);
  return hash >>> 0;
}

/** Non-ASCII code units, once each: 1 a letter or digit, 2 not. */
const otherCharacters = new Uint8Array(0x10000);

/** How many code units the word character at `at` takes (2: a letter outside the BMP); 0 when it separates words. */
function isWordCharacter(code: number, text: string, at: number): number {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(at)!)) ? 2 : 0;
  if (otherCharacters[code] === 0) otherCharacters[code] = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
  return otherCharacters[code] === 1 ? 1 : 0;
}

/** The first place in the sorted words at or after the word (binary search). */
function firstAtLeast(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < word) low = mid + 1;
    else high = mid;
  }
  return low;
}
