import { canonicalJson } from '../../../shared/sync/canonical-json';
import { listConflicts, resolveConflict } from '../../../shared/sync/conflicts';
import type { Conflict, Resolution } from '../../../shared/sync/sync-schemas';
import { formatClock, parseClock, tickClock, ZERO_CLOCK } from '../../../shared/sync/hybrid-clock';
import { rebuildMeeting } from '../../../shared/sync/rebuild-meeting';
import type { LocalMeetings } from './local-meetings';
import { loadLocalState, loadMeetingState, saveLocalState, saveMeetingState } from './local-sync-state';
import type { SyncFs } from './sync-fs';

/** The conflicts waiting in one meeting, as the UI and `notulist validate` list them. */
export async function meetingConflicts(local: SyncFs, meetingId: string): Promise<Conflict[]> {
  return listConflicts((await loadMeetingState(local, meetingId)).state);
}

export type ResolveOutcome = { ok: true; revision: string } | { ok: false; message: string };

/**
 * "Kies" or "Combineer" on one conflict: a new version that has seen every version of the
 * node, written into the workspace's meeting at once (the next round publishes it). Refused
 * when the meeting has unsynced edits of its own: a round first records them, then try again.
 */
export async function resolveMeetingConflict(
  local: SyncFs,
  meetings: LocalMeetings,
  meetingId: string,
  node: string,
  resolution: Resolution,
  now: number,
): Promise<ResolveOutcome> {
  const syncState = await loadLocalState(local);
  const current = await meetings.read(meetingId);
  if (!syncState || !current) return { ok: false, message: `meeting ${meetingId} is not synced here` };
  if (syncState.revisions[meetingId] !== current.updatedAt) return { ok: false, message: `meeting ${meetingId} has edits not yet synced; sync first` };
  const clock = tickClock(parseClock(syncState.clock) ?? ZERO_CLOCK, now);
  let state;
  try {
    state = resolveConflict((await loadMeetingState(local, meetingId)).state, node, resolution, syncState.device, formatClock(clock));
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const rebuilt = rebuildMeeting(state, meetingId, current.updatedAt);
  if (!rebuilt.ok) return { ok: false, message: rebuilt.problems.join('; ') };
  const revision = await meetings.write(rebuilt.meeting, current.updatedAt);
  if (revision === undefined) return { ok: false, message: `meeting ${meetingId} was saved meanwhile; try again` };
  await saveMeetingState(local, meetingId, canonicalJson(state));
  // Forgetting what was published makes the next round publish the resolution.
  const { [meetingId]: _republish, ...published } = syncState.published;
  await saveLocalState(local, { ...syncState, clock: formatClock(clock), published, revisions: { ...syncState.revisions, [meetingId]: revision } });
  return { ok: true, revision };
}
