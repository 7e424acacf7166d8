import { describe, expect, it } from 'vitest';
import { moveItem } from '../../shared/agenda/agenda-edit';
import { removeItemUndoably, removeSectionUndoably, restoreRemoved } from '../../shared/agenda/agenda-removal';
import { createMeeting } from '../../shared/agenda/new-meeting';
import type { Meeting } from '../../shared/model/meeting';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';

const withNotes = (meeting: Meeting): Meeting => ({
  ...meeting,
  sections: meeting.sections.map((s) => ({
    ...s,
    items: s.items.map((i) => ({ ...i, notes: [{ id: `${i.id}-p`, type: 'paragraph' as const, content: [{ text: `Notities bij ${i.title}` }] }] })),
  })),
});
const base = withNotes(createMeeting({ name: 'PFHO', date: '2023-02-23', domains: ['jeugd-en-onderwijs', 'werk-en-participatie'] }, DEFAULT_SETTINGS, new Date(0)));

describe('undoing the removal of an agenda item or domain table', () => {
  it('puts a removed item back in its place in its table, with its notes', () => {
    const conform = base.sections[0]!.items[3]!;
    const { meeting, removed } = removeItemUndoably(base, conform.id);
    expect(meeting.sections[0]!.items.map((i) => i.id)).not.toContain(conform.id);
    expect(restoreRemoved(meeting, removed!)).toEqual(base);
  });

  it('puts a removed domain table back in its place, with all its items', () => {
    const { meeting, removed } = removeSectionUndoably(base, base.sections[0]!.id);
    expect(meeting.sections.map((s) => s.title)).toEqual(['Werk en Participatie']);
    expect(restoreRemoved(meeting, removed!)).toEqual(base);
  });

  it('keeps the place among the items that are left when others moved meanwhile', () => {
    const rondvraag = base.sections[0]!.items.at(-1)!;
    const { meeting, removed } = removeItemUndoably(base, base.sections[0]!.items[1]!.id);
    const restored = restoreRemoved(moveItem(meeting, rondvraag.id, -1), removed!);
    expect(restored.sections[0]!.items.map((i) => i.title)).toEqual(['Opening en mededelingen', 'Vaststellen agenda', 'Resumé van het vorige overleg', 'Conformstukken', 'Rondvraag', 'Bespreekpunt']);
  });

  it('changes nothing for an unknown id, a second undo, or an item whose table is gone too', () => {
    expect(removeItemUndoably(base, 'nope')).toEqual({ meeting: base });
    expect(removeSectionUndoably(base, 'nope')).toEqual({ meeting: base });
    const { meeting, removed } = removeItemUndoably(base, base.sections[0]!.items[0]!.id);
    const restored = restoreRemoved(meeting, removed!);
    expect(restoreRemoved(restored, removed!)).toBe(restored);
    const withoutTable = removeSectionUndoably(meeting, base.sections[0]!.id).meeting;
    expect(restoreRemoved(withoutTable, removed!)).toBe(withoutTable);
  });
});
