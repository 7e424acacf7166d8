import { AgendaItemSchema, MeetingSchema, SectionSchema } from '../model/meeting';

/**
 * How a meeting is cut into nodes, and the one spelling of their ids:
 * - `meeting/<field>`: a field of the meeting itself (name, date, contactPerson, …);
 * - `<kind>:<id>`: an entity (attendee, section, item, block, …): for most kinds its whole own
 *   value; for sections and items only that it exists, their fields being nodes of their own,
 *   `<kind>:<id>/<field>`, so a title typed here and a status set there never conflict;
 * - `<kind>:<id>@`: where the entity stands: its parent and its position key.
 * Entity ids are written URI-encoded, so an id holding ':', '/' or '@' cannot be misread.
 */
export const ENTITY_KINDS = ['attendee', 'section', 'item', 'block', 'listitem', 'proposal', 'action', 'document', 'person'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const MEETING_NODE = 'meeting';

/** The lists of children each kind holds: the field, and the kind of its entries. */
export const CHILD_LISTS: Readonly<Record<EntityKind | 'meeting', readonly { field: string; kind: EntityKind }[]>> = {
  meeting: [
    { field: 'attendees', kind: 'attendee' },
    { field: 'sections', kind: 'section' },
  ],
  section: [{ field: 'items', kind: 'item' }],
  item: [
    { field: 'notes', kind: 'block' },
    { field: 'proposals', kind: 'proposal' },
    { field: 'actions', kind: 'action' },
    { field: 'documents', kind: 'document' },
  ],
  block: [{ field: 'items', kind: 'listitem' }],
  listitem: [{ field: 'content', kind: 'block' }],
  attendee: [],
  proposal: [],
  action: [],
  document: [],
  // The people directory's entries: synced in their own document, never inside a meeting.
  person: [],
};

const childFields = (kind: EntityKind | 'meeting'): string[] => CHILD_LISTS[kind].map((list) => list.field);

/** The meeting's own fields synced one node each; `id` is the file, `updatedAt` each device's own. */
export const MEETING_FIELDS: readonly string[] = Object.keys(MeetingSchema.shape).filter(
  (field) => !['id', 'updatedAt', ...childFields('meeting')].includes(field),
);

/** Kinds whose fields are nodes of their own, with those fields. */
export const SPLIT_FIELDS: Partial<Record<EntityKind, readonly string[]>> = {
  section: Object.keys(SectionSchema.shape).filter((field) => !['id', ...childFields('section')].includes(field)),
  item: Object.keys(AgendaItemSchema.shape).filter((field) => !['id', ...childFields('item')].includes(field)),
};

export const meetingFieldNode = (field: string): string => `${MEETING_NODE}/${field}`;
export const entityNode = (kind: EntityKind, id: string): string => `${kind}:${encodeURIComponent(id)}`;
export const fieldNode = (entity: string, field: string): string => `${entity}/${field}`;
export const positionNode = (entity: string): string => `${entity}@`;

export type ParsedNodeId =
  | { type: 'meeting-field'; field: string }
  | { type: 'entity' | 'position'; entity: string; kind: EntityKind; id: string }
  | { type: 'field'; entity: string; kind: EntityKind; id: string; field: string };

const NODE_ID = /^([a-z]+):([^:/@]+)(?:(@)|\/([A-Za-z]+))?$/;

export function parseNodeId(node: string): ParsedNodeId | undefined {
  if (node.startsWith(`${MEETING_NODE}/`)) return { type: 'meeting-field', field: node.slice(MEETING_NODE.length + 1) };
  const match = NODE_ID.exec(node);
  if (!match || !(ENTITY_KINDS as readonly string[]).includes(match[1]!)) return undefined;
  const kind = match[1] as EntityKind;
  const entity = `${kind}:${match[2]}`;
  let id: string;
  try {
    id = decodeURIComponent(match[2]!);
  } catch {
    return undefined;
  }
  if (match[3]) return { type: 'position', entity, kind, id };
  if (match[4]) return { type: 'field', entity, kind, id, field: match[4] };
  return { type: 'entity', entity, kind, id };
}

/** Where an entity stands: its parent (`meeting` or an entity node) and its key among siblings. */
export interface Position {
  parent: string;
  key: string;
}
