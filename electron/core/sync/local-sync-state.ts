import { z } from 'zod';
import { canonicalJson, canonicalStateJsonFrom } from '../../../shared/sync/canonical-json';
import { DeviceIdSchema, PublishedSchema, parseExchangeFile } from '../../../shared/sync/exchange-files';
import { CLOCK_STAMP_PATTERN, ZERO_CLOCK, formatClock } from '../../../shared/sync/hybrid-clock';
import type { NodeState } from '../../../shared/sync/node-versions';
import { meetingFolder } from './exchange-paths';
import { applyStateLog, logHasRoom, logHeader, logRecord, stateLogPath, type StateLog } from './local-state-log';
import type { BeforeReplace, SyncFs } from './sync-fs';

/**
 * What a device remembers of sync, in its own workspace (`sync/`), never in the shared folder:
 * who it is, what it applied from each device and what it published, and per meeting the
 * merged nodes its workspace copy was last made from.
 */
export const LocalSyncStateSchema = z.object({
  device: DeviceIdSchema,
  installNonce: z.string().min(8),
  round: z.number().int().min(0),
  clock: z.string().regex(CLOCK_STAMP_PATTERN),
  /** Hash of the device file this device wrote last: another one there means another writer. */
  deviceFileHash: z.string().optional(),
  /** Per device, per meeting: the hash of the published file whose nodes are merged in here. */
  applied: z.record(DeviceIdSchema, z.record(z.string(), z.string())),
  published: z.record(z.string(), PublishedSchema),
  /** Meetings whose merged nodes hold versions of this device its published file lacks (the folder refused the write): retried every round. */
  unpublished: z.array(z.string()).default([]),
  /**
   * Per meeting, the identity (device, inode, size, mtime) of this device's own published file
   * as last written or checked: while it stays, the file is not read again for versions this
   * device does not remember (a restore puts back an older memory, and with it an older identity).
   */
  ownFileIdentities: z.record(z.string(), z.string()).default({}),
  /** Per meeting, the workspace revision (updatedAt) the merged nodes match. */
  revisions: z.record(z.string(), z.string()),
  /** Ids this workspace synced under before (a restore gave it a new one): their files are read back. */
  formerDevices: z.array(DeviceIdSchema).default([]),
  /** The same three for the people directory. */
  appliedPeople: z.record(DeviceIdSchema, z.string()).default({}),
  publishedPeople: PublishedSchema.optional(),
  peopleRevision: z.string().optional(),
});
export type LocalSyncState = z.infer<typeof LocalSyncStateSchema>;

export const LOCAL_STATE_FILE = 'device.json';
export const localMeetingStatePath = (meetingId: string): string => `meetings/${meetingFolder(meetingId)}.json`;
export const LOCAL_PEOPLE_STATE_FILE = 'people.json';

const encode = (value: unknown) => new TextEncoder().encode(canonicalJson(value));
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

export function freshLocalState(device: string, installNonce: string): LocalSyncState {
  return { device, installNonce, round: 0, clock: formatClock(ZERO_CLOCK), applied: {}, published: {}, unpublished: [], ownFileIdentities: {}, revisions: {}, appliedPeople: {}, formerDevices: [] };
}

/** The remembered state; undefined on first use. A damaged file is an error, never a fresh start. */
export async function loadLocalState(fs: SyncFs): Promise<LocalSyncState | undefined> {
  const bytes = await fs.read(LOCAL_STATE_FILE);
  if (!bytes) return undefined;
  const parsed = parseExchangeFile(LocalSyncStateSchema, decode(bytes));
  if (!parsed.ok) throw new Error(`sync/${LOCAL_STATE_FILE} cannot be read: ${parsed.message}`);
  return parsed.value;
}

export async function saveLocalState(fs: SyncFs, state: LocalSyncState): Promise<void> {
  await fs.write(LOCAL_STATE_FILE, encode(state));
}

export const sameState = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** A node state as loaded: its canonical text, and the log it may be saved to by appending. */
export interface LoadedNodeState {
  state: NodeState;
  text: string;
  log?: StateLog;
}

/**
 * The merged nodes this workspace's copy of a meeting was made from, with their text (to tell
 * whether a round changed them without serializing twice). Only this device writes the file,
 * so its shape is trusted once it parses; the exchange's files are checked in full.
 */
export async function loadMeetingState(fs: SyncFs, meetingId: string): Promise<LoadedNodeState> {
  return loadNodeState(fs, localMeetingStatePath(meetingId), `meeting ${meetingId}`);
}

/**
 * The node states last saved or read, with their path and text: a round finding the same text
 * takes the same state instead of parsing it again, and with it the node texts cached by
 * canonicalStateJson. Matched on the identity of the state file and its log, or on the bytes of
 * a state without a log, so two workspaces (one path each) cannot mix: equal bytes are an equal
 * state. States are never changed in place. A few, for the meetings in use; unequal lengths
 * make most comparisons free.
 */
