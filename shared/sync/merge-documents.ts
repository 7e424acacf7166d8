import type { Meeting } from '../model/meeting';
import { recordLocalEdits } from './local-edits';
import { isMeetingDeleted, settleMeetingDeletion, withMeetingDeleted, withMeetingRevived, type DeletionOutcome } from './meeting-deletion';
import { mergeStates, type NodeState } from './node-versions';
import { rebuildMeeting, type RebuiltMeeting } from './rebuild-meeting';
import type { UnseenValues } from './stale-save-merge';

export type RemoteCheck = { ok: true } | { ok: false; message: string };

/**
 * Whether another device's published nodes make a meeting on their own: a state no Notulist
 * could have written (a damaged file that still parses) is refused before it is merged, so it
 * can never spoil the merged state.
 */
export function checkRemoteState(nodes: NodeState, meetingId: string): RemoteCheck {
  const rebuilt = rebuildMeeting(nodes, meetingId, '');
  return rebuilt.ok ? { ok: true } : { ok: false, message: rebuilt.problems.slice(0, 3).join('; ') };
}

export interface MeetingRound {
  state: NodeState;
  /** Nodes this device gave a new version: local edits since the last round. */
  edited: string[];
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
 * last round (nothing to record). Remotes are checked one by one only when their merge makes no
 * meeting, so the common round validates once.
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
}): MeetingRound {
  const recorded = input.local ? recordLocalEdits(input.state, input.local, input.device, input.at, input.unseen) : { state: input.state, edited: [] };
  if (input.deletedHere && !isMeetingDeleted(recorded.state)) recorded.state = withMeetingDeleted(recorded.state, input.device, input.at);
  // Deleted, yet edited here (put back from the trash or a backup): the person brought it back.
  else if (input.local && isMeetingDeleted(recorded.state)) recorded.state = withMeetingRevived(recorded.state, input.device, input.at);
  let deletion: DeletionOutcome = 'live';
  const merge = (remotes: readonly NodeState[]) => {
    const settled = settleMeetingDeletion(remotes.reduce(mergeStates, recorded.state), [recorded.state, ...remotes], input.device, input.at);
    deletion = settled.outcome;
    return { state: settled.state, rebuilt: rebuildMeeting(settled.state, input.meetingId, input.updatedAt) };
  };
  let merged = merge(input.remotes);
  const refused: MeetingRound['refused'] = [];
  if (!merged.rebuilt.ok && input.remotes.length > 0) {
    input.remotes.forEach((remote, index) => {
      const check = checkRemoteState(remote, input.meetingId);
      if (!check.ok) refused.push({ index, message: check.message });
    });
    merged = merge(input.remotes.filter((_, index) => !refused.some((entry) => entry.index === index)));
  }
  return { ...merged, edited: recorded.edited, refused, deletion };
}
