import type { AgendaItem, Meeting, Section } from '../model/meeting';
import { agendaNumbers, type AgendaNumbering } from './agenda-numbers';

/** Pure edits of a meeting's agenda; each returns a new meeting and leaves the old one as it was. */

function mapSections(meeting: Meeting, change: (sections: Section[]) => Section[]): Meeting {
  return { ...meeting, sections: change(meeting.sections) };
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

export function findItem(meeting: Meeting, itemId: string): { section: Section; item: AgendaItem; index: number } | undefined {
  for (const section of meeting.sections) {
    const index = section.items.findIndex((item) => item.id === itemId);
    if (index >= 0) return { section, item: section.items[index]!, index };
  }
  return undefined;
}

/** The number an item has on the agenda (1-based), as "agendapunt 5"; see agendaNumbers. */
export function itemNumber(meeting: Meeting, itemId: string, numbering: AgendaNumbering = 'section'): number | undefined {
  return agendaNumbers(meeting, numbering).get(itemId);
}

/** Every item in meeting order, for the overview and next/previous. */
export function allItems(meeting: Meeting): { section: Section; item: AgendaItem }[] {
  return meeting.sections.flatMap((section) => section.items.map((item) => ({ section, item })));
}

export function updateItem(meeting: Meeting, itemId: string, change: (item: AgendaItem) => AgendaItem): Meeting {
  return mapSections(meeting, (sections) =>
    sections.map((section) =>
      section.items.some((item) => item.id === itemId)
        ? { ...section, items: section.items.map((item) => (item.id === itemId ? change(item) : item)) }
        : section,
    ),
  );
}

export function updateSection(meeting: Meeting, sectionId: string, change: (section: Section) => Section): Meeting {
  return mapSections(meeting, (sections) => sections.map((section) => (section.id === sectionId ? change(section) : section)));
}

/** Inserts after `afterItemId`, or at the end of the section. */
export function insertItem(meeting: Meeting, sectionId: string, item: AgendaItem, afterItemId?: string): Meeting {
  return updateSection(meeting, sectionId, (section) => {
    const at = afterItemId ? section.items.findIndex((i) => i.id === afterItemId) + 1 : section.items.length;
    const items = [...section.items];
    items.splice(at <= 0 ? items.length : at, 0, item);
    return { ...section, items };
  });
}

export function removeItem(meeting: Meeting, itemId: string): Meeting {
  return mapSections(meeting, (sections) => sections.map((section) => ({ ...section, items: section.items.filter((item) => item.id !== itemId) })));
}

/** One place up or down; at the edge of a domain table the item moves into the neighbouring one. */
export function moveItem(meeting: Meeting, itemId: string, direction: -1 | 1): Meeting {
  const sectionIndex = meeting.sections.findIndex((s) => s.items.some((i) => i.id === itemId));
  if (sectionIndex < 0) return meeting;
  const section = meeting.sections[sectionIndex]!;
  const index = section.items.findIndex((i) => i.id === itemId);
  const target = index + direction;
  if (target >= 0 && target < section.items.length) {
    return updateSection(meeting, section.id, (s) => ({ ...s, items: move(s.items, index, target) }));
  }
  const neighbour = meeting.sections[sectionIndex + direction];
  if (!neighbour) return meeting;
  const item = section.items[index]!;
  const sections = meeting.sections.map((s) => {
    if (s.id === section.id) return { ...s, items: s.items.filter((i) => i.id !== itemId) };
    if (s.id === neighbour.id) return { ...s, items: direction === 1 ? [item, ...s.items] : [...s.items, item] };
    return s;
  });
  return { ...meeting, sections };
}

/** Moves an item to a position in any section (drag and drop). */
export function moveItemTo(meeting: Meeting, itemId: string, sectionId: string, index: number): Meeting {
  const found = findItem(meeting, itemId);
  if (!found) return meeting;
  const without = removeItem(meeting, itemId);
  return updateSection(without, sectionId, (section) => {
    const items = [...section.items];
    items.splice(Math.max(0, Math.min(index, items.length)), 0, found.item);
    return { ...section, items };
  });
}

export function addSection(meeting: Meeting, section: Section): Meeting {
  return mapSections(meeting, (sections) => [...sections, section]);
}

export function removeSection(meeting: Meeting, sectionId: string): Meeting {
  return mapSections(meeting, (sections) => sections.filter((section) => section.id !== sectionId));
}

/** Moves a section to another place (drag and drop). */
export function moveSectionTo(meeting: Meeting, sectionId: string, index: number): Meeting {
  const from = meeting.sections.findIndex((s) => s.id === sectionId);
  return mapSections(meeting, (sections) => move(sections, from, Math.max(0, Math.min(index, sections.length - 1))));
}

export function moveSection(meeting: Meeting, sectionId: string, direction: -1 | 1): Meeting {
  const index = meeting.sections.findIndex((s) => s.id === sectionId);
  return mapSections(meeting, (sections) => move(sections, index, index + direction));
}