interface ParsedState extends LoadedNodeState {
  path: string;
  /** The state file's bytes; undefined when a log was applied (then only the identity tells). */
  bytes?: Uint8Array;
  identity?: string;
}
const parsedStates: ParsedState[] = [];
const PARSED_KEPT = 6;

function rememberParsed(entry: ParsedState): void {
  parsedStates.unshift(entry);
  parsedStates.length = Math.min(parsedStates.length, PARSED_KEPT);
}

/** Compared as bytes: the file need not be decoded to be recognised. */
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);

/** The state file and its log as one identity; undefined when the file system cannot tell. */
async function stateIdentity(fs: SyncFs, path: string): Promise<string | undefined> {
  if (!fs.identity) return undefined;
  const [file, log] = await Promise.all([fs.identity(path), fs.identity(stateLogPath(path))]);
  return file === undefined ? undefined : `${file}|${log ?? ''}`;
}

function parseNodeState(text: string, path: string, what: string): NodeState {
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch {
    state = undefined;
  }
  if (typeof state !== 'object' || state === null || Array.isArray(state)) throw new Error(`the sync state of ${what} (sync/${path}) is damaged`);
  return state as NodeState;
}

export async function loadNodeState(fs: SyncFs, path: string, what: string): Promise<LoadedNodeState> {
  // The files as this process last wrote them, by their identity: not read again (2 MB for a long meeting).
  const identity = await stateIdentity(fs, path);
  const written = identity === undefined ? undefined : parsedStates.find((entry) => entry.identity === identity);
  if (written) return { state: written.state, text: written.text, log: written.log };
  const [bytes, logBytes] = await Promise.all([fs.read(path), fs.append ? fs.read(stateLogPath(path)) : undefined]);
  if (!bytes) return { state: {}, text: '{}' };
  const known = logBytes?.length ? undefined : parsedStates.find((entry) => entry.path === path && entry.bytes && sameBytes(entry.bytes, bytes));
  if (known) return { state: known.state, text: known.text };
  const text = decode(bytes);
  const base = parseNodeState(text, path, what);
  const logged = applyStateLog(base, bytes, logBytes);
  const loaded = logged.changed.length === 0 ? { state: base, text, log: logged.log } : { state: logged.state, text: canonicalStateJsonFrom(logged.state, base, logged.changed), log: logged.log };
  rememberParsed({ ...loaded, path, bytes: logged.changed.length === 0 ? bytes : undefined, identity });
  return loaded;
}

/** How a save may go: the state it is the text of, the nodes changed since the loaded state and that state's log. */
export interface SaveOptions {
  state?: NodeState;
  /** Must succeed before the saved state may replace the old one. */
  beforeReplace?: BeforeReplace;
  changed?: Iterable<string>;
  log?: StateLog;
  /** Write the whole state and empty the log (e.g. when publishing: the text is made then anyway). */
  compact?: boolean;
}

/**
 * Appends the changed nodes to the log, only once `beforeReplace` succeeded (as the whole file
 * would be renamed only then); the log after, or undefined when the whole state must be written.
 */
async function appendToLog(fs: SyncFs, path: string, options: SaveOptions): Promise<StateLog | undefined> {
  const { state, changed, log } = options;
  if (!fs.append || !state || !changed || !log || options.compact || !logHasRoom(log)) return undefined;
  const record = logRecord(state, changed);
  if (!record) return undefined;
  await options.beforeReplace?.();
  await fs.append(stateLogPath(path), record);
  return { base: log.base, records: log.records + 1, bytes: log.bytes + record.length };
}

/**
 * Saves a meeting's merged nodes as `stateText`: only the changed nodes appended to the log
 * when it has room, else the whole state file, then a fresh log naming it. Given `state` (what
 * the text was made from), the next round reuses it.
 */
export async function saveMeetingState(fs: SyncFs, meetingId: string, stateText: string, options: SaveOptions = {}): Promise<void> {
  const path = localMeetingStatePath(meetingId);
  const { state } = options;
  const appended = await appendToLog(fs, path, options);
  if (appended) {
    rememberParsed({ state: state!, text: stateText, log: appended, path, identity: await stateIdentity(fs, path) });
    return;
  }
  const bytes = new TextEncoder().encode(stateText);
  await fs.write(path, bytes, options.beforeReplace);
  // A crash before this leaves a log naming the older state file: it is not applied.
  const header = fs.append ? logHeader(bytes) : undefined;
  if (header) await fs.write(stateLogPath(path), header.bytes);
  if (state) rememberParsed({ state, text: stateText, log: header?.log, path, bytes: header ? undefined : bytes, identity: await stateIdentity(fs, path) });
}

export { encode as jsonBytes, decode as bytesText };
