import type { AgendaItem, Meeting, Section } from '../../shared/model/meeting';

/** Every own field of `a` and `b` is the very same value, but for those in `skip`. */
function sameFields<T extends object>(a: T, b: T, skip: keyof T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key === skip || Object.is(a[key], b[key]));
}

const sameItem = (a: AgendaItem, b: AgendaItem): boolean => a === b || sameFields(a, b, 'notes');

const sameItems = (a: AgendaItem[], b: AgendaItem[]): boolean => a.length === b.length && a.every((item, i) => sameItem(item, b[i]!));

const sameSection = (a: Section, b: Section): boolean =>
  a === b || (sameFields(a, b, 'items') && sameItems(a.items, b.items));

/**
 * Whether two versions of the meeting differ in nothing but notes. Views other than the editors
 * use it to skip re-rendering on every keystroke: an editor owns its notes once it is mounted.
 * Immutable updates make unchanged parts the same objects, so this is a walk over references.
 */
export function sameExceptNotes(a: Meeting | null, b: Meeting | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return sameFields(a, b, 'sections') && a.sections.length === b.sections.length && a.sections.every((section, i) => sameSection(section, b.sections[i]!));
}
