import type { Meeting } from '../model/meeting';
import { CHILD_LISTS, MEETING_FIELDS, MEETING_NODE, SPLIT_FIELDS, entityNode, fieldNode, meetingFieldNode, positionNode, type EntityKind, type Position } from './node-ids';
import { assignPositionKeys } from './position-keys';

/** Every node of a meeting with its value: what a device publishes, and what an edit is compared by. */
export type NodeValues = Map<string, unknown>;

/** Where each entity stood at the last sync, so unmoved children keep their position keys. */
export type PreviousPositions = (entity: string) => Position | undefined;

export class DuplicateIdError extends Error {
  constructor(readonly node: string) {
    super(`the meeting holds ${node} twice; sync needs every id once`);
  }
}

type Entity = Record<string, unknown> & { id: string };

/** Absent optional fields become null: JSON has no undefined, and "absent" is a value too. */
const orNull = (value: unknown): unknown => (value === undefined ? null : value);

/** The entity's value without its id and its children (a block's inline content stays). */
function ownValue(kind: EntityKind, entity: Entity): Record<string, unknown> {
  const skip = new Set(['id', ...CHILD_LISTS[kind].map((list) => list.field)]);
  return Object.fromEntries(Object.entries(entity).filter(([field, value]) => !skip.has(field) && value !== undefined));
}

function addNode(values: NodeValues, node: string, value: unknown): void {
  if (values.has(node)) throw new DuplicateIdError(node);
  values.set(node, value);
}

function addEntity(values: NodeValues, kind: EntityKind, entity: Entity, node: string, previous: PreviousPositions): void {
  const split = SPLIT_FIELDS[kind];
  addNode(values, node, split ? {} : ownValue(kind, entity));
  for (const field of split ?? []) addNode(values, fieldNode(node, field), orNull(entity[field]));
  addChildren(values, kind, entity, node, previous);
}

function addChildren(values: NodeValues, kind: EntityKind | 'meeting', parent: Record<string, unknown>, parentNode: string, previous: PreviousPositions): void {
  for (const list of CHILD_LISTS[kind]) {
    const children = parent[list.field];
    if (!Array.isArray(children)) continue;
    const nodes = (children as Entity[]).map((child) => entityNode(list.kind, child.id));
    const keep = new Map<string, string>();
    for (const node of nodes) {
      const before = previous(node);
      if (before?.parent === parentNode) keep.set(node, before.key);
    }
    const keys = assignPositionKeys(keep, nodes);
    (children as Entity[]).forEach((child, index) => {
      const node = nodes[index]!;
      addNode(values, positionNode(node), { parent: parentNode, key: keys[index]! } satisfies Position);
      addEntity(values, list.kind, child, node, previous);
    });
  }
}

/** The meeting as nodes by id. Throws DuplicateIdError when an id occurs twice in one kind. */
export function extractMeetingNodes(meeting: Meeting, previous: PreviousPositions = () => undefined): NodeValues {
  const values: NodeValues = new Map();
  const record = meeting as unknown as Record<string, unknown>;
  for (const field of MEETING_FIELDS) addNode(values, meetingFieldNode(field), orNull(record[field]));
  addChildren(values, MEETING_NODE, record, MEETING_NODE, previous);
  return values;
}
