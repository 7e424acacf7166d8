import type { Meeting } from '../model/meeting';
import { foldText, wordsOf } from './fold';
import { documentPlace, meetingSearchDocuments, type SearchDocument, type SearchKind } from './search-documents';
import type { SearchFilters, SearchQuery } from './search-query';
import { WordPostings, type PlainPostings } from './word-postings';

/** What the index keeps of a document besides its words: what the filters and the results need, not the text. */
type IndexedDocument = Omit<SearchDocument, 'text'>;

export interface EngineHit extends IndexedDocument {
  /** Where the document's kind stands (a title above notes); documents of one kind rank newest meeting first. */
  score: number;
}

/** A document as the engine holds it: its day as a number (20240418), for sorting without reading strings. */
type Entry = IndexedDocument & { day: number };

/** Every entry of one shape, fields always in this order: property reads stay fast across hundreds of thousands of them. */
const entryOf = ({ id, meetingId, itemId, section, date, kind, open }: IndexedDocument): Entry => ({
  id,
  meetingId,
  itemId,
  section,
  date,
  kind,
  open,
  day: Number(date.replace(/-/g, '')) || 0,
});

/** A title or a decision says what an item is about; a word somewhere in the notes says less. */
const KIND_WEIGHT: Record<SearchKind, number> = { meeting: 5, title: 4, decision: 3, proposal: 2, action: 2, notes: 1 };

/** The stored form: per document its id (which says meeting, item and kind), section, date and whether open. */
export interface PlainEngine {
  documents: [id: string, section: string | null, date: string, open: boolean | null][];
  postings: PlainPostings;
}

/** The index over every meeting's search documents: words found by WordPostings, filtered and ranked here. */
export class SearchEngine {
  private postings = new WordPostings();
  /** By number; undefined once taken out (its number stays in the word lists until compacted). */
  private documents: (Entry | undefined)[] = [];
  private readonly numbers = new Map<string, number>();
  /** Per document, how many of a search's terms it holds (see matching). */
  private found = new Uint16Array(0);

  get documentCount(): number {
    return this.numbers.size;
  }

  /** Adds a meeting's documents (replacing any of the same id); answers their ids, to take them out again when the meeting changes. */
  addMeeting(meeting: Meeting): string[] {
    const documents = meetingSearchDocuments(meeting);
    for (const { text, ...document } of documents) {
      const number = this.documents.length;
      // A document of the same id is replaced, never listed twice.
      const known = this.numbers.get(document.id);
      if (known !== undefined) this.documents[known] = undefined;
      this.documents.push(entryOf(document));
      this.numbers.set(document.id, number);
      this.postings.add(number, foldText(text));
    }
    return documents.map((document) => document.id);
  }

  /** Takes documents out; unknown ids are passed over. */
  remove(ids: readonly string[]): void {
    for (const id of ids) {
      const number = this.numbers.get(id);
      if (number === undefined) continue;
      this.documents[number] = undefined;
      this.numbers.delete(id);
    }
    // Taken-out numbers cost a look each search: once they outnumber the living, the lists are made anew.
    if (this.documents.length > 1000 && this.documents.length > 2 * this.numbers.size) this.compact();
  }

  /** The documents holding every word of the query and passing its filters, best first: the first `limit`, and how many there are. */
  search(query: SearchQuery, limit = Number.POSITIVE_INFINITY): { hits: EngineHit[]; total: number } {
    const terms = [...query.words.map((word) => this.postings.lookup(word.text, word.prefix)), ...query.phrases.flat().map((word) => this.postings.lookup(word, false))];
    const sectionPasses = sectionFilter(query.filters.section);
    // Filters alone rank nothing: the newest meeting first.
    const weigh = (kind: SearchKind) => (terms.length === 0 ? 0 : KIND_WEIGHT[kind]);
    const byWeight = new Map<number, number[]>();
    let total = 0;
    for (const number of this.matching(terms)) {
      const document = this.documents[number]!;
      if (!passes(document, query.filters) || !sectionPasses(document.section)) continue;
      const weight = weigh(document.kind);
      const numbers = byWeight.get(weight);
      if (numbers) numbers.push(number);
      else byWeight.set(weight, [number]);
      total += 1;
    }
    const hits: EngineHit[] = [];
    // Only the weights needed to fill the limit are sorted.
    for (const weight of [...byWeight.keys()].sort((a, b) => b - a)) {
      if (hits.length >= limit) break;
      for (const number of this.newestFirst(byWeight.get(weight)!, limit - hits.length)) {
        const { id, meetingId, itemId, section, date, kind, open } = this.documents[number]!;
        hits.push({ id, meetingId, itemId, section, date, kind, open, score: weight });
      }
    }
    return { hits, total };
  }

