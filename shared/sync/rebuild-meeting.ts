import { describeIssues } from '../api/errors';
import { MeetingSchema, type Meeting } from '../model/meeting';
import { CHILD_LISTS, MEETING_NODE, SPLIT_FIELDS, parseNodeId, type EntityKind, type Position } from './node-ids';
import { liveVersions, shownVersion, type NodeState } from './node-versions';
import type { SyncNotice } from './sync-schemas';

interface EntityParts {
  kind: EntityKind;
  id: string;
  nodes: string[];
  fields: Record<string, unknown>;
  whole?: Record<string, unknown>;
  position?: Position;
  live: boolean;
}

function collectEntities(state: NodeState, header: Record<string, unknown>, notices: SyncNotice[]): Map<string, EntityParts> {
  const entities = new Map<string, EntityParts>();
  for (const [node, versions] of Object.entries(state)) {
    const parsed = parseNodeId(node);
    const shown = shownVersion(versions);
    if (!parsed || !shown) continue;
    if (parsed.type === 'meeting-field') {
      if (shown.value !== null) header[parsed.field] = shown.value;
      continue;
    }
    let parts = entities.get(parsed.entity);
    if (!parts) entities.set(parsed.entity, (parts = { kind: parsed.kind, id: parsed.id, nodes: [], fields: {}, live: false }));
    if (parsed.type === 'position') {
      parts.position = shown.value as Position;
      continue;
    }
    const live = liveVersions(versions).length > 0;
    // Once per entity: an item edited in several fields while it was deleted is one notice.
    const told = notices.some((notice) => notice.kind === 'edited-while-deleted' && notice.entity === parsed.entity);
    if (live && !told && versions.some((version) => version.deleted)) notices.push({ kind: 'edited-while-deleted', entity: parsed.entity });
    parts.live ||= live;
    if (parsed.type === 'field') parts.fields[parsed.field] = shown.value;
    else parts.whole = shown.value as Record<string, unknown>;
  }
  return entities;
}

/** Brings back every deleted entity that holds a live one, up to the meeting. */
function reviveAncestors(entities: Map<string, EntityParts>, notices: SyncNotice[]): Set<string> {
  const shown = new Set<string>();
  for (const [node, parts] of entities) {
    if (!parts.live) continue;
    const path: string[] = [];
    let current: string | undefined = node;
    while (current !== undefined && current !== MEETING_NODE && !shown.has(current) && !path.includes(current)) {
      path.push(current);
      current = entities.get(current)?.position?.parent;
    }
    if (current !== MEETING_NODE && !shown.has(current ?? '')) continue;
    for (const entity of path) {
      shown.add(entity);
      if (!entities.get(entity)!.live) notices.push({ kind: 'revived', entity });
    }
  }
  for (const [node, parts] of entities) if (parts.live && !shown.has(node)) notices.push({ kind: 'unplaced', entity: node });
  return shown;
}

function entityValue(parts: EntityParts): Record<string, unknown> {
  const value: Record<string, unknown> = { id: parts.id };
  if (SPLIT_FIELDS[parts.kind]) {
    for (const [field, fieldValue] of Object.entries(parts.fields)) if (fieldValue !== null) value[field] = fieldValue;
  } else Object.assign(value, parts.whole ?? {});
  return value;
}

function childrenOf(entities: Map<string, EntityParts>, shown: Set<string>): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const node of shown) {
    const parent = entities.get(node)!.position!.parent;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  for (const list of children.values()) {
    list.sort((a, b) => {
      const keyA = entities.get(a)!.position!.key;
      const keyB = entities.get(b)!.position!.key;
      return keyA === keyB ? (a < b ? -1 : 1) : keyA < keyB ? -1 : 1;
    });
  }
  return children;
}

/** Whether an entity of `kind` holds its child lists even when empty (the schema requires them). */
export const keepsEmptyList = (kind: EntityKind | 'meeting', value: Record<string, unknown>): boolean =>
  kind === 'meeting' || kind === 'section' || kind === 'listitem' || (kind === 'block' && value.type === 'list');

function fillChildren(target: Record<string, unknown>, kind: EntityKind | 'meeting', node: string, entities: Map<string, EntityParts>, children: Map<string, string[]>): void {
  const mine = children.get(node) ?? [];
  for (const list of CHILD_LISTS[kind]) {
    const entries = mine.filter((child) => entities.get(child)!.kind === list.kind);
    if (entries.length === 0 && !keepsEmptyList(kind, target)) continue;
    target[list.field] = entries.map((child) => {
      const parts = entities.get(child)!;
      const value = entityValue(parts);
      fillChildren(value, parts.kind, child, entities, children);
      return value;
    });
  }
}

export type RebuiltMeeting = { ok: true; meeting: Meeting; notices: SyncNotice[] } | { ok: false; problems: string[]; notices: SyncNotice[] };

/**
 * The meeting the merged nodes describe: each node's shown version, children in position-key
 * order. The result is checked against the meeting schema, so a version no Notulist could
 * have written is refused rather than saved.
 */
export function rebuildMeeting(state: NodeState, id: string, updatedAt: string, validate = true): RebuiltMeeting {
  const notices: SyncNotice[] = [];
  const header: Record<string, unknown> = {};
  const entities = collectEntities(state, header, notices);
  const shown = reviveAncestors(entities, notices);
  const raw: Record<string, unknown> = { ...header, id, updatedAt };
  fillChildren(raw, MEETING_NODE, MEETING_NODE, entities, childrenOf(entities, shown));
  // Unchecked only where the result is compared, never saved: the base a local edit is made on.
  if (!validate) return { ok: true, meeting: raw as Meeting, notices };
  const parsed = MeetingSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error), notices };
  return { ok: true, meeting: parsed.data, notices };
}
