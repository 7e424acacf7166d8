import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { updateItem } from '../../shared/agenda/agenda-edit';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { meetingChanges, NO_CHANGES, onlyNotesChanged, outlineUnchanged, sameNotes } from '../../shared/model/meeting-changes';
import type { Meeting } from '../../shared/model/meeting';

const saved = createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs', 'werk-en-participatie'] }, DEFAULT_SETTINGS, new Date('2023-02-23T09:00:00Z'));
const [first, second] = saved.sections as [Meeting['sections'][number], Meeting['sections'][number]];
const itemId = second.items[2]!.id;
const note = (text: string) => [{ id: 'p1', type: 'paragraph' as const, content: [{ text }] }];

describe('what changed since the last save', () => {
  it('is nothing for the very same meeting', () => {
    expect(meetingChanges(saved, saved)).toBe(NO_CHANGES);
  });

  it('names the item whose notes were typed, and tells it apart as notes only', () => {
    const changes = meetingChanges(saved, updateItem(saved, itemId, (item) => ({ ...item, notes: note('Vastgesteld.') })));
    expect(changes).toEqual({ header: [], sectionOrder: false, sections: [{ id: second.id, added: false, fields: [], itemOrder: false, items: [{ id: itemId, fields: ['notes'] }] }] });
    expect(onlyNotesChanged(changes)).toBe(true);
    expect(outlineUnchanged(changes)).toBe(true);
  });

  it('names an item\'s other fields, and which of them the outline shows', () => {
    const decided = meetingChanges(saved, updateItem(saved, itemId, (item) => ({ ...item, decision: 'Ingestemd.' })));
    expect(decided.sections[0]!.items).toEqual([{ id: itemId, fields: ['decision'] }]);
    expect(onlyNotesChanged(decided)).toBe(false);
    expect(outlineUnchanged(decided)).toBe(true);
    const done = meetingChanges(saved, updateItem(saved, itemId, (item) => ({ ...item, status: 'done' })));
    expect(outlineUnchanged(done)).toBe(false);
  });

  it('names the meeting\'s own fields', () => {
    const changes = meetingChanges(saved, { ...saved, reference: '23.0001000', attendees: [] });
    expect(changes.header.sort()).toEqual(['attendees', 'reference']);
    expect(changes.sections).toEqual([]);
    expect(onlyNotesChanged(changes)).toBe(false);
    expect(outlineUnchanged(changes)).toBe(true);
  });

  it('names a domain table\'s own fields, the order of its items, and added or reordered domain tables', () => {
    const chaired = meetingChanges(saved, { ...saved, sections: [{ ...first, chair: 'Mirjam Havinga' }, second] });
    expect(chaired.sections).toEqual([{ id: first.id, added: false, fields: ['chair'], itemOrder: false, items: [] }]);
    expect(outlineUnchanged(chaired)).toBe(true);
    const reordered = meetingChanges(saved, { ...saved, sections: [first, { ...second, items: [...second.items].reverse() }] });
    expect(reordered.sections[0]).toMatchObject({ id: second.id, itemOrder: true });
    expect(outlineUnchanged(reordered)).toBe(false);
    const swapped = meetingChanges(saved, { ...saved, sections: [second, first] });
    expect(swapped).toMatchObject({ sectionOrder: true, sections: [] });
    const added = meetingChanges(saved, { ...saved, sections: [...saved.sections, { ...first, id: 'nieuw' }] });
    expect(added).toMatchObject({ sectionOrder: true, sections: [{ id: 'nieuw', added: true }] });
    const removed = meetingChanges(saved, { ...saved, sections: [first] });
    expect(removed).toMatchObject({ sectionOrder: true, sections: [] });
    expect(onlyNotesChanged(removed)).toBe(false);
  });

  it('reads no text: fields are compared by reference, so an equal string is no change and an equal array in a new object is one', () => {
    const copied = { ...saved, location: `${saved.location}` };
    expect(meetingChanges(saved, copied).header).toEqual([]);
    const newArray = meetingChanges(saved, { ...saved, attendees: [...saved.attendees] });
    expect(newArray.header).toEqual(['attendees']);
  });
});

describe('notes of the same content', () => {
  it('are the same whatever objects hold them, and differ in any text, mark or id', () => {
    expect(sameNotes(note('Vastgesteld.'), note('Vastgesteld.'))).toBe(true);
    expect(sameNotes(note('Vastgesteld.'), note('Vastgesteld'))).toBe(false);
    expect(sameNotes(note('a'), [{ id: 'p2', type: 'paragraph', content: [{ text: 'a' }] }])).toBe(false);
    expect(sameNotes(note('a'), [{ id: 'p1', type: 'paragraph', content: [{ text: 'a', bold: true }] }])).toBe(false);
    expect(sameNotes(note('a'), [...note('a'), ...note('a')])).toBe(false);
  });
});
