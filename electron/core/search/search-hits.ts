import type { Meeting } from '../../../shared/model/meeting';
import { findSearchDocument, itemTitleOf } from '../../../shared/search/search-documents';
import { hasPhrases, type EngineHit } from '../../../shared/search/search-engine';
import type { SearchHit } from '../../../shared/search/search-schemas';
import type { SearchQuery } from '../../../shared/search/search-query';
import { buildSnippet } from '../../../shared/search/snippet';

/** Phrases are checked on the text itself: at most this many candidates are read for one search. */
export const MOST_CHECKED = 1000;

/**
 * The first `limit` hits described for the list: each document's text is read again from its
 * meeting (the index keeps no text), its phrases checked and its snippet cut. Only these few
 * meetings are read, each once.
 */
export async function describeHits(
  candidates: { hits: readonly EngineHit[]; total: number },
  query: SearchQuery,
  limit: number,
  readMeeting: (id: string) => Promise<Meeting>,
): Promise<{ hits: SearchHit[]; more: boolean }> {
  const meetings = new Map<string, Promise<Meeting | undefined>>();
  const meetingOf = (id: string) => {
    if (!meetings.has(id)) meetings.set(id, readMeeting(id).catch(() => undefined));
    return meetings.get(id)!;
  };
  const hits: SearchHit[] = [];
  let checked = 0;
  for (const candidate of candidates.hits) {
    if (hits.length === limit || checked === MOST_CHECKED) return { hits, more: true };
    checked += 1;
    const meeting = await meetingOf(candidate.meetingId);
    const document = meeting && findSearchDocument(meeting, candidate.id);
    if (!meeting || !document || !hasPhrases(document.text, query.phrases)) continue;
    hits.push({
      id: candidate.id,
      meetingId: meeting.id,
      meetingName: meeting.name,
      date: meeting.date,
      kind: candidate.kind,
      snippet: buildSnippet(document.text, query),
      ...(candidate.itemId ? { itemId: candidate.itemId, itemTitle: itemTitleOf(meeting, candidate.itemId) } : {}),
      ...(document.section ? { section: document.section } : {}),
    });
  }
  // Candidates the engine did not hand over may hold more hits.
  return { hits, more: candidates.total > checked };
}
