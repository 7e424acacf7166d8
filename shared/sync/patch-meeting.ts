import { AgendaItemSchema, SectionSchema, type Meeting } from '../model/meeting';
import { CHILD_LISTS, SPLIT_FIELDS, entityNode, parseNodeId, type EntityKind } from './node-ids';
import type { NodeState, NodeVersions } from './node-versions';
import { keepsEmptyList, rebuildMeeting, type RebuiltMeeting } from './rebuild-meeting';

/**
 * A merged meeting made from the one rebuilt a round earlier, when only a few values inside
 * domain tables changed: the changed items are put in place and checked against their schema,
 * and every other part stays the same object. For a one-field change in a big meeting this
 * replaces rebuilding and checking every node, and lets the store reuse the JSON of the parts
 * it wrote before. Anything else (moves, entities added, deleted or revived, conflicts, the
 * meeting's own fields, attendees) takes the full rebuild, which gives the same meeting.
 */

type Json = Record<string, unknown>;
type Step = { field: string; index: number };

/** More changed nodes than this: the full rebuild is as quick. */
const MOST_PATCHED = 64;

const SectionFieldsSchema = SectionSchema.omit({ items: true });

/** Where each entity of a rebuilt meeting lies: the lists and indexes from the meeting down. */
const pathsOf = new WeakMap<Meeting, Map<string, Step[]>>();

function entityPaths(meeting: Meeting): Map<string, Step[]> {
  let paths = pathsOf.get(meeting);
  if (paths) return paths;
  const found = new Map<string, Step[]>();
  const walk = (value: Json, kind: EntityKind | 'meeting', path: Step[]) => {
    for (const list of CHILD_LISTS[kind]) {
      const children = value[list.field];
      if (!Array.isArray(children)) continue;
      children.forEach((child: Json, index) => {
        const at = [...path, { field: list.field, index }];
        found.set(entityNode(list.kind, String(child.id)), at);
        walk(child, list.kind, at);
      });
    }
  };
  walk(meeting as unknown as Json, 'meeting', []);
  pathsOf.set(meeting, (paths = found));
  return paths;
}

/** A copy of `value` with the entity at `path` replaced, sharing everything off the path. */
function replaceAt(value: Json, path: readonly Step[], replace: (entity: Json) => Json): Json {
  if (path.length === 0) return replace(value);
  const [step, ...rest] = path as [Step, ...Step[]];
  const list = [...(value[step.field] as Json[])];
  list[step.index] = replaceAt(list[step.index]!, rest, replace);
  return { ...value, [step.field]: list };
}

const oneLiveVersion = (versions: NodeVersions | undefined): boolean => versions?.length === 1 && !versions[0]!.deleted;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a changed node changes its entity, as rebuildMeeting would build it; undefined: not patchable. */
function entityChange(kind: EntityKind, node: string, type: 'field' | 'entity', field: string | undefined, before: NodeState, after: NodeState): ((entity: Json) => Json) | undefined {
  const children = CHILD_LISTS[kind].map((list) => list.field);
  const value = after[node]![0]!.value;
  if (type === 'field') {
    if (!SPLIT_FIELDS[kind] || field === undefined || field === 'id' || children.includes(field)) return undefined;
    return (entity) => {
      const next = { ...entity };
      if (value === null) delete next[field];
      else next[field] = value;
      return next;
    };
  }
  const old = before[node]![0]!.value;
  // A whole value never holds its children; one that does is left to the full rebuild.
  if (SPLIT_FIELDS[kind] || !isRecord(value) || !isRecord(old) || children.some((list) => list in value || list in old)) return undefined;
  return (entity) => {
    const next: Json = Object.assign({ id: entity.id }, value);
    for (const list of CHILD_LISTS[kind]) {
      const entries = entity[list.field] as unknown[] | undefined;
      if ((entries && entries.length > 0) || keepsEmptyList(kind, next)) next[list.field] = entries ?? [];
    }
    return next;
  };
}

/** Checks the changed items and domain tables against their schemas, taking their parsed values. */
function checkChanged(meeting: Json, changed: Map<string, Step[]>): Json | undefined {
  let checked = meeting;
  for (const path of changed.values()) {
    const schema = path.length === 1 ? SectionFieldsSchema : AgendaItemSchema;
    let ok = true;
    checked = replaceAt(checked, path, (entity) => {
      const parsed = schema.safeParse(entity);
      ok &&= parsed.success;
      return parsed.success ? (path.length === 1 ? { ...parsed.data, items: entity.items } : parsed.data) : entity;
    });
    if (!ok) return undefined;
  }
  return checked;
}

/**
 * `meeting` (rebuilt from `before`) changed as `after` rebuilds; undefined when the change
 * needs the full rebuild. `candidates`, when given, names every node that may differ.
 */
export function patchMeeting(meeting: Meeting, before: NodeState, after: NodeState, candidates?: Iterable<string>): Meeting | undefined {
  const changed = new Set<string>();
  if (candidates) {
    for (const node of candidates) if (after[node] !== before[node]) changed.add(node);
  } else for (const node in after) if (after[node] !== before[node]) changed.add(node);
  if (changed.size > MOST_PATCHED) return undefined;
  const paths = entityPaths(meeting);
  let patched = meeting as unknown as Json;
  // The items and domain tables changed, by the path of the item or table: each is checked once.
  const toCheck = new Map<string, Step[]>();
  for (const node of changed) {
    const parsed = parseNodeId(node);
    if (!parsed || (parsed.type !== 'field' && parsed.type !== 'entity') || !oneLiveVersion(before[node]) || !oneLiveVersion(after[node])) return undefined;
    const path = paths.get(parsed.entity);
    if (!path || path[0]!.field !== 'sections') return undefined;
    const change = entityChange(parsed.kind, node, parsed.type, parsed.type === 'field' ? parsed.field : undefined, before, after);
    if (!change) return undefined;
    patched = replaceAt(patched, path, change);
    const checkPath = path.slice(0, 2);
    toCheck.set(checkPath.map((step) => step.index).join('/'), checkPath);
  }
  const checked = checkChanged(patched, toCheck);
  if (!checked) return undefined;
  pathsOf.set(checked as unknown as Meeting, paths);
  return checked as unknown as Meeting;
}

/** The meeting each merged state rebuilt into, for the next round to patch. States are never changed in place. */
const rebuiltOf = new WeakMap<NodeState, { id: string; result: RebuiltMeeting & { ok: true } }>();

/**
 * rebuildMeeting of `state`, patched from `base`'s when `base` was rebuilt before and the
 * change allows it (see above); the same meeting either way.
 */
export function rebuildMeetingFrom(base: NodeState, state: NodeState, id: string, updatedAt: string, changed?: Iterable<string>): RebuiltMeeting {
  const known = rebuiltOf.get(base);
  const patched = known?.id === id ? patchMeeting(known.result.meeting, base, state, changed) : undefined;
  const result: RebuiltMeeting = patched ? { ok: true, meeting: { ...patched, updatedAt }, notices: known!.result.notices } : rebuildMeeting(state, id, updatedAt);
  if (result.ok) {
    rebuiltOf.set(state, { id, result });
    if (patched) pathsOf.set(result.meeting, entityPaths(patched));
  }
  return result;
}
