import { FNV_OFFSET, FNV_PRIME, WordTable, wordCharacterWidth } from './word-table';

/**
 * The words of every search document and, per word, the documents holding it: a compact inverted
 * index of our own (docs/search.md says why not MiniSearch's). A word counts once per document:
 * minutes are ranked by where a word stands and how recent the meeting is, not how often it is
 * said. Documents are numbers given in ascending order, so each word's list stays ascending.
 *
 * Reading appends each document's word numbers to a log (typed arrays, nothing per word for the
 * collector to walk); the first search turns the log into one array of every word's documents,
 * side by side (`inverted`). Documents added after that are looked up in small lists of their
 * own until they are an eighth of the whole, and then merged in.
 */

/** The stored form: the vocabulary, and per word its documents as gaps from the one before. */
export interface PlainPostings {
  words: string[];
  gaps: number[][];
}

const EMPTY = new Int32Array(0);

export class WordPostings {
  private readonly table = new WordTable();
  /** Per word, the last document it was added to: a word said twice in a document is listed once, without a Set per document. */
  private lastDocument = new Int32Array(1024).fill(-1);
  /** Word w's documents are documents[offsets[w], offsets[w + 1]). */
  private inverted = { offsets: new Int32Array(1), documents: EMPTY };
  /** The documents not yet in `inverted`: their numbers, where each one's words start in the log, and the log. */
  private readonly tail = { documents: [] as number[], starts: [] as number[], log: new Int32Array(1 << 16), length: 0 };
  /** The tail's lists per word, made on the first search after an add. */
  private recent: Map<number, number[]> | undefined;

  /** Adds a document's folded text under its number, which is above every number added before. */
  add(document: number, folded: string): void {
    this.tail.documents.push(document);
    this.tail.starts.push(this.tail.length);
    this.recent = undefined;
    let start = -1;
    let hash = 0;
    for (let at = 0; at <= folded.length; at += 1) {
      const code = at < folded.length ? folded.charCodeAt(at) : 32;
      const width = wordCharacterWidth(code, folded, at);
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
      let number = this.table.find(folded, start, at, hash >>> 0);
      if (number < 0) number = this.newWord(folded.slice(start, at), hash >>> 0);
      start = -1;
      if (this.lastDocument[number] === document) continue;
      this.lastDocument[number] = document;
      this.append(number);
    }
  }

  /** The lists of the documents holding the word, or every word it begins (prefix): ascending each, perhaps several. */
  lookup(word: string, prefix: boolean): ArrayLike<number>[] {
    const numbers = prefix ? this.table.startingWith(word) : [this.table.numberOf(word)].filter((number) => number >= 0);
    if (this.tail.length * 8 > this.inverted.documents.length) this.merge();
    this.recent ??= this.recentLists();
    const lists: ArrayLike<number>[] = [];
    const { offsets, documents } = this.inverted;
    for (const number of numbers) {
      if (number + 1 < offsets.length && offsets[number + 1]! > offsets[number]!) lists.push(documents.subarray(offsets[number]!, offsets[number + 1]!));
      const recent = this.recent.get(number);
      if (recent) lists.push(recent);
    }
    return lists;
  }

  /** Every list with each document renumbered (undefined: gone), for compacting; words left without documents go. */
  toPlain(renumber: (document: number) => number | undefined = (document) => document): PlainPostings {
    this.merge();
    const plain: PlainPostings = { words: [], gaps: [] };
    const { offsets, documents } = this.inverted;
    this.table.words.forEach((word, number) => {
      const gaps: number[] = [];
      let previous = -1;
      for (let at = offsets[number]!; at < offsets[number + 1]!; at += 1) {
        const renumbered = renumber(documents[at]!);
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
    const offsets = new Int32Array(plain.words.length + 1);
    plain.gaps.forEach((gaps, number) => (offsets[number + 1] = offsets[number]! + (Array.isArray(gaps) ? gaps.length : 0)));
    const documents = new Int32Array(offsets[plain.words.length]!);
    plain.words.forEach((word, number) => {
      if (typeof word !== 'string' || postings.table.numberOf(word) >= 0) throw new Error('postings: a word is missing or twice');
      postings.newWord(word, undefined);
      let document = -1;
      let at = offsets[number]!;
      for (const gap of plain.gaps[number] ?? []) {
        document += gap;
        if (!Number.isInteger(gap) || gap < 1 || document >= documentCount) throw new Error(`postings: a list of "${word}" is not ascending numbers of documents`);
        documents[at++] = document;
      }
    });
    postings.inverted = { offsets, documents };
    return postings;
  }

  private newWord(word: string, hash: number | undefined): number {
    const number = this.table.add(word, hash);
    if (number >= this.lastDocument.length) {
      const grown = new Int32Array(this.lastDocument.length * 2).fill(-1);
      grown.set(this.lastDocument);
      this.lastDocument = grown;
    }
    return number;
  }

  private append(number: number): void {
    if (this.tail.length === this.tail.log.length) {
      const grown = new Int32Array(this.tail.log.length * 2);
      grown.set(this.tail.log);
      this.tail.log = grown;
    }
    this.tail.log[this.tail.length++] = number;
  }

  /** Calls back each (word, document) of the tail, documents in order. */
  private forEachInTail(each: (number: number, document: number) => void): void {
    const { documents, starts, log, length } = this.tail;
    documents.forEach((document, n) => {
      for (let at = starts[n]!; at < (starts[n + 1] ?? length); at += 1) each(log[at]!, document);
    });
  }

  private recentLists(): Map<number, number[]> {
    const lists = new Map<number, number[]>();
    this.forEachInTail((number, document) => {
      const list = lists.get(number);
      if (list) list.push(document);
      else lists.set(number, [document]);
    });
    return lists;
  }

  /** The tail into `inverted`: counted per word, then placed after the word's older documents. */
  private merge(): void {
    if (this.tail.documents.length === 0) return;
    const old = this.inverted;
    const words = this.table.words.length;
    const oldCount = (number: number) => (number + 1 < old.offsets.length ? old.offsets[number + 1]! - old.offsets[number]! : 0);
    const offsets = new Int32Array(words + 1);
    for (let at = 0; at < this.tail.length; at += 1) offsets[this.tail.log[at]! + 1]! += 1;
    for (let number = 0; number < words; number += 1) offsets[number + 1] = offsets[number + 1]! + offsets[number]! + oldCount(number);
    const documents = new Int32Array(offsets[words]!);
    const next = offsets.slice(0, words);
    for (let number = 0; number < words; number += 1) {
      if (oldCount(number) === 0) continue;
      documents.set(old.documents.subarray(old.offsets[number]!, old.offsets[number + 1]!), next[number]!);
      next[number]! += oldCount(number);
    }
    this.forEachInTail((number, document) => (documents[next[number]!++] = document));
    this.inverted = { offsets, documents };
    Object.assign(this.tail, { documents: [], starts: [], length: 0 });
    this.recent = undefined;
  }
}
