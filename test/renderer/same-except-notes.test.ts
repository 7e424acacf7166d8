import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { updateItem } from '../../shared/agenda/agenda-edit';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { sameExceptNotes } from '../../renderer/store/same-except-notes';

const meeting = createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs', 'werk-en-participatie'] }, DEFAULT_SETTINGS, new Date('2023-02-23T09:00:00Z'));
const itemId = meeting.sections[1]!.items[2]!.id;

describe('a meeting that differs only in notes', () => {
  it('is the same to the views when only an item\'s notes changed', () => {
    const typed = updateItem(meeting, itemId, (item) => ({ ...item, notes: [{ id: 'p', type: 'paragraph', content: [{ text: 'Vastgesteld.' }] }] }));
    expect(typed).not.toBe(meeting);
    expect(sameExceptNotes(meeting, typed)).toBe(true);
  });

  it('differs when anything a view shows changed: status, title, section, attendees, items', () => {
    expect(sameExceptNotes(meeting, updateItem(meeting, itemId, (item) => ({ ...item, status: 'done' })))).toBe(false);
    expect(sameExceptNotes(meeting, updateItem(meeting, itemId, (item) => ({ ...item, title: 'Rondvraag en sluiting' })))).toBe(false);
    expect(sameExceptNotes(meeting, updateItem(meeting, itemId, (item) => ({ ...item, decision: 'Ingestemd.' })))).toBe(false);
    expect(sameExceptNotes(meeting, { ...meeting, sections: meeting.sections.map((s, i) => (i === 0 ? { ...s, chair: 'M. de Vries' } : s)) })).toBe(false);
    expect(sameExceptNotes(meeting, { ...meeting, attendees: [] })).toBe(false);
    expect(sameExceptNotes(meeting, { ...meeting, sections: meeting.sections.slice(0, 1) })).toBe(false);
    expect(sameExceptNotes(meeting, { ...meeting, sections: meeting.sections.map((s, i) => (i === 1 ? { ...s, items: s.items.slice(1) } : s)) })).toBe(false);
    expect(sameExceptNotes(meeting, null)).toBe(false);
  });
});
