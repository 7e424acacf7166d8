import type { AgendaItem, Meeting, Section } from './meeting';
import type { Block } from './rich-text';

// The one answer to "what changed since the last save" (see docs/architecture.md, Change
// tracking). The meeting state is immutable: an edit copies the path from the meeting down to
// what it changed and shares everything else, so comparing references finds every changed node
// without reading any text. The cost is one pass over the domain tables and items, plus a
// shallow compare of the nodes that did change; never a serialization of the meeting.

/** An agenda item that is not the very object it was at the last save. */
export interface ItemChange {
  id: string;
  /** Its own fields that hold another value; `['notes']` is typing. */
  fields: (keyof AgendaItem)[];
}

/** A domain table that is not the very object it was at the last save. */
export interface SectionChange {
  id: string;
  /** New since the last save: it goes whole. */
  added: boolean;
  /** Its own fields (besides its items) that hold another value. */
  fields: (keyof Section)[];
  /** Its items are other ones or in another order: it goes whole. */
  itemOrder: boolean;
  /** Its items that changed in place (known items in the same order only). */
  items: ItemChange[];
}

export interface MeetingChanges {
  /** The meeting's own fields (besides its domain tables) that hold another value. */
  header: (keyof Meeting)[];
  /** The domain tables are other ones or in another order. */
  sectionOrder: boolean;
  sections: SectionChange[];
}

export const NO_CHANGES: MeetingChanges = Object.freeze({ header: [], sectionOrder: false, sections: [] });

/** The own fields of `a` and `b` that are not the very same value, but for `skip`. */
function changedFields<T extends object>(a: T, b: T, skip: keyof T): (keyof T)[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof T)[]);
  return [...keys].filter((key) => key !== skip && !Object.is(a[key], b[key]));
}

const sameIds = (a: readonly { id: string }[], b: readonly { id: string }[]): boolean =>
  a.length === b.length && a.every((node, index) => node.id === b[index]!.id);

function sectionChange(section: Section, before: Section | undefined): SectionChange {
  if (!before) return { id: section.id, added: true, fields: [], itemOrder: true, items: [] };
  const itemOrder = !sameIds(section.items, before.items);
  const items: ItemChange[] = [];
  if (!itemOrder && section.items !== before.items) {
    section.items.forEach((item, index) => {
      const old = before.items[index]!;
      if (item !== old) items.push({ id: item.id, fields: changedFields(item, old, 'id') });
    });
  }
  return { id: section.id, added: false, fields: changedFields(section, before, 'items'), itemOrder, items };
}

/** What changed from `saved` to `current`, node by node. */
export function meetingChanges(saved: Meeting, current: Meeting): MeetingChanges {
  if (saved === current) return NO_CHANGES;
  const header = changedFields(current, saved, 'sections');
  if (saved.sections === current.sections) return { header, sectionOrder: false, sections: [] };
  const before = new Map(saved.sections.map((section) => [section.id, section]));
  const sections = current.sections.filter((section) => section !== before.get(section.id)).map((section) => sectionChange(section, before.get(section.id)));
  return { header, sectionOrder: !sameIds(current.sections, saved.sections), sections };
}

/** Whether a domain table's change is more than items changed in place: then it is sent whole. */
export function isWholeSectionChange(change: SectionChange): boolean {
  return change.added || change.itemOrder || change.fields.length > 0;
}

/** Nothing but notes changed (typing): the views other than the editors need not render again. */
export function onlyNotesChanged(changes: MeetingChanges): boolean {
  return (
    changes.header.length === 0 &&
    !changes.sectionOrder &&
    changes.sections.every((section) => !isWholeSectionChange(section) && section.items.every((item) => item.fields.every((field) => field === 'notes')))
  );
}

const OUTLINE_SECTION_FIELDS: readonly (keyof Section)[] = ['title', 'confidential'];
const OUTLINE_ITEM_FIELDS: readonly (keyof AgendaItem)[] = ['title', 'status', 'confidential'];

/** The outline (domain tables and items: ids, order, titles, statuses, confidentiality) is as it was. */
export function outlineUnchanged(changes: MeetingChanges): boolean {
  return (
    !changes.sectionOrder &&
    changes.sections.every(
      (section) =>
        !section.added &&
        !section.itemOrder &&
        !section.fields.some((field) => OUTLINE_SECTION_FIELDS.includes(field)) &&
        section.items.every((item) => !item.fields.some((field) => OUTLINE_ITEM_FIELDS.includes(field))),
    )
  );
}

/**
 * Whether two notes hold the same content. An editor reports its notes again when it gives
 * blocks their ids on opening; such a report is no change, and a meeting only opened must not
 * be saved (and re-dated). Compares one item's blocks, not the meeting.
 */
export function sameNotes(a: readonly Block[], b: readonly Block[]): boolean {
  return a === b || deepEqual(a, b);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
