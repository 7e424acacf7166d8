import { ApiError } from '../../../shared/api/errors';
import type { AgendaItem, Meeting, Section } from '../../../shared/model/meeting';

/** What a save while typing sends: the meeting's own fields, the order of its domain tables and what changed in them. */
export interface SavedChanges {
  /** The meeting's own fields; its updatedAt is the revision the changes make. */
  meeting: Omit<Meeting, 'sections'>;
  /** The revision the changes were made on. */
  base: string;
  sectionOrder: string[];
  /** Domain tables sent whole. */
  sections: Section[];
  /** Items changed in place, each in a domain table of the base. */
  items: readonly { sectionId: string; item: AgendaItem }[];
}

/**
 * The domain tables after `changes`, in their order: those sent whole as given, the others as in
 * `known` (the base's), with the changed items put in place of the items of the same id. Throws
 * invalid-argument for a domain table or item the base does not have, so the caller can send the
 * whole meeting instead.
 */
export function applySavedChanges(known: ReadonlyMap<string, Section>, changes: SavedChanges): Section[] {
  const id = changes.meeting.id;
  const byId = new Map(known);
  for (const section of changes.sections) byId.set(section.id, section);
  for (const { sectionId, item } of changes.items) {
    const section = byId.get(sectionId);
    const index = section ? section.items.findIndex((present) => present.id === item.id) : -1;
    if (!section || index < 0) throw new ApiError('invalid-argument', `meeting ${id}: unknown agenda item ${item.id} in domain table ${sectionId}; send the whole meeting`);
    byId.set(sectionId, { ...section, items: section.items.map((present, at) => (at === index ? item : present)) });
  }
  const unknown = changes.sectionOrder.filter((sectionId) => !byId.has(sectionId));
  if (unknown.length > 0) throw new ApiError('invalid-argument', `meeting ${id}: unknown domain tables ${unknown.join(', ')}; send the whole meeting`);
  return changes.sectionOrder.map((sectionId) => byId.get(sectionId)!);
}
