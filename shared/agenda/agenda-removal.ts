import type { AgendaItem, Meeting, Section } from '../model/meeting';
import { removeItem, removeSection } from './agenda-edit';

/** A domain table or item just removed, with its place: what "Ongedaan maken" puts back. */
export type Removed = { kind: 'item'; item: AgendaItem; sectionId: string; index: number } | { kind: 'section'; section: Section; index: number };

export interface Removal {
  meeting: Meeting;
  /** Undefined when there was nothing of that id to remove. */
  removed?: Removed;
}

export function removeItemUndoably(meeting: Meeting, itemId: string): Removal {
  for (const section of meeting.sections) {
    const index = section.items.findIndex((item) => item.id === itemId);
    if (index >= 0) return { meeting: removeItem(meeting, itemId), removed: { kind: 'item', item: section.items[index]!, sectionId: section.id, index } };
  }
  return { meeting };
}

export function removeSectionUndoably(meeting: Meeting, sectionId: string): Removal {
  const index = meeting.sections.findIndex((section) => section.id === sectionId);
  if (index < 0) return { meeting };
  return { meeting: removeSection(meeting, sectionId), removed: { kind: 'section', section: meeting.sections[index]!, index } };
}

/**
 * Puts a removed table or item back where it was, notes and all. The meeting is returned as it
 * is when that is no longer possible: the item's table is gone too, or it is back already.
 */
export function restoreRemoved(meeting: Meeting, removed: Removed): Meeting {
  if (removed.kind === 'section') {
    if (meeting.sections.some((section) => section.id === removed.section.id)) return meeting;
    const sections = [...meeting.sections];
    sections.splice(Math.min(removed.index, sections.length), 0, removed.section);
    return { ...meeting, sections };
  }
  const present = meeting.sections.some((section) => section.items.some((item) => item.id === removed.item.id));
  if (present || !meeting.sections.some((section) => section.id === removed.sectionId)) return meeting;
  return {
    ...meeting,
    sections: meeting.sections.map((section) => {
      if (section.id !== removed.sectionId) return section;
      const items = [...section.items];
      items.splice(Math.min(removed.index, items.length), 0, removed.item);
      return { ...section, items };
    }),
  };
}
