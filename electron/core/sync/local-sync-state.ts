import { z } from 'zod';
import { canonicalJson } from '../../../shared/sync/canonical-json';
import { DeviceIdSchema, PublishedSchema, parseExchangeFile } from '../../../shared/sync/exchange-files';
import { CLOCK_STAMP_PATTERN, ZERO_CLOCK, formatClock } from '../../../shared/sync/hybrid-clock';
import type { NodeState } from '../../../shared/sync/node-versions';
import { meetingFolder } from './exchange-paths';
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

/**
 * The merged nodes this workspace's copy of a meeting was made from, with their text (to tell
 * whether a round changed them without serializing twice). Only this device writes the file,
 * so its shape is trusted once it parses; the exchange's files are checked in full.
 */
export async function loadMeetingState(fs: SyncFs, meetingId: string): Promise<{ state: NodeState; text: string }> {
  return loadNodeState(fs, localMeetingStatePath(meetingId), `meeting ${meetingId}`);
}

/**
 * The node states last saved or read, with their path and text: a round finding the same text
 * takes the same state instead of parsing it again, and with it the node texts cached by
 * canonicalStateJson. Matched on the bytes, so two workspaces (one path each) cannot mix:
 * equal bytes are an equal state. States are never changed in place. A few, for the meetings
 * in use; unequal lengths make most comparisons free.
 */
const parsedStates: { path: string; bytes: Uint8Array; text: string; state: NodeState; identity?: string }[] = [];
const PARSED_KEPT = 6;

function rememberParsed(path: string, bytes: Uint8Array, text: string, state: NodeState, identity?: string): void {
  parsedStates.unshift({ path, bytes, text, state, identity });
  parsedStates.length = Math.min(parsedStates.length, PARSED_KEPT);
}

/** Compared as bytes: the file need not be decoded to be recognised. */
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);

export async function loadNodeState(fs: SyncFs, path: string, what: string): Promise<{ state: NodeState; text: string }> {
  // The file as this process last wrote it, by its identity: not read again (2 MB for a long meeting).
  const identity = await fs.identity?.(path);
  const written = identity === undefined ? undefined : parsedStates.find((entry) => entry.identity === identity);
  if (written) return { state: written.state, text: written.text };
  const bytes = await fs.read(path);
  if (!bytes) return { state: {}, text: '{}' };
  const known = parsedStates.find((entry) => entry.path === path && sameBytes(entry.bytes, bytes));
  if (known) return { state: known.state, text: known.text };
  const text = decode(bytes);
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch {
    state = undefined;
  }
  if (typeof state !== 'object' || state === null || Array.isArray(state)) throw new Error(`the sync state of ${what} (sync/${path}) is damaged`);
  rememberParsed(path, bytes, text, state as NodeState);
  return { state: state as NodeState, text };
}

/**
 * Saves a meeting's merged nodes as `stateText`; given `state` (what the text was made from),
 * the next round reuses it. `beforeReplace` must succeed before the file is replaced.
 */
export async function saveMeetingState(fs: SyncFs, meetingId: string, stateText: string, state?: NodeState, beforeReplace?: BeforeReplace): Promise<void> {
  const path = localMeetingStatePath(meetingId);
  const bytes = new TextEncoder().encode(stateText);
  await fs.write(path, bytes, beforeReplace);
  if (state) rememberParsed(path, bytes, stateText, state, await fs.identity?.(path));
}

export { encode as jsonBytes, decode as bytesText };
