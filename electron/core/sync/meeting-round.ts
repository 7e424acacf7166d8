import type { Meeting } from '../../../shared/model/meeting';
import { canonicalStateJsonFrom, sameJson } from '../../../shared/sync/canonical-json';
import { MeetingDocumentSchema, meetingDocumentText, parseExchangeFile, type Published } from '../../../shared/sync/exchange-files';
import { knowsMoreOf, type NodeState } from '../../../shared/sync/node-versions';
import { syncMeetingState } from '../../../shared/sync/merge-documents';
import { remoteChanges } from '../../../shared/sync/remote-changes';
import { countValueConflicts } from '../../../shared/sync/conflicts';
import { DELETED_REVISION } from '../../../shared/sync/deleted-revision';
import { MEETING_NODE } from '../../../shared/sync/node-ids';
import type { SyncNotice } from '../../../shared/sync/sync-schemas';
import { contentHash } from './content-hash';
import type { RemoteMeetingFile } from './exchange-reader';
import { meetingFilePath } from './exchange-paths';
import type { LocalMeetings } from './local-meetings';
import { loadMeetingState, saveMeetingState } from './local-sync-state';
import type { StateLog } from './local-state-log';
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
  remotes: RemoteMeetingFile[];
  published: Published | undefined;
  /**
   * Whether this device's own file of the meeting may not be the one it last published: a
   * full round, or its device file in the folder is not the one it wrote last. Only then is
   * that file read for versions this device does not remember (see rolledBack).
   */
  ownFileSuspect: boolean;
  /** The identity of this device's own file of the meeting as last written or checked (ownFileIdentities). */
  ownFileIdentity?: string;
  /** The workspace's copy went to the trash since the last round: its deletion is spread. */
  deletedHere?: boolean;
}

export type MeetingRoundResult =
  | {
      status: 'done';
      revision: string | undefined;
      published: Published | undefined;
      /** The merged nodes hold versions of this device that the folder refused to take: publish next round. */
      unpublished: boolean;
      /** The identity of this device's own file as written or checked this round, to remember. */
      ownFileIdentity?: string;
      conflicts: number;
      notices: SyncNotice[];
      wrote: string[];
      /** Remote files left out because they make no meeting (damaged): not marked applied. */
      refused: { remote: RemoteMeetingFile; message: string }[];
    }
  /** Nothing was changed for this meeting; it is tried again next round. */
  | { status: 'skipped'; reason: string }
  /** Versions by this device that it does not remember: its memory was restored; nothing written. */
  | { status: 'rolled-back' };

const sameMeeting = (a: Meeting, b: Meeting) => sameJson({ ...a, updatedAt: '' }, { ...b, updatedAt: '' });

/**
 * The last few merged states (by their canonical text: devices in one process may share a
 * state object), each with the hash of a published meeting file that holds every version of
 * its device in that state. A round that only merged in other devices' published files leaves
 * its own file as it is: those versions are already in their files, which every device reads
 * (docs/sync.md). Keyed by the file's hash, not the device id, so an entry is a fact about
 * bytes and holds in any process: a write that failed, a restored workspace or another
 * workspace reusing the id (simulations replayed in one process) cannot borrow it. Not known
 * (after a start): the round compares hashes, as always.
 */
const ownPublished: { file: string; text: string }[] = [];
const OWN_PUBLISHED_KEPT = 6;

function markOwnPublished(text: string, file: string): void {
  if (isOwnPublished(text, file)) return;
  ownPublished.unshift({ file, text });
  ownPublished.length = Math.min(ownPublished.length, OWN_PUBLISHED_KEPT);
}

const isOwnPublished = (text: string, file: string | undefined): boolean => ownPublished.some((known) => known.file === file && known.text === text);

interface RemoteRead {
  file: RemoteMeetingFile;
  /** The file's nodes that differ from the ones held here, parsed and checked. */
  changes: NodeState;
}

/**
 * Whether this device's memory of the meeting is older than what it published: another
 * device's state, or its own file in the folder (read only when it is not the one last
 * published), holds versions by it that it does not know. New versions would repeat their
 * counters, so the device must go on under a new id first.
 */
