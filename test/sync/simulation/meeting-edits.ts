import type { AgendaItem, Meeting, Section } from '../../../shared/model/meeting';
import type { Block } from '../../../shared/model/rich-text';
import { ITEM_STATUSES } from '../../../shared/model/vocabulary';

/** What a person does to a meeting; the numbers pick targets among what is there. */
export const EDIT_KINDS = ['type', 'insert-block', 'delete-block', 'move-block', 'item-title', 'item-status', 'add-item', 'delete-item', 'rename', 'add-action'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];
export interface Edit {
  kind: EditKind;
  a: number;
  b: number;
}

const paragraph = (id: string, text: string): Block => ({ id, type: 'paragraph', content: [{ text }] });

function item(id: string, title: string, blocks: Block[]): AgendaItem {
  return { id, kind: 'discussion', title, notes: blocks, status: 'open', confidential: false, portfolioHolders: [], actualSeconds: 0, documents: [], proposals: [], decision: '', actions: [] };
}

/** The meeting every scenario starts from: two tables, a few items, a list among the notes. */
export function startMeeting(): Meeting {
  const list: Block = { id: 'l1', type: 'list', style: 'bullet', items: [{ id: 'li1', content: [paragraph('lp1', 'list one')] }] };
  const sections: Section[] = [
    { id: 's1', title: 'Werk', chair: '', confidential: false, items: [item('i1', 'Opening', [paragraph('p1', 'one'), paragraph('p2', 'two'), list]), item('i2', 'WEB', [paragraph('p3', 'three')])] },
    { id: 's2', title: 'Jeugd', chair: '', confidential: false, items: [item('i3', 'Rondvraag', [paragraph('p4', 'four')])] },
  ];
  return {
    schemaVersion: 3, id: 'm1', name: 'Overleg', date: '2026-01-15', location: '', contactPerson: '', contactEmail: '', confidential: false, reference: '',
    attendees: [], sections, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: 'start',
  };
}

const items = (meeting: Meeting) => meeting.sections.flatMap((section) => section.items);

function mapItem(meeting: Meeting, id: string, change: (item: AgendaItem) => AgendaItem | undefined): Meeting {
  return { ...meeting, sections: meeting.sections.map((section) => ({ ...section, items: section.items.flatMap((old) => (old.id === id ? [change(old)].filter((x): x is AgendaItem => !!x) : [old])) })) };
}

/** The edit applied to `meeting`; `token` is new text unique to this edit; `fresh` makes ids. */
export function applyEdit(meeting: Meeting, edit: Edit, token: string, fresh: () => string): Meeting {
  const all = items(meeting);
  const target = all[edit.a % Math.max(all.length, 1)];
  if (edit.kind === 'rename') return { ...meeting, name: token };
  if (edit.kind === 'add-item') {
    const section = meeting.sections[edit.a % meeting.sections.length]!;
    // The token once only: the oracle follows each typed text to one place.
    const added = item(fresh(), token, [paragraph(fresh(), 'nieuw')]);
    const at = edit.b % (section.items.length + 1);
    return { ...meeting, sections: meeting.sections.map((old) => (old === section ? { ...old, items: [...old.items.slice(0, at), added, ...old.items.slice(at)] } : old)) };
  }
  if (!target) return meeting;
  const blocks = target.notes;
  const index = edit.b % Math.max(blocks.length, 1);
  switch (edit.kind) {
    case 'type':
      return blocks[index]?.type === 'paragraph' ? mapItem(meeting, target.id, (old) => ({ ...old, notes: blocks.map((block, at) => (at === index ? paragraph(block.id, token) : block)) })) : meeting;
    case 'insert-block':
      return mapItem(meeting, target.id, (old) => ({ ...old, notes: [...blocks.slice(0, index), paragraph(fresh(), token), ...blocks.slice(index)] }));
    case 'delete-block':
      return mapItem(meeting, target.id, (old) => ({ ...old, notes: blocks.filter((_, at) => at !== index) }));
    case 'move-block': {
      const moved = blocks[index];
      const rest = blocks.filter((_, at) => at !== index);
      return moved ? mapItem(meeting, target.id, (old) => ({ ...old, notes: [...rest.slice(0, edit.a % (rest.length + 1)), moved, ...rest.slice(edit.a % (rest.length + 1))] })) : meeting;
    }
    case 'item-title':
      return mapItem(meeting, target.id, (old) => ({ ...old, title: token }));
    case 'item-status':
      return mapItem(meeting, target.id, (old) => ({ ...old, status: ITEM_STATUSES[edit.b % ITEM_STATUSES.length]! }));
    case 'delete-item':
      return mapItem(meeting, target.id, () => undefined);
    case 'add-action':
      return mapItem(meeting, target.id, (old) => ({ ...old, actions: [...old.actions, { id: fresh(), who: 'Regio', what: token, done: false }] }));
  }
  return meeting;
}

/**
 * The value nodes an edit wrote, for "edits to different blocks never conflict": changed in
 * place, or created with their first value (a block inserted with text, a new item's title).
 * A creation is a version like any edit: a restored laptop typing over a block it had created
 * but whose publication its restored memory predates makes a version concurrent with it.
 * With `all`, every value node of `after` (a restored workspace may differ anywhere).
 */
export function touchedNodes(before: Meeting, after: Meeting, all = false): string[] {
  const nodes: string[] = [];
  const beforeItems = new Map(items(before).map((old) => [old.id, old]));
  if (all) {
    nodes.push('meeting/name');
    for (const now of items(after)) nodes.push(`item:${now.id}/title`, `item:${now.id}/status`, ...now.notes.map((block) => `block:${block.id}`));
    return nodes;
  }
  if (before.name !== after.name) nodes.push('meeting/name');
  for (const now of items(after)) {
    const old = beforeItems.get(now.id);
    if (old?.title !== now.title) nodes.push(`item:${now.id}/title`);
    if (old?.status !== now.status) nodes.push(`item:${now.id}/status`);
    const oldBlocks = new Map(old?.notes.map((block) => [block.id, JSON.stringify(block)]));
    for (const block of now.notes) if (oldBlocks.get(block.id) !== JSON.stringify(block)) nodes.push(`block:${block.id}`);
  }
  return nodes;
}
