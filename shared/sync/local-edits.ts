import type { Meeting } from '../model/meeting';
import { sameJson } from './canonical-json';
import { extractMeetingNodes, type NodeValues, type PreviousPositions } from './extract-nodes';
import { parseNodeId, positionNode, type Position } from './node-ids';
import { compareVersions, newVersion, shownVersion, type NodeState, type NodeVersion, type VersionVector } from './node-versions';
import { rebuildMeeting } from './rebuild-meeting';
import type { UnseenValues } from './stale-save-merge';

/** Where each entity stands in the merged state (its shown position). */
export function statePositions(state: NodeState): PreviousPositions {
  return (entity) => shownVersion(state[positionNode(entity)] ?? [])?.value as Position | undefined;
}

/** The nodes as the meeting last rebuilt from `state` holds them: the base a local edit is made on. */
export function shownNodes(state: NodeState, meetingId: string): NodeValues {
  if (Object.keys(state).length === 0) return new Map();
  const rebuilt = rebuildMeeting(state, meetingId, '', false);
  if (!rebuilt.ok) throw new Error(`the merged state of ${meetingId} is not a meeting: ${rebuilt.problems.join('; ')}`);
  return extractMeetingNodes(rebuilt.meeting, statePositions(state));
}

/**
 * The versions an edit replaces: the one the person saw, and every deletion (the node was in
 * front of them, so they chose to keep it). A concurrent live version stays: text the person
 * never saw is not overwritten.
 */
function replacedBy(versions: readonly NodeVersion[]): NodeVersion[] {
  const shown = shownVersion(versions);
  return versions.filter((version) => version === shown || version.deleted);
}

/**
 * What the versions themselves had seen, not the versions: an edit made without seeing any of
 * them (saved on a version sync had replaced) is concurrent with every one, so all stay.
 */
function seenBefore(versions: readonly NodeVersion[]): VersionVector {
  const seen: VersionVector = {};
  for (const version of versions) {
    for (const [device, counter] of Object.entries(version.seen)) seen[device] = Math.max(seen[device] ?? 0, counter);
  }
  return seen;
}

/**
 * Turns what changed from `base` (the nodes as last applied) to `current` (the workspace now)
 * into new versions by `device`, stamped `at`: a node with another value gets a version, a node
 * gone gets a deletion (keeping its value). Positions are never deleted: an entity's place
 * outlives it, so an edit inside a deleted entity still finds its way back. A node in `unseen`
 * that still shows the value sync wrote there was edited without seeing that value: the edit
 * replaces none of the node's versions, so both stand as a conflict.
 */
export function recordNodeEdits(
  state: NodeState,
  base: NodeValues,
  current: NodeValues,
  device: string,
  at: string,
  unseen: ReadonlyMap<string, unknown> = new Map(),
): { state: NodeState; edited: string[] } {
  const next: NodeState = { ...state };
  const edited: string[] = [];
  const madeUnseen = (node: string) => unseen.has(node) && base.has(node) === (unseen.get(node) !== undefined) && sameJson(base.get(node), unseen.get(node));
  const write = (node: string, value: unknown, deleted: boolean) => {
    const versions = state[node] ?? [];
    const blind = madeUnseen(node);
    const replaced = blind ? [] : replacedBy(versions);
    const version = newVersion(versions, replaced, device, at, value, deleted);
    if (blind) version.seen = seenBefore(versions);
    const kept = versions.filter((old) => !replaced.includes(old));
    next[node] = [version, ...kept].sort(compareVersions);
    edited.push(node);
  };
  for (const [node, value] of current) {
    if (!base.has(node) || !sameJson(base.get(node), value)) write(node, value, false);
  }
  for (const [node, value] of base) {
    if (!current.has(node) && parseNodeId(node)?.type !== 'position') write(node, value, true);
  }
  return { state: next, edited };
}

/** The local meeting's edits since `state` was last applied, as versions (see recordNodeEdits). */
export function recordLocalEdits(state: NodeState, local: Meeting, device: string, at: string, unseen?: UnseenValues): { state: NodeState; edited: string[] } {
  return recordNodeEdits(state, shownNodes(state, local.id), extractMeetingNodes(local, statePositions(state)), device, at, unseen);
}
