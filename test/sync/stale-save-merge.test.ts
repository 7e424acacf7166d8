import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MeetingSchema, type Meeting } from '../../shared/model/meeting';
import { mergeStaleSave } from '../../shared/sync/stale-save-merge';

const fixture = MeetingSchema.parse(JSON.parse(await readFile(join(import.meta.dirname, '../fixtures/resume-2023-02-23.meeting.json'), 'utf8')));

const withItem = (meeting: Meeting, index: number, change: Partial<Meeting['sections'][0]['items'][0]>): Meeting => ({
  ...meeting,
  sections: meeting.sections.map((section, at) => (at === 0 ? { ...section, items: section.items.map((item, i) => (i === index ? { ...item, ...change } : item)) } : section)),
});

describe('a save on a version sync replaced, merged with what sync brought', () => {
  it('keeps the edits of both sides when they touch different nodes', () => {
    const current = withItem(fixture, 1, { decision: 'van de andere laptop' });
    const saved = withItem(fixture, 0, { decision: 'hier getypt' });
    const { meeting: merged, unseen } = mergeStaleSave(fixture, current, saved);
    expect(merged.sections[0]!.items.slice(0, 2).map((item) => item.decision)).toEqual(['hier getypt', 'van de andere laptop']);
    expect(unseen.size).toBe(0);
  });

  it('shows the person’s value on the one node both changed, and names it unseen with the value sync wrote', () => {
    const current = withItem(fixture, 0, { decision: 'van de andere laptop' });
    const saved = { ...withItem(fixture, 0, { decision: 'hier getypt' }), updatedAt: '2030-01-01T00:00:00.000Z' };
    const { meeting: merged, unseen } = mergeStaleSave(fixture, current, saved);
    expect(merged.sections[0]!.items[0]!.decision).toBe('hier getypt');
    expect(merged.updatedAt).toBe('2030-01-01T00:00:00.000Z');
    expect([...unseen]).toEqual([[`item:${fixture.sections[0]!.items[0]!.id}/decision`, 'van de andere laptop']]);
  });

  it('names nothing unseen when both typed the same value', () => {
    const current = withItem(fixture, 0, { decision: 'afgerond' });
    expect(mergeStaleSave(fixture, current, withItem(fixture, 0, { decision: 'afgerond' })).unseen.size).toBe(0);
  });

  it('keeps an item sync edited even when the person removed it meanwhile', () => {
    const current = withItem(fixture, 1, { decision: 'van de andere laptop' });
    const removed = fixture.sections[0]!.items[1]!.id;
    const saved = { ...fixture, sections: fixture.sections.map((section, at) => (at === 0 ? { ...section, items: section.items.filter((item) => item.id !== removed) } : section)) };
    const { meeting: merged } = mergeStaleSave(fixture, current, saved);
    expect(merged.sections[0]!.items.find((item) => item.id === removed)?.decision).toBe('van de andere laptop');
  });

  it('keeps what the person typed in an item sync removed meanwhile: the item comes back, named unseen so the next round holds her text against the deletion', () => {
    const removed = fixture.sections[0]!.items[0]!;
    const current = { ...fixture, sections: fixture.sections.map((section, at) => (at === 0 ? { ...section, items: section.items.slice(1) } : section)) };
    const saved = withItem(fixture, 0, { decision: 'hier getypt' });
    const { meeting: merged, unseen } = mergeStaleSave(fixture, current, saved);
    expect(merged.sections[0]!.items.find((item) => item.id === removed.id)?.decision).toBe('hier getypt');
    expect(unseen.get(`item:${removed.id}/decision`)).toBeUndefined();
    expect(unseen.has(`item:${removed.id}/decision`)).toBe(true);
  });

  it('keeps a block sync changed even when the person removed it meanwhile, in its place', () => {
    const item = fixture.sections[0]!.items.find((candidate) => candidate.notes.length > 1 && candidate.notes[0]!.type === 'paragraph')!;
    const index = fixture.sections[0]!.items.indexOf(item);
    const block = item.notes[0]!;
    const current = withItem(fixture, index, { notes: [{ ...block, content: [{ text: 'van de andere laptop' }] } as typeof block, ...item.notes.slice(1)] });
    const saved = withItem(fixture, index, { notes: item.notes.slice(1) });
    const { meeting: merged } = mergeStaleSave(fixture, current, saved);
    expect(merged.sections[0]!.items[index]!.notes.map((note) => note.id)).toEqual(item.notes.map((note) => note.id));
    expect(JSON.stringify(merged.sections[0]!.items[index]!.notes[0])).toContain('van de andere laptop');
  });

  it('is the save itself when sync changed nothing', () => {
    const saved = withItem(fixture, 0, { decision: 'hier getypt' });
    expect(mergeStaleSave(fixture, fixture, saved)).toEqual({ meeting: saved, unseen: new Map() });
  });
});
