import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Meeting } from '../model/meeting';
import { foldText, splitWords } from './fold';
import { meetingSearchDocuments, type SearchDocument } from './search-documents';
import { ENGINE_OPTIONS, STORED_FIELDS, type SearchEngine } from './search-engine';

/** The one field the engine indexes, as MiniSearch numbers its fields. */
const TEXT_FIELD = 0;

/**
 * Builds the index of many meetings at once. MiniSearch's add finds each (word, document) pair's
 * place in its radix tree, a walk per pair; a whole archive has millions of pairs. Here they are
 * gathered in plain maps and handed to MiniSearch in its own documented serialised form
 * (loadJS, version 2), which walks the tree once per distinct word. The engine is the one
 * addMeeting would have built (test/search/search-engine-builder.test.ts holds them equal).
 */
export class SearchEngineBuilder {
  /** Per word, the documents holding it, ascending: arrays, made objects only once (build). */
  private readonly postings = new Map<string, number[]>();
  private readonly documentIds: Record<number, string> = {};
  private readonly fieldLength: Record<number, number[]> = {};
  private readonly storedFields: Record<number, Partial<SearchDocument>> = {};
  private count = 0;
  private totalLength = 0;

  /** Adds a meeting's documents; answers their ids, as addMeeting does. */
  add(meeting: Meeting): string[] {
    const documents = meetingSearchDocuments(meeting);
    for (const document of documents) this.addDocument(document);
    return documents.map((document) => document.id);
  }

  build(): SearchEngine {
    const index: AsPlainObject['index'] = [];
    for (const [term, documents] of this.postings) {
      index.push([term, { [TEXT_FIELD]: onceEach(documents) }]);
      // Each word's list goes once copied: the archive's postings are not held twice over.
      this.postings.delete(term);
    }
    const plain: AsPlainObject = {
      documentCount: this.count,
      nextId: this.count,
      documentIds: this.documentIds,
      fieldIds: { text: TEXT_FIELD },
      fieldLength: this.fieldLength,
      averageFieldLength: [this.count === 0 ? 0 : this.totalLength / this.count],
      storedFields: this.storedFields,
      dirtCount: 0,
      index,
      serializationVersion: 2,
    };
    return MiniSearch.loadJS(plain, ENGINE_OPTIONS);
  }

  private addDocument(document: SearchDocument): void {
    const shortId = this.count;
    this.count += 1;
    this.documentIds[shortId] = document.id;
    const stored: Partial<SearchDocument> = {};
    for (const field of STORED_FIELDS) if (document[field] !== undefined) Object.assign(stored, { [field]: document[field] });
    this.storedFields[shortId] = stored;
    // Each word once per document: the document's id is already last in the word's list.
    let length = 0;
    for (const word of splitWords(foldText(document.text))) {
      if (!word) continue;
      const documents = this.postings.get(word);
      if (!documents) this.postings.set(word, [shortId]);
      else if (documents[documents.length - 1] !== shortId) documents.push(shortId);
      else continue;
      length += 1;
    }
    this.fieldLength[shortId] = [length];
    this.totalLength += length;
  }
}

/** Each document once, as MiniSearch counts a word in a document whose words are unique. */
function onceEach(documents: readonly number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const id of documents) counts[id] = 1;
  return counts;
}
