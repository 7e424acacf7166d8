import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/model/meeting';
import { canonicalJson, canonicalStateJson, canonicalStateJsonFrom, sameJson } from '../../shared/sync/canonical-json';
import { countValueConflicts, listConflicts } from '../../shared/sync/conflicts';
import { meetingDocumentText } from '../../shared/sync/exchange-files';
import { recordLocalEdits } from '../../shared/sync/local-edits';
import { mergeStates, type NodeState } from '../../shared/sync/node-versions';
import { patchMeeting, rebuildMeetingFrom } from '../../shared/sync/patch-meeting';
import { rebuildMeeting } from '../../shared/sync/rebuild-meeting';
import { remoteChanges } from '../../shared/sync/remote-changes';
import { EDIT_KINDS, applyEdit, startMeeting, type Edit } from './simulation/meeting-edits';

/**
 * The shortcuts a change round takes (docs/sync.md, "Measured"): each must give exactly what
 * the long way gives, since the published hashes and the converged meetings depend on it.
 */
const A = 'aaaaaaaaaaaa';
const B = 'bbbbbbbbbbbb';
const AT = '2026-01-01T10:00:00.000Z.0000';
const LATER = '2026-01-01T11:00:00.000Z.0000';

const edit = fc.record({ kind: fc.constantFrom(...EDIT_KINDS), a: fc.nat(5), b: fc.nat(5) });

function edited(meeting: Meeting, edits: readonly Edit[]): Meeting {
  let ids = 0;
  return edits.reduce((current, step, index) => applyEdit(current, step, `token ${index}`, () => `new${(ids += 1)}`), meeting);
}

const rebuilt = (state: NodeState) => {
  const result = rebuildMeeting(state, 'm1', 'r');
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.meeting;
};

describe('reading another device file against the state held here', () => {
  const held = recordLocalEdits({}, startMeeting(), A, AT).state;
  const changed = recordLocalEdits(held, edited(startMeeting(), [{ kind: 'type', a: 0, b: 0 }]), B, LATER).state;
  const file = meetingDocumentText('m1', B, canonicalStateJson(changed));

  it('parses only the nodes whose versions differ, and they merge into what the whole file merges into', () => {
    const read = remoteChanges(file, { meeting: 'm1', device: B }, held);
    expect(read.ok && Object.keys(read.changes)).toEqual(['block:p1']);
    expect(read.ok && canonicalJson(mergeStates(held, read.changes))).toBe(canonicalJson(mergeStates(held, changed)));
  });

  it('reads a file in another layout whole, with the same result', () => {
    const spaced = JSON.stringify(JSON.parse(file), null, 1);
    const read = remoteChanges(spaced, { meeting: 'm1', device: B }, held);
    expect(read.ok && Object.keys(read.changes)).toEqual(['block:p1']);
  });

  it('refuses a changed node that is no list of versions, a file of another device, and a newer format', () => {
    const damaged = file.replace(/"block:p1":\[.*?\],"block:p2"/, '"block:p1":[{"dot":"x"}],"block:p2"');
    expect(damaged).not.toBe(file);
    expect(remoteChanges(damaged, { meeting: 'm1', device: B }, held).ok).toBe(false);
    expect(remoteChanges(file, { meeting: 'm1', device: A }, held).ok).toBe(false);
    expect(remoteChanges(file.replace('"format":1', '"format":2'), { meeting: 'm1', device: B }, held)).toMatchObject({ ok: false, message: expect.stringContaining('newer') });
    expect(remoteChanges(file.slice(0, -40), { meeting: 'm1', device: B }, held).ok).toBe(false);
  });
});

describe('a merged meeting patched from the one rebuilt before', () => {
  it('is the meeting the full rebuild makes, for any edits on either side', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 4 }), fc.array(edit, { maxLength: 4 }), (mine, theirs) => {
        const base = recordLocalEdits({}, startMeeting(), A, AT).state;
        const before = recordLocalEdits(base, edited(startMeeting(), mine), A, LATER).state;
        rebuildMeetingFrom({}, before, 'm1', 'r');
        const remote = recordLocalEdits(base, edited(startMeeting(), theirs), B, LATER).state;
        const merged = mergeStates(before, remote);
        const patched = rebuildMeetingFrom(before, merged, 'm1', 'r');
        expect(patched.ok && canonicalJson(patched.meeting)).toBe(canonicalJson(rebuilt(merged)));
      }),
      { numRuns: 300, seed: 18 },
    );
  });

  it('keeps every part it did not change as the same object, so the store reuses their JSON', () => {
    const before = recordLocalEdits({}, startMeeting(), A, AT).state;
    const meeting = rebuilt(before);
    const typed = recordLocalEdits(before, edited(startMeeting(), [{ kind: 'item-title', a: 2, b: 0 }]), B, LATER).state;
    const patched = patchMeeting(meeting, before, typed);
    expect(patched?.sections[0]).toBe(meeting.sections[0]);
    expect(patched?.sections[1]!.items[0]!.title).toBe('token 0');
  });

  it('leaves moves and new entities to the full rebuild', () => {
    const before = recordLocalEdits({}, startMeeting(), A, AT).state;
    for (const kind of ['move-block', 'insert-block', 'add-item'] as const) {
      const after = recordLocalEdits(before, edited(startMeeting(), [{ kind, a: 0, b: 1 }]), B, LATER).state;
      expect(patchMeeting(rebuilt(before), before, after)).toBeUndefined();
    }
  });
});

describe('counting conflicts and making the state text from the state before the round', () => {
  it('gives the count listing them gives and the canonical text, for any edits on either side', () => {
    let conflicted = 0;
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 4 }), fc.array(edit, { maxLength: 4 }), (mine, theirs) => {
        const base = recordLocalEdits({}, startMeeting(), A, AT).state;
        const before = recordLocalEdits(base, edited(startMeeting(), mine), A, LATER).state;
        const remote = recordLocalEdits(base, edited(startMeeting(), theirs), B, LATER).state;
        countValueConflicts(before);
        const merged = mergeStates(before, remote);
        const listed = listConflicts(merged).filter((conflict) => conflict.kind === 'value').length;
        if (listed > 0) conflicted += 1;
        expect(countValueConflicts(merged, before, Object.keys(remote))).toBe(listed);
        canonicalStateJson(before);
        expect(canonicalStateJsonFrom(merged, before, Object.keys(remote))).toBe(canonicalJson(merged));
      }),
      { numRuns: 300, seed: 18 },
    );
    expect(conflicted).toBeGreaterThan(0);
  });
});

describe('comparing JSON values in place', () => {
  it('agrees with comparing their canonical text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameJson(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
        expect(sameJson(a, structuredClone(a))).toBe(true);
      }),
      { numRuns: 500, seed: 18 },
    );
  });

  it('counts an undefined field as absent, as the canonical text does', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
  });
});
