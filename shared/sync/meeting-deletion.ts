import { MEETING_NODE } from './node-ids';
import { hasSeen, liveVersions, mergeStates, newVersion, type NodeState, type NodeVersion, type NodeVersions } from './node-versions';

/**
 * A whole meeting deleted on one device, spread to the others without losing an edit. The
 * meeting node itself (`meeting`, which holds no field) carries the deletion as a tombstone
 * version; rebuilding a meeting ignores it. A device that deleted keeps publishing its last
 * state with the tombstone, so every device can tell what the deleter had seen:
 * - the merged state holds nothing the deleting devices had not seen: the meeting is deleted
 *   everywhere (each device moves its copy to its own trash, which keeps it);
 * - it holds an edit they had not seen (made concurrently, anywhere): the edit wins, as for
 *   any node, and the meeting comes back everywhere with a notice.
 */

const ROOT = MEETING_NODE;

/** Whether the meeting as a whole is deleted: its node has versions and all are tombstones. */
export function isMeetingDeleted(state: NodeState): boolean {
  const versions = state[ROOT];
  return versions !== undefined && versions.length > 0 && liveVersions(versions).length === 0;
}

function replaceRoot(state: NodeState, device: string, at: string, deleted: boolean): NodeState {
  const versions = state[ROOT] ?? [];
  return { ...state, [ROOT]: [newVersion(versions, versions, device, at, null, deleted)] };
}

/** The state with the meeting deleted by `device`: what it publishes after moving it to the trash. */
export const withMeetingDeleted = (state: NodeState, device: string, at: string): NodeState => replaceRoot(state, device, at, true);

/** The state with the meeting brought back by `device`, having seen every deletion so far. */
export const withMeetingRevived = (state: NodeState, device: string, at: string): NodeState => replaceRoot(state, device, at, false);

const sameDot = (a: NodeVersion, b: NodeVersion) => a.dot[0] === b.dot[0] && a.dot[1] === b.dot[1];

/** Whether `state` holds (or has seen past) one of `deletions`: it was written knowing of the deletion. */
function knowsOfDeletion(state: NodeState, deletions: NodeVersions): boolean {
  const root = state[ROOT] ?? [];
  return deletions.some((deletion) => root.some((version) => sameDot(version, deletion) || hasSeen(version, deletion)));
}

/** Whether every version in `state` (the meeting node aside) is in `cover` or replaced by one there. */
export function coveredBy(state: NodeState, cover: NodeState): boolean {
  for (const [node, versions] of Object.entries(state)) {
    if (node === ROOT) continue;
    const known = cover[node] ?? [];
    for (const version of versions) {
      if (!known.some((other) => sameDot(other, version) || hasSeen(other, version))) return false;
    }
  }
  return true;
}

export type DeletionOutcome = 'live' | 'deleted' | 'revived';

/**
 * Settles a merged state whose meeting node is a tombstone. `sources` (given, or made when
 * needed: the meeting is deleted) are the whole states it was merged from (this device's, with its edits of this round, and the other devices'): those
 * written knowing of the deletion show what the deleting side had seen. Anything beyond that
 * was edited without seeing the deletion, so the meeting is revived by `device`.
 */
export function settleMeetingDeletion(merged: NodeState, sources: readonly NodeState[] | (() => readonly NodeState[]), device: string, at: string): { state: NodeState; outcome: DeletionOutcome } {
  if (!isMeetingDeleted(merged)) return { state: merged, outcome: 'live' };
  const deletions = merged[ROOT]!;
  const deleters = (typeof sources === 'function' ? sources() : sources).filter((source) => knowsOfDeletion(source, deletions));
  const seenByDeleters = deleters.reduce(mergeStates, {} as NodeState);
  if (coveredBy(merged, seenByDeleters)) return { state: merged, outcome: 'deleted' };
  return { state: withMeetingRevived(merged, device, at), outcome: 'revived' };
}
