import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DecisionOrActionSchema } from '../../../shared/search/decisions-and-actions';
import { SearchEngine, type PlainEngine } from '../../../shared/search/search-engine';
import type { Meeting } from '../../../shared/model/meeting';
import { parseMeetingFile } from '../../../shared/model/meeting-file';
import { writeFileDurable } from '../storage/durable-write';
import { withoutByteOrderMark } from '../storage/text-file';

/** Raised whenever what the file holds, or how it is read, changes: an older file is rebuilt, never read wrongly. */
export const SEARCH_INDEX_VERSION = 2;
export const SEARCH_INDEX_FILE = 'search-index.json';

/** What the index knows of one meeting: which version of its file it read, and what it took from it. */
export const IndexedMeetingSchema = z.object({
  /** The meeting file's identity when indexed (see identityOf): another version is indexed again. */
  identity: z.string(),
  documents: z.array(z.string()),
  /** Its domain tables' titles: what the search filter offers. */
  sections: z.array(z.string()),
  rows: z.array(DecisionOrActionSchema),
});
export type IndexedMeeting = z.infer<typeof IndexedMeetingSchema>;

const EnvelopeSchema = z.object({
  version: z.literal(SEARCH_INDEX_VERSION),
  /** The words a decision made from proposals starts with (settings): other words, other rows. */
  decisionSubject: z.string(),
  meetings: z.record(z.string(), IndexedMeetingSchema),
  // Millions of numbers: SearchEngine.fromPlain checks its own part, faster than a schema would.
  engine: z.unknown(),
});

export interface StoredIndex {
  decisionSubject: string;
  meetings: Map<string, IndexedMeeting>;
  engine: SearchEngine;
}

/**
 * The index as the workspace keeps it; undefined when it is missing, damaged or of another
 * version, and the caller builds it anew. A search index is derived data: nothing is lost.
 */
export async function readSearchIndex(workspaceDir: string): Promise<StoredIndex | undefined> {
  try {
    const envelope = EnvelopeSchema.parse(JSON.parse(await readFile(join(workspaceDir, SEARCH_INDEX_FILE), 'utf8')));
    const engine = SearchEngine.fromPlain(envelope.engine as PlainEngine);
    return { decisionSubject: envelope.decisionSubject, meetings: new Map(Object.entries(envelope.meetings)), engine };
  } catch {
    return undefined;
  }
}

export async function writeSearchIndex(workspaceDir: string, index: StoredIndex): Promise<void> {
  const text = JSON.stringify({
    version: SEARCH_INDEX_VERSION,
    decisionSubject: index.decisionSubject,
    meetings: Object.fromEntries(index.meetings),
    engine: index.engine.toPlain(),
  });
  await writeFileDurable(join(workspaceDir, SEARCH_INDEX_FILE), text);
}

/**
 * A meeting file as the index reads it: parsed and checked, but not through the store, which
 * keeps every meeting it reads and would quarantine a damaged one. A file that cannot be read
 * is left out of the index; opening it is where the secretary hears of it.
 */
export async function readMeetingFile(file: string, id: string): Promise<Meeting | undefined> {
  try {
    const result = parseMeetingFile(withoutByteOrderMark(await readFile(file, 'utf8')));
    return result.ok && result.meeting.id === id ? result.meeting : undefined;
  } catch {
    return undefined;
  }
}
