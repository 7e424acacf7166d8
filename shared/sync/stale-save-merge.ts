import type { Meeting } from '../model/meeting';
import { sameJson } from './canonical-json';
import { extractMeetingNodes, type NodeValues } from './extract-nodes';
import { MEETING_NODE, parseNodeId, positionNode, type Position } from './node-ids';
import type { NodeState } from './node-versions';
import { rebuildMeeting } from './rebuild-meeting';

/**
 * Nodes the person changed without having seen what sync wrote there, by node id: the value
 * sync wrote (undefined: sync removed the node). The next round records her value of each as
 * concurrent with that one, so both stand as a conflict (recordNodeEdits).
 */
export type UnseenValues = Map<string, unknown>;

export interface StaleSaveMerge {
  meeting: Meeting;
  unseen: UnseenValues;
}

/**
 * A save made on a revision that sync has since replaced: the person's edits (base → saved)
 * and sync's merge (base → current) both stand. Node by node: what only the person changed
 * comes from the save, what only sync changed from the merged version. Where both changed one
 * node to different values (a block typed in here while sync brought another text of it), the
 * person's value is shown, since she is typing, and the node is named in `unseen`: the next
 * round makes it a conflict with both versions, never a silent overwrite.
 */
export function mergeStaleSave(base: Meeting, current: Meeting, saved: Meeting): StaleSaveMerge {
  const baseNodes = extractMeetingNodes(base);
  const previous = (entity: string) => baseNodes.get(positionNode(entity)) as Position | undefined;
  const currentNodes = extractMeetingNodes(current, previous);
  const savedNodes = extractMeetingNodes(saved, previous);
  const merged: NodeValues = new Map();
  const changedBySave = (node: string) => baseNodes.has(node) !== savedNodes.has(node) || !sameJson(baseNodes.get(node), savedNodes.get(node));
  for (const node of new Set([...currentNodes.keys(), ...savedNodes.keys()])) {
    if (changedBySave(node)) {
      // Removed by the person: gone, unless sync brought a newer value of it meanwhile.
      if (savedNodes.has(node)) merged.set(node, savedNodes.get(node));
      else if (!sameJson(baseNodes.get(node), currentNodes.get(node))) merged.set(node, currentNodes.get(node));
    } else if (currentNodes.has(node)) merged.set(node, currentNodes.get(node));
  }
  keepContainers(merged, currentNodes, savedNodes);
  // One version per node: the merged nodes as a state rebuildMeeting can read.
  const state: NodeState = {};
  for (const [node, value] of merged) state[node] = [{ dot: ['stalesave', 1], seen: {}, at: '', value }];
  const rebuilt = rebuildMeeting(state, saved.id, saved.updatedAt);
  // A combination that is no meeting (an item whose table the other side removed) keeps the save
  // whole: then every node sync changed and the save differs on is unseen.
  if (rebuilt.ok) return { meeting: rebuilt.meeting, unseen: unseenValues(baseNodes, currentNodes, merged) };
  return { meeting: saved, unseen: unseenValues(baseNodes, currentNodes, savedNodes) };
}

/**
 * The nodes sync changed (base → current) that the result does not show as sync wrote them.
 * Positions are left out: a move is never a lost text, and the order shown stays the person's.
 */
function unseenValues(base: NodeValues, current: NodeValues, result: NodeValues): UnseenValues {
  const unseen: UnseenValues = new Map();
  for (const node of new Set([...current.keys(), ...base.keys()])) {
    if (parseNodeId(node)?.type === 'position') continue;
    const synced = current.get(node);
    if (base.has(node) === current.has(node) && sameJson(base.get(node), synced)) continue;
    if (result.has(node) !== current.has(node) || !sameJson(result.get(node), synced)) unseen.set(node, synced);
  }
  return unseen;
}

/**
 * Every entity the merge shows needs its place, and every place its parent, up to the meeting:
 * an edit inside an entity one side removed brings that entity back, as sync wrote it where it
 * still stands there (the person removed it), else as the person saved it (sync removed it,
 * and her typing is concurrent with that deletion). So no edit is left without a place to show.
 */
function keepContainers(merged: NodeValues, current: NodeValues, saved: NodeValues): void {
  const restore = (entity: string): boolean => {
    if (entity === MEETING_NODE || (merged.has(entity) && merged.has(positionNode(entity)))) return false;
    const from = current.has(entity) ? current : saved;
    let added = false;
    for (const [node, value] of from) {
      const parsed = parseNodeId(node);
      if (parsed && parsed.type !== 'meeting-field' && parsed.entity === entity && !merged.has(node)) {
        merged.set(node, value);
        added = true;
      }
    }
    return added;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const [node, value] of [...merged]) {
      const parsed = parseNodeId(node);
      if (!parsed || parsed.type === 'meeting-field') continue;
      if (restore(parsed.entity)) changed = true;
      if (parsed.type === 'position' && restore((value as Position).parent)) changed = true;
    }
  }
}
