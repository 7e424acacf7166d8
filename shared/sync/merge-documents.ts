import type { Meeting } from '../model/meeting';
import { recordLocalEdits } from './local-edits';
import { isMeetingDeleted, settleMeetingDeletion, withMeetingDeleted, withMeetingRevived, type DeletionOutcome } from './meeting-deletion';
import { MEETING_NODE } from './node-ids';
import { mergeStates, type NodeState } from './node-versions';
import { rebuildMeeting, type RebuiltMeeting } from './rebuild-meeting';
import { rebuildMeetingFrom } from './patch-meeting';
import type { UnseenValues } from './stale-save-merge';

export type RemoteCheck = { ok: true } | { ok: false; message: string };

/**
 * Whether another device's nodes make a meeting with the nodes held here (`held`; a remote
 * comes as the nodes that differ from them): a state no Notulist could have written (a damaged
 * file that still parses) is refused before it is merged, so it can never spoil the merged state.
 */
export function checkRemoteState(nodes: NodeState, meetingId: string, held: NodeState = {}): RemoteCheck {
  const rebuilt = rebuildMeeting(mergeStates(held, nodes), meetingId, '');
  return rebuilt.ok ? { ok: true } : { ok: false, message: rebuilt.problems.slice(0, 3).join('; ') };
}

export interface MeetingRound {
  state: NodeState;
  /** Nodes this device gave a new version: local edits since the last round. */
  edited: string[];
  /** Every node in which `state` may differ from the state the round started from. */
  changed: string[];
  rebuilt: RebuiltMeeting;
  /** The remotes left out, by index, because they make no meeting on their own. */
  refused: { index: number; message: string }[];
  /** Whether the meeting as a whole is deleted, or was revived this round by an edit made without seeing its deletion. */
  deletion: DeletionOutcome;
}

/**
 * One meeting's round on one device, pure: the local edits become versions, the other devices'
 * states are merged in, and the meeting is rebuilt from the result. `local` is absent when the
 * workspace has no such meeting yet (it came from another device) or it is unchanged since the
 * last round (nothing to record). `remotes` may hold only the nodes that differ from `state`'s.
 * Remotes are checked one by one only when their merge makes no meeting, so the common round
 * validates once.
 */
export function syncMeetingState(input: {
  state: NodeState;
  meetingId: string;
  local: Meeting | undefined;
  /** Nodes of `local` edited on a version sync had replaced (mergeStaleSave): recorded as concurrent. */
  unseen?: UnseenValues;
  remotes: readonly NodeState[];
  device: string;
  at: string;
  updatedAt: string;
  /** The workspace's copy was moved to the trash since the last round: recorded as the meeting's deletion. */
  deletedHere?: boolean;
  /**
   * A remote's whole state, where `remotes` hold only the nodes that differ from `state`: a
   * deletion is judged by all a deleting device had seen. Read only when the meeting is deleted.
   */
  wholeRemote?: (remote: NodeState) => NodeState;
}): MeetingRound {
  const recorded = input.local ? recordLocalEdits(input.state, input.local, input.device, input.at, input.unseen) : { state: input.state, edited: [] as string[] };
  // The meeting node is a version of this device's own, like any edit: published, and serialized anew.
  if (input.deletedHere && !isMeetingDeleted(recorded.state)) {
    recorded.state = withMeetingDeleted(recorded.state, input.device, input.at);
    recorded.edited = [...recorded.edited, MEETING_NODE];
  } else if (input.local && isMeetingDeleted(recorded.state)) {
    // Deleted, yet edited here (put back from the trash or a backup): the person brought it back.
    recorded.state = withMeetingRevived(recorded.state, input.device, input.at);
    recorded.edited = [...recorded.edited, MEETING_NODE];
  }
  let deletion: DeletionOutcome = 'live';
  const merge = (remotes: readonly NodeState[]) => {
    const whole = input.wholeRemote ?? ((remote: NodeState) => remote);
    const settled = settleMeetingDeletion(remotes.reduce(mergeStates, recorded.state), () => [recorded.state, ...remotes.map(whole)], input.device, input.at);
    deletion = settled.outcome;
    if (settled.outcome === 'revived' && !recorded.edited.includes(MEETING_NODE)) recorded.edited = [...recorded.edited, MEETING_NODE];
    const changed = [...recorded.edited, ...remotes.flatMap((remote) => Object.keys(remote))];
    return { state: settled.state, changed, rebuilt: rebuildMeetingFrom(input.state, settled.state, input.meetingId, input.updatedAt, changed) };
  };
  let merged = merge(input.remotes);
  const refused: MeetingRound['refused'] = [];
  if (!merged.rebuilt.ok && input.remotes.length > 0) {
    input.remotes.forEach((remote, index) => {
      const check = checkRemoteState(remote, input.meetingId, recorded.state);
      if (!check.ok) refused.push({ index, message: check.message });
    });
    merged = merge(input.remotes.filter((_, index) => !refused.some((entry) => entry.index === index)));
  }
  return { ...merged, edited: recorded.edited, refused, deletion };
}