async function rolledBack(input: MeetingRoundInput, remotes: readonly RemoteRead[], before: NodeState, exchange: SyncFs): Promise<{ rolledBack: boolean; identity?: string }> {
  if (remotes.some((remote) => knowsMoreOf(remote.changes, before, input.device))) return { rolledBack: true };
  const path = meetingFilePath(input.meetingId, input.device);
  // Unchanged since this memory last wrote or checked it: nothing in it that the memory lacks.
  const identity = await exchange.identity?.(path).catch(() => undefined);
  if (!input.ownFileSuspect && identity !== undefined && identity === input.ownFileIdentity) return { rolledBack: false, identity };
  const bytes = await exchange.read(path).catch(() => undefined);
  if (!bytes) return { rolledBack: false };
  if (contentHash(bytes) === input.published?.hash) return { rolledBack: false, identity };
  const own = parseExchangeFile(MeetingDocumentSchema, new TextDecoder().decode(bytes));
  return { rolledBack: own.ok && knowsMoreOf(own.value.nodes, before, input.device) };
}

/** The other devices' files of the meeting, each as its nodes that differ from `before`; those that make no sense refused. */
function readRemotes(input: MeetingRoundInput, before: NodeState): { remotes: RemoteRead[]; refused: { remote: RemoteMeetingFile; message: string }[] } {
  const remotes: RemoteRead[] = [];
  const refused: { remote: RemoteMeetingFile; message: string }[] = [];
  for (const file of input.remotes) {
    const read = remoteChanges(file.text, { meeting: input.meetingId, device: file.device }, before);
    if (read.ok) remotes.push({ file, changes: read.changes });
    else refused.push({ remote: file, message: read.message });
  }
  return { remotes, refused };
}

/** A remote file's whole state (its changes alone when it no longer parses whole: then it counts for less, never more). */
function wholeState(remote: RemoteRead | undefined, changes: NodeState): NodeState {
  const parsed = remote && parseExchangeFile(MeetingDocumentSchema, remote.file.text);
  return parsed?.ok ? parsed.value.nodes : changes;
}

/** Publishes the merged nodes unless the published file holds them already; what is published after, or 'refused'. */
async function publish(input: MeetingRoundInput, stateText: string, exchange: SyncFs, wrote: string[]): Promise<Published | 'refused'> {
  const { meetingId, device } = input;
  const bytes = new TextEncoder().encode(meetingDocumentText(meetingId, device, stateText));
  const hash = contentHash(bytes);
  if (input.published?.hash === hash) {
    markOwnPublished(stateText, hash);
    return input.published;
  }
  try {
    await exchange.write(meetingFilePath(meetingId, device), bytes);
  } catch {
    // The shared folder refused the write (EPERM after retries, gone): the device file keeps
    // naming the old file, and the round says so, so that the next round tries again.
    return 'refused';
  }
  markOwnPublished(stateText, hash);
  wrote.push(meetingFilePath(meetingId, device));
  return { hash, size: bytes.length };
}

/**
 * Writes the merged meeting into the workspace (when it differs) and its merged nodes. A whole
 * state goes to the disk beside the meeting but replaces the old one only once the meeting is
 * written, and a log record is appended only then: merged nodes the workspace never got would
 * make her next save read as edits undoing the merge.
 */
