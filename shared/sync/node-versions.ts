import { canonicalJson } from './canonical-json';

/**
 * Per-node versions with dotted version vectors. Every version a device writes gets a dot
 * (device, counter) unique to it, and `seen`: the dots of the versions it replaces. A version
 * is dominated when another has seen its dot; merging keeps every version no other has seen,
 * so it is a union: commutative, associative and idempotent, and it never drops an edit a
 * device made without having seen the other one.
 */

/** How many versions of one node each device has written (or seen), by device id. */
export type VersionVector = Record<string, number>;

export interface NodeVersion {
  /** The writing device and its counter for this node. */
  dot: [device: string, counter: number];
  /** What the writer had seen of this node: the versions this one replaces. */
  seen: VersionVector;
  /** The writer's hybrid-clock stamp: orders the display only. */
  at: string;
  /** The node's value; for a deletion, the last value, so a node can come back with it. */
  value: unknown;
  deleted?: true;
}

/** The versions of one node no other version has seen; one unless edits were concurrent. */
export type NodeVersions = NodeVersion[];

/** A meeting (or the people directory) as nodes by id, each with its current versions. */
export type NodeState = Record<string, NodeVersions>;

export function hasSeen(version: NodeVersion, other: NodeVersion): boolean {
  return (version.seen[other.dot[0]] ?? 0) >= other.dot[1];
}

const sameDot = (a: NodeVersion, b: NodeVersion): boolean => a.dot[0] === b.dot[0] && a.dot[1] === b.dot[1];

/** Display order: newest stamp first; the dot breaks ties so every device shows the same. */
export function compareVersions(a: NodeVersion, b: NodeVersion): number {
  if (a.at !== b.at) return a.at > b.at ? -1 : 1;
  if (a.dot[0] !== b.dot[0]) return a.dot[0] < b.dot[0] ? -1 : 1;
  return a.dot[1] - b.dot[1];
}

/**
 * Two versions with one dot are one version, written once by one device. They could only
 * differ if a device's id were reused (the install-nonce guard prevents that, and a reused id
 * would also stamp another time): the later stamp is kept, so merging stays order-free.
 */
function pickOfSameDot(a: NodeVersion, b: NodeVersion): NodeVersion {
  return b.at > a.at ? b : a;
}

export function mergeVersions(a: readonly NodeVersion[], b: readonly NodeVersion[]): NodeVersions {
  const byDot = new Map<string, NodeVersion>();
  for (const version of [...a, ...b]) {
    const key = `${version.dot[0]}\u0000${version.dot[1]}`;
    const known = byDot.get(key);
    byDot.set(key, known ? pickOfSameDot(known, version) : version);
  }
  const all = [...byDot.values()];
  return all.filter((version) => !all.some((other) => !sameDot(other, version) && hasSeen(other, version))).sort(compareVersions);
}

/** The common case of a merge: both hold the one same version. */
const sameSingleVersion = (a: readonly NodeVersion[], b: readonly NodeVersion[]): boolean => a.length === 1 && b.length === 1 && sameDot(a[0]!, b[0]!) && a[0]!.at >= b[0]!.at;

export function mergeStates(a: NodeState, b: NodeState): NodeState {
  const merged: NodeState = { ...a };
  for (const [id, versions] of Object.entries(b)) {
    const mine = merged[id];
    merged[id] = mine ? (mine === versions || sameSingleVersion(mine, versions) ? mine : mergeVersions(mine, versions)) : mergeVersions([], versions);
  }
  return merged;
}

/** The highest counter of `device` for a node, among the dots and what they have seen. */
export function lastCounter(versions: readonly NodeVersion[], device: string): number {
  let last = 0;
  for (const version of versions) {
    if (version.dot[0] === device) last = Math.max(last, version.dot[1]);
    last = Math.max(last, version.seen[device] ?? 0);
  }
  return last;
}

/**
 * Whether `other` holds versions by `device` that `state` has never seen: the device's own
 * memory is older than what it published (a restored backup), so its counters would repeat.
 */
export function knowsMoreOf(other: NodeState, state: NodeState, device: string): boolean {
  return Object.entries(other).some(([node, versions]) => lastCounter(versions, device) > lastCounter(state[node] ?? [], device));
}

/** A vector that has seen every one of `versions`. */
export function seenAll(versions: readonly NodeVersion[]): VersionVector {
  const seen: VersionVector = {};
  for (const version of versions) {
    for (const [device, counter] of [...Object.entries(version.seen), version.dot] as [string, number][]) {
      seen[device] = Math.max(seen[device] ?? 0, counter);
    }
  }
  return seen;
}

/** A new version by `device` that replaces `replaced` (and nothing else) of the node. */
export function newVersion(
  versions: readonly NodeVersion[],
  replaced: readonly NodeVersion[],
  device: string,
  at: string,
  value: unknown,
  deleted = false,
): NodeVersion {
  const version: NodeVersion = { dot: [device, lastCounter(versions, device) + 1], seen: seenAll(replaced), at, value };
  if (deleted) version.deleted = true;
  return version;
}

/** The versions that are not deletions, display order kept. */
export const liveVersions = (versions: readonly NodeVersion[]): NodeVersion[] => versions.filter((version) => !version.deleted);

/** The version shown: the first live one, else the first deletion (whose value may come back). */
export function shownVersion(versions: readonly NodeVersion[]): NodeVersion | undefined {
  return versions.find((version) => !version.deleted) ?? versions[0];
}

/** The node's live values, one per distinct value, in display order: more than one is a conflict. */
export function distinctLiveVersions(versions: readonly NodeVersion[]): NodeVersion[] {
  if (versions.length === 1) return versions[0]!.deleted ? [] : [versions[0]!];
  const seen = new Set<string>();
  return liveVersions(versions).filter((version) => {
    const text = canonicalJson(version.value);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}
