import type { Meeting } from '../model/meeting';
import { sameJson } from './canonical-json';
import { extractMeetingNodes, type NodeValues } from './extract-nodes';
import { MEETING_NODE, parseNodeId, positionNode, type Position } from './node-ids';
import type { NodeState } from './node-versions';
import { rebuildMeeting } from './rebuild-meeting';

/**
 * A save made on a revision that sync has since replaced: the person's edits (base → saved)
 * and sync's merge (base → current) both stand. Node by node: what the person changed wins,
 * everything else comes from the merged version. Only where both changed the very same node
 * (one block typed in here while sync brought another text of it) does the person's value win:
 * the window is the ~2 s between a sync write and the save, and the other text stays in the
 * sending device's history.
 */
export function mergeStaleSave(base: Meeting, current: Meeting, saved: Meeting): Meeting {
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
  keepContainers(merged, currentNodes);
  // One version per node: the merged nodes as a state rebuildMeeting can read.
  const state: NodeState = {};
  for (const [node, value] of merged) state[node] = [{ dot: ['stalesave', 1], seen: {}, at: '', value }];
  const rebuilt = rebuildMeeting(state, saved.id, saved.updatedAt);
  // A combination that is no meeting (an item whose table the other side removed) keeps the save whole.
  return rebuilt.ok ? rebuilt.meeting : saved;
}

/**
 * What sync changed inside an entity the person removed needs the entity, and its place needs
 * the parent: those come back from the merged version, up to the meeting, so no edit is left
 * without a place to show.
 */
function keepContainers(merged: NodeValues, current: NodeValues): void {
  const restore = (entity: string): boolean => {
    if (entity === MEETING_NODE || merged.has(entity) || !current.has(entity)) return false;
    for (const [node, value] of current) {
      const parsed = parseNodeId(node);
      if (parsed && parsed.type !== 'meeting-field' && parsed.entity === entity) merged.set(node, value);
    }
    return true;
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