async function writeMeetingAndState(
  input: { meetingId: string; current: Meeting | undefined; meeting: Meeting; state: NodeState; stateText: string; beforeText: string; changed: string[]; log: StateLog | undefined; compact: boolean },
  local: SyncFs,
  meetings: LocalMeetings,
): Promise<{ revision: string | undefined; wrote: string[] } | 'saved-meanwhile'> {
  const { meetingId, current } = input;
  const writing = !current || !sameMeeting(current, input.meeting) ? meetings.write(input.meeting, current?.updatedAt) : undefined;
  const meetingWritten = async () => {
    if (writing && (await writing) === undefined) throw new Error(`meeting ${meetingId} was saved meanwhile`);
  };
  const saving = input.stateText === input.beforeText ? undefined : saveMeetingState(local, meetingId, input.stateText, { state: input.state, beforeReplace: meetingWritten, changed: input.changed, log: input.log, compact: input.compact });
  const [written, saved] = await Promise.allSettled([writing, saving]);
  if (written.status === 'rejected') throw written.reason;
  if (writing && written.value === undefined) return 'saved-meanwhile';
  if (saved.status === 'rejected') throw saved.reason;
  const wrote = [...(writing ? [`workspace:${meetingId}`] : []), ...(saving ? [`state:${meetingId}`] : [])];
  return { revision: writing ? written.value : current?.updatedAt, wrote };
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
  let log: StateLog | undefined;
  try {
    ({ state: before, text: beforeText, log } = await loadMeetingState(local, meetingId));
  } catch (error) {
    return { status: 'skipped', reason: error instanceof Error ? error.message : String(error) };
  }
  const { remotes, refused } = readRemotes(input, before);
  const ownFile = await rolledBack(input, remotes, before, exchange);
  if (ownFile.rolledBack) return { status: 'rolled-back' };
  const changedHere = input.localRevision !== undefined && input.localRevision !== input.knownRevision;
  const current = input.localRevision === undefined ? undefined : await meetings.read(meetingId);
  if (input.localRevision !== undefined && !current) return { status: 'skipped', reason: `meeting ${meetingId} cannot be read now` };
  const unseen = changedHere ? meetings.unseen?.upTo(meetingId, current!.updatedAt) : undefined;
  let round;
  try {
    round = syncMeetingState({
      state: before,
      meetingId,
      local: changedHere ? current : undefined,
      unseen,
      remotes: remotes.map((remote) => remote.changes),
      device,
      at: input.at,
      updatedAt: current?.updatedAt ?? input.at,
      deletedHere: input.deletedHere,
      wholeRemote: (changes) => wholeState(remotes.find((remote) => remote.changes === changes), changes),
    });
  } catch (error) {
    return { status: 'skipped', reason: `meeting ${meetingId}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const wrote: string[] = [];
  // Back in a workspace that had it in the trash: an edit elsewhere had not seen the deletion.
  const broughtBack = !current && input.knownRevision === DELETED_REVISION && round.deletion !== 'deleted';
  const notices: SyncNotice[] = broughtBack ? [{ kind: 'revived', entity: MEETING_NODE }] : [];
  const stateText = canonicalStateJsonFrom(round.state, before, round.changed);
  // Nothing of this device's own to add: its published file stays (docs/sync.md, Deviations).
  const publishedFile = input.published?.hash;
  const onlyMerged = round.edited.length === 0 && publishedFile !== undefined && isOwnPublished(beforeText, publishedFile) && remotes.every((remote) => remote.file.hash !== undefined);
  let revision: string | undefined;
  if (round.deletion === 'deleted') {
    if (current && !(await meetings.remove(meetingId, current.updatedAt))) return { status: 'skipped', reason: `meeting ${meetingId} was deleted on another device; kept here while it is in use` };
    if (current) wrote.push(`trash:${meetingId}`);
    revision = DELETED_REVISION;
    if (stateText !== beforeText) {
      await saveMeetingState(local, meetingId, stateText, { state: round.state });
      wrote.push(`state:${meetingId}`);
    }
  } else {
    if (!round.rebuilt.ok) return { status: 'skipped', reason: `meeting ${meetingId} merges into no valid meeting: ${round.rebuilt.problems.slice(0, 3).join('; ')}` };
    notices.push(...round.rebuilt.notices);
        // A round that publishes makes the state text for it anyway: the log is compacted then.
    const written = await writeMeetingAndState({ meetingId, current, meeting: round.rebuilt.meeting, state: round.state, stateText, beforeText, changed: round.changed, log, compact: !onlyMerged }, local, meetings);
    if (written === 'saved-meanwhile') return { status: 'skipped', reason: `meeting ${meetingId} was saved meanwhile` };
    revision = written.revision;
    wrote.push(...written.wrote);
  }
  if (changedHere) meetings.unseen?.recorded(meetingId, current!.updatedAt);
  if (onlyMerged) markOwnPublished(stateText, publishedFile);
  const outcome = onlyMerged ? input.published : await publish(input, stateText, exchange, wrote);
  const published = outcome === 'refused' ? input.published : outcome;
  const conflicts = countValueConflicts(round.state, before, round.changed);
  refused.push(...round.refused.map((entry) => ({ remote: remotes[entry.index]!.file, message: entry.message })));
  const ownFileIdentity = published === input.published ? ownFile.identity : await exchange.identity?.(meetingFilePath(meetingId, device)).catch(() => undefined);
  return { status: 'done', revision, published, unpublished: outcome === 'refused', ownFileIdentity, conflicts, notices, wrote, refused };
}