  toPlain(): PlainEngine {
    this.compact();
    return {
      documents: this.documents.map((document) => [document!.id, document!.section ?? null, document!.date, document!.open ?? null]),
      postings: this.postings.toPlain(),
    };
  }

  /** The engine a stored form describes; throws when it is not one (the caller rebuilds). */
  static fromPlain(plain: PlainEngine): SearchEngine {
    if (!Array.isArray(plain?.documents)) throw new Error('search engine: no documents');
    const engine = new SearchEngine();
    for (const [id, section, date, open] of plain.documents) {
      const place = typeof id === 'string' ? documentPlace(id) : undefined;
      if (!place || typeof date !== 'string' || engine.numbers.has(id)) throw new Error(`search engine: a document is not one: ${String(id)}`);
      engine.numbers.set(id, engine.documents.length);
      engine.documents.push(entryOf({ id, ...place, date, ...(typeof section === 'string' ? { section } : {}), ...(typeof open === 'boolean' ? { open } : {}) }));
    }
    engine.postings = WordPostings.fromPlain(plain.postings, engine.documents.length);
    return engine;
  }

  /** Every document in every term (a term: one list per word it stands for), each once, ascending. */
  private matching(terms: ArrayLike<number>[][]): number[] {
    if (terms.length === 0) return [...this.numbers.values()];
    const sizes = terms.map((lists) => lists.reduce((sum, list) => sum + list.length, 0));
    const order = terms.map((_, n) => n).sort((a, b) => sizes[a]! - sizes[b]!);
    // A document's count of terms found so far, the rarest term first: only documents in all of them reach the end.
    // One buffer kept across searches: a fresh one each time made the collector run, and its pauses were the slowest searches.
    if (this.found.length < this.documents.length) this.found = new Uint16Array(this.documents.length * 2);
    else this.found.fill(0, 0, this.documents.length);
    const found = this.found;
    order.forEach((term, step) => {
      for (const list of terms[term]!) {
        for (let at = 0; at < list.length; at += 1) if (found[list[at]!] === step) found[list[at]!] = step + 1;
      }
    });
    const all = order.length;
    const matching: number[] = [];
    for (const list of terms[order[0]!]!) {
      for (let at = 0; at < list.length; at += 1) {
        const number = list[at]!;
        if (found[number] !== all || !this.documents[number]) continue;
        // A prefix's words may share a document: it is listed once.
        found[number] = all + 1;
        matching.push(number);
      }
    }
    return matching;
  }

  /** The first `count` of the documents, the newer meeting first, agenda order within (documents are numbered in it). */
  private newestFirst(numbers: readonly number[], count: number): number[] {
    // By day first, then only the days needed sorted: thousands of notes hits are not compared pairwise.
    const byDay = new Map<number, number[]>();
    for (const number of numbers) {
      const day = this.documents[number]!.day;
      const same = byDay.get(day);
      if (same) same.push(number);
      else byDay.set(day, [number]);
    }
    const first: number[] = [];
    for (const day of [...byDay.keys()].sort((a, b) => b - a)) {
      if (first.length >= count) break;
      first.push(...byDay.get(day)!.sort((a, b) => a - b).slice(0, count - first.length));
    }
    return first;
  }

  private compact(): void {
    const renumbered = new Int32Array(this.documents.length).fill(-1);
    const living: Entry[] = [];
    this.documents.forEach((document, number) => {
      if (!document) return;
      renumbered[number] = living.length;
      this.numbers.set(document.id, living.length);
      living.push(document);
    });
    if (living.length === this.documents.length) return;
    this.postings = WordPostings.fromPlain(this.postings.toPlain((number) => (renumbered[number]! < 0 ? undefined : renumbered[number])), living.length);
    this.documents = living;
  }
}

function passes(document: IndexedDocument, filters: SearchFilters): boolean {
  if (filters.onlyDecisions && document.kind !== 'decision') return false;
  if (filters.onlyOpenActions && !(document.kind === 'action' && document.open)) return false;
  if (filters.from && document.date < filters.from) return false;
  if (filters.to && document.date > filters.to) return false;
  return true;
}

/** Whether a domain table's title holds the filter's words, folded; each title is folded once per search. */
function sectionFilter(wanted: string | undefined): (section: string | undefined) => boolean {
  if (!wanted) return () => true;
  const folded = foldText(wanted);
  const known = new Map<string, boolean>();
  return (section = '') => {
    let result = known.get(section);
    if (result === undefined) known.set(section, (result = foldText(section).includes(folded)));
    return result;
  };
}

/** Whether the text holds each phrase's words one after another: the check the index cannot make. */
export function hasPhrases(text: string, phrases: readonly string[][]): boolean {
  if (phrases.length === 0) return true;
  const joined = ` ${wordsOf(foldText(text)).join(' ')} `;
  return phrases.every((phrase) => joined.includes(` ${phrase.join(' ')} `));
}
