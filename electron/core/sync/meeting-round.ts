import type { Meeting } from '../../../shared/model/meeting';
import { canonicalJson, canonicalStateJson } from '../../../shared/sync/canonical-json';
import { MeetingDocumentSchema, meetingDocumentText, parseExchangeFile, type Published } from '../../../shared/sync/exchange-files';
import { knowsMoreOf, type NodeState } from '../../../shared/sync/node-versions';
import { syncMeetingState } from '../../../shared/sync/merge-documents';
import { listConflicts } from '../../../shared/sync/conflicts';
import { DELETED_REVISION } from '../../../shared/sync/deleted-revision';
import { MEETING_NODE } from '../../../shared/sync/node-ids';
import type { SyncNotice } from '../../../shared/sync/sync-schemas';
import { contentHash } from './content-hash';
import type { RemoteNodes } from './exchange-reader';
import { meetingFilePath } from './exchange-paths';
import type { LocalMeetings } from './local-meetings';
import { loadMeetingState, saveMeetingState } from './local-sync-state';
import type { SyncFs } from './sync-fs';

export interface MeetingRoundInput {
  meetingId: string;
  device: string;
  /** The stamp new versions get this round. */
  at: string;
  /** The revision the merged nodes last matched; undefined when never synced here. */
  knownRevision: string | undefined;
  /** The workspace's revision now; undefined when the workspace has no such meeting. */
  localRevision: string | undefined;
  remotes: RemoteNodes[];
  published: Published | undefined;
  /** The workspace's copy went to the trash since the last round: its deletion is spread. */
  deletedHere?: boolean;
}

export type MeetingRoundResult =
  | {
      status: 'done';
      revision: string | undefined;
      published: Published | undefined;
      conflicts: number;
      notices: SyncNotice[];
      wrote: string[];
      /** Remote files left out because they make no meeting (damaged): not marked applied. */
      refused: { remote: RemoteNodes; message: string }[];
    }
  /** Nothing was changed for this meeting; it is tried again next round. */
  | { status: 'skipped'; reason: string }
  /** Versions by this device that it does not remember: its memory was restored; nothing written. */
  | { status: 'rolled-back' };

const withoutRevision = (meeting: Meeting) => canonicalJson({ ...meeting, updatedAt: '' });

/**
 * Whether this device's memory of the meeting is older than what it published: another
 * device's state, or its own file in the folder (read only when it is not the one last
 * published), holds versions by it that it does not know. New versions would repeat their
 * counters, so the device must go on under a new id first.
 */
async function rolledBack(input: MeetingRoundInput, before: NodeState, exchange: SyncFs): Promise<boolean> {
  if (input.remotes.some((remote) => knowsMoreOf(remote.nodes, before, input.device))) return true;
  const bytes = await exchange.read(meetingFilePath(input.meetingId, input.device)).catch(() => undefined);
  if (!bytes || contentHash(bytes) === input.published?.hash) return false;
  const own = parseExchangeFile(MeetingDocumentSchema, new TextDecoder().decode(bytes));
  return own.ok && knowsMoreOf(own.value.nodes, before, input.device);
}

/**
 * One meeting's round: record the workspace's edits as versions, merge the other devices'
 * nodes, save the merged meeting in the workspace (only on the revision it was made from),
 * keep the merged nodes, publish them if they changed. If the person saved meanwhile, nothing
 * is kept this round: the next one starts again from their newer version.
 */
export async function syncMeeting(input: MeetingRoundInput, local: SyncFs, exchange: SyncFs, meetings: LocalMeetings): Promise<MeetingRoundResult> {
  const { meetingId, device } = input;
  let before: NodeState;
  let beforeText: string;
  try {
    ({ state: before, text: beforeText } = await loadMeetingState(local, meetingId));
  } catch (error) {
    return { status: 'skipped', reason: error instanceof Error ? error.message : String(error) };
  }
  if (await rolledBack(input, before, exchange)) return { status: 'rolled-back' };
  const changedHere = input.localRevision !== undefined && input.localRevision !== input.knownRevision;
  const current = input.localRevision === undefined ? undefined : await meetings.read(meetingId);
  if (input.localRevision !== undefined && !current) return { status: 'skipped', reason: `meeting ${meetingId} cannot be read now` };
  const unseen = changedHere ? meetings.unseen?.upTo(meetingId, current!.updatedAt) : undefined;
  let round;
  try {
    round = syncMeetingState({ state: before, meetingId, local: changedHere ? current : undefined, unseen, remotes: input.remotes.map((remote) => remote.nodes), device, at: input.at, updatedAt: current?.updatedAt ?? input.at, deletedHere: input.deletedHere });
  } catch (error) {
    return { status: 'skipped', reason: `meeting ${meetingId}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const wrote: string[] = [];
  // Back in a workspace that had it in the trash: an edit elsewhere had not seen the deletion.
  const broughtBack = !current && input.knownRevision === DELETED_REVISION && round.deletion !== 'deleted';
  const notices: SyncNotice[] = broughtBack ? [{ kind: 'revived', entity: MEETING_NODE }] : [];
  let revision = current?.updatedAt;
  if (round.deletion === 'deleted') {
    if (current && !(await meetings.remove(meetingId, current.updatedAt))) return { status: 'skipped', reason: `meeting ${meetingId} was deleted on another device; kept here while it is in use` };
    if (current) wrote.push(`trash:${meetingId}`);
    revision = DELETED_REVISION;
  } else {
    if (!round.rebuilt.ok) return { status: 'skipped', reason: `meeting ${meetingId} merges into no valid meeting: ${round.rebuilt.problems.slice(0, 3).join('; ')}` };
    notices.push(...round.rebuilt.notices);
    if (!current || withoutRevision(current) !== withoutRevision(round.rebuilt.meeting)) {
      revision = await meetings.write(round.rebuilt.meeting, current?.updatedAt);
      if (revision === undefined) return { status: 'skipped', reason: `meeting ${meetingId} was saved meanwhile` };
      wrote.push(`workspace:${meetingId}`);
    }
  }
  const stateText = canonicalStateJson(round.state);
  if (stateText !== beforeText) {
    await saveMeetingState(local, meetingId, stateText, round.state);
    wrote.push(`state:${meetingId}`);
  }
  if (changedHere) meetings.unseen?.recorded(meetingId, current!.updatedAt);
  const bytes = new TextEncoder().encode(meetingDocumentText(meetingId, device, stateText));
  const hash = contentHash(bytes);
  let published = input.published;
  if (published?.hash !== hash) {
    try {
      await exchange.write(meetingFilePath(meetingId, device), bytes);
      published = { hash, size: bytes.length };
      wrote.push(meetingFilePath(meetingId, device));
    } catch {
      // The shared folder refused the write (EPERM after retries, gone): published stays as it
      // was, so the device file keeps naming the old file and the next round tries again.
    }
  }
  const conflicts = listConflicts(round.state).filter((conflict) => conflict.kind === 'value').length;
  const refused = round.refused.map((entry) => ({ remote: input.remotes[entry.index]!, message: entry.message }));
  return { status: 'done', revision, published, conflicts, notices, wrote, refused };
}
