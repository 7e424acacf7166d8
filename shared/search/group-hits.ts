import type { SearchHit } from './search-schemas';

export interface MeetingHits {
  meetingId: string;
  meetingName: string;
  date: string;
  hits: SearchHit[];
}

/** The hits by meeting: meetings in the order of their best hit, hits in their own order within. */
export function groupHitsByMeeting(hits: readonly SearchHit[]): MeetingHits[] {
  const groups = new Map<string, MeetingHits>();
  for (const hit of hits) {
    const group = groups.get(hit.meetingId);
    if (group) group.hits.push(hit);
    else groups.set(hit.meetingId, { meetingId: hit.meetingId, meetingName: hit.meetingName, date: hit.date, hits: [hit] });
  }
  return [...groups.values()];
}
