import type { Meeting } from '../model/meeting';
import { recordLocalEdits } from './local-edits';
import { mergeStates, type NodeState } from './node-versions';
import { rebuildMeeting, type RebuiltMeeting } from './rebuild-meeting';

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
}

/**
 * One meeting's round on one device, pure: the local edits become versions, the other devices'
 * states are merged in, and the meeting is rebuilt from the result. `local` is absent when the
 * workspace has no such meeting yet (it came from another device) or it is unchanged since the
 * last round (nothing to record).
 */
export function syncMeetingState(input: {
  state: NodeState;
  meetingId: string;
  local: Meeting | undefined;
  remotes: readonly NodeState[];
  device: string;
  at: string;
  updatedAt: string;
}): MeetingRound {
  const recorded = input.local ? recordLocalEdits(input.state, input.local, input.device, input.at) : { state: input.state, edited: [] };
  const state = input.remotes.reduce(mergeStates, recorded.state);
  return { state, edited: recorded.edited, rebuilt: rebuildMeeting(state, input.meetingId, input.updatedAt) };
}
