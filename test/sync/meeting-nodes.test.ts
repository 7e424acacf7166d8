import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MeetingSchema, type Meeting } from '../../shared/model/meeting';
import { canonicalJson } from '../../shared/sync/canonical-json';
import { DuplicateIdError, extractMeetingNodes } from '../../shared/sync/extract-nodes';
import { recordLocalEdits, statePositions } from '../../shared/sync/local-edits';
import { rebuildMeeting } from '../../shared/sync/rebuild-meeting';
import { mergeStates, type NodeState } from '../../shared/sync/node-versions';
import { listConflicts } from '../../shared/sync/conflicts';

const fixture = MeetingSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/resume-2023-02-23.meeting.json'), 'utf8')));
const AT = '2026-01-01T10:00:00.000Z.0000';

const withoutRevision = (meeting: Meeting) => canonicalJson({ ...meeting, updatedAt: '' });

function published(meeting: Meeting, device: string, state: NodeState = {}): NodeState {
  return recordLocalEdits(state, meeting, device, AT).state;
}

describe('a meeting as nodes', () => {
  it('rebuilds the very meeting it was cut from', () => {
    const state = published(fixture, 'aaaaaaaaaaaa');
    const rebuilt = rebuildMeeting(state, fixture.id, fixture.updatedAt);
    expect(rebuilt.ok && withoutRevision(rebuilt.meeting)).toBe(withoutRevision(fixture));
  });

  it('cuts every item field, block, action and position into a node of its own', () => {
    const nodes = [...extractMeetingNodes(fixture).keys()];
    const item = fixture.sections[0]!.items[0]!;
    expect(nodes).toContain('meeting/name');
    expect(nodes).toContain(`item:${item.id}/title`);
    expect(nodes).toContain(`item:${item.id}@`);
    expect(nodes.some((node) => node.startsWith('block:'))).toBe(true);
  });

  it('gives an unchanged meeting no new version', () => {
    const state = published(fixture, 'aaaaaaaaaaaa');
    expect(recordLocalEdits(state, fixture, 'aaaaaaaaaaaa', AT).edited).toEqual([]);
  });

  it('moves one block by giving only that block a new position', () => {
    const state = published(fixture, 'aaaaaaaaaaaa');
    const item = fixture.sections[0]!.items.find((candidate) => candidate.notes.length > 1)!;
    const notes = [...item.notes].reverse();
    const moved = { ...fixture, sections: [{ ...fixture.sections[0]!, items: fixture.sections[0]!.items.map((other) => (other === item ? { ...item, notes } : other)) }, ...fixture.sections.slice(1)] };
    const { edited } = recordLocalEdits(state, moved, 'aaaaaaaaaaaa', AT);
    expect(edited.length).toBe(notes.length - 1);
    expect(edited.every((node) => node.endsWith('@'))).toBe(true);
  });

  it('refuses a meeting holding one block id twice, naming it', () => {
    const item = fixture.sections[0]!.items[0]!;
    const block = { id: 'twice', type: 'paragraph' as const, content: [{ text: 'x' }] };
    const doubled = { ...fixture, sections: [{ ...fixture.sections[0]!, items: [{ ...item, notes: [block, block] }] }] };
    expect(() => extractMeetingNodes(doubled)).toThrow(DuplicateIdError);
  });

  it('keeps a block typed on one device inside an item deleted on another, bringing the item back', () => {
    const base = published(fixture, 'aaaaaaaaaaaa');
    const section = fixture.sections[0]!;
    const item = section.items.find((candidate) => candidate.notes.length > 0)!;
    const deleted = { ...fixture, sections: [{ ...section, items: section.items.filter((other) => other !== item) }, ...fixture.sections.slice(1)] };
    const typed = { ...fixture, sections: [{ ...section, items: section.items.map((other) => (other === item ? { ...item, notes: [...item.notes, { id: 'new', type: 'paragraph' as const, content: [{ text: 'late words' }] }] } : other)) }, ...fixture.sections.slice(1)] };
    const a = recordLocalEdits(base, deleted, 'aaaaaaaaaaaa', AT).state;
    const b = recordLocalEdits(base, typed, 'bbbbbbbbbbbb', AT).state;
    const rebuilt = rebuildMeeting(mergeStates(a, b), fixture.id, '');
    expect(rebuilt.ok).toBe(true);
    if (!rebuilt.ok) return;
    const back = rebuilt.meeting.sections[0]!.items.find((other) => other.id === item.id);
    expect(back?.notes.at(-1)?.id).toBe('new');
    expect(rebuilt.notices).toContainEqual({ kind: 'revived', entity: `item:${item.id}` });
    expect(statePositions(a)(`item:${item.id}`)?.parent).toBe(`section:${section.id}`);
  });

  it('tells once that an item was edited while it was deleted, however many of its fields were edited', () => {
    const base = published(fixture, 'aaaaaaaaaaaa');
    const section = fixture.sections[0]!;
    const item = section.items[0]!;
    const deleted = { ...fixture, sections: [{ ...section, items: section.items.slice(1) }, ...fixture.sections.slice(1)] };
    const edited = { ...fixture, sections: [{ ...section, items: [{ ...item, title: 'nieuwe titel', decision: 'nieuw besluit' }, ...section.items.slice(1)] }, ...fixture.sections.slice(1)] };
    const a = recordLocalEdits(base, deleted, 'aaaaaaaaaaaa', AT).state;
    const b = recordLocalEdits(base, edited, 'bbbbbbbbbbbb', AT).state;
    const rebuilt = rebuildMeeting(mergeStates(a, b), fixture.id, '');
    expect(rebuilt.notices.filter((notice) => notice.entity === `item:${item.id}`)).toEqual([{ kind: 'edited-while-deleted', entity: `item:${item.id}` }]);
  });

  it('records an edit made without seeing sync’s value as a conflict with it, and an edit made on it as replacing it', () => {
    const base = published(fixture, 'aaaaaaaaaaaa');
    const item = fixture.sections[0]!.items[0]!;
    const node = `item:${item.id}/decision`;
    const withDecision = (decision: string) => ({ ...fixture, sections: [{ ...fixture.sections[0]!, items: [{ ...item, decision }, ...fixture.sections[0]!.items.slice(1)] }, ...fixture.sections.slice(1)] });
    // Device b's text reached device a's state; a's person typed on the version before it.
    const synced = recordLocalEdits(base, withDecision('van b'), 'bbbbbbbbbbbb', AT).state;
    const LATER = '2026-01-01T10:00:05.000Z.0000';
    const blind = recordLocalEdits(synced, withDecision('van a'), 'aaaaaaaaaaaa', LATER, new Map([[node, 'van b']])).state;
    expect(listConflicts(blind).map((conflict) => [conflict.node, conflict.versions.map((version) => version.value)])).toEqual([[node, ['van a', 'van b']]]);
    const seen = recordLocalEdits(synced, withDecision('van a'), 'aaaaaaaaaaaa', LATER).state;
    expect(listConflicts(seen)).toEqual([]);
  });
});
