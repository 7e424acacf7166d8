import { describe, expect, it } from 'vitest';
import { formatClock } from '../../shared/sync/hybrid-clock';
import { coveredBy, isMeetingDeleted, settleMeetingDeletion, withMeetingDeleted } from '../../shared/sync/meeting-deletion';
import { mergeStates, newVersion, shownVersion, type NodeState } from '../../shared/sync/node-versions';

const A = 'aaaaaaaaaaaa';
const B = 'bbbbbbbbbbbb';
const C = 'cccccccccccc';
const at = (n: number) => formatClock({ wall: 1_700_000_000_000 + n * 1000, counter: 0 });

/** `device` writes `value` into `node`, replacing what it shows. */
function edit(state: NodeState, node: string, device: string, value: unknown, n: number): NodeState {
  const versions = state[node] ?? [];
  const shown = shownVersion(versions);
  return mergeStates(state, { [node]: [newVersion(versions, shown ? [shown] : [], device, at(n), value)] });
}

/** A meeting both A and B hold, synced: a name and one note. */
const synced = (): NodeState => edit(edit({}, 'meeting/name', A, 'PFHO Jeugd', 1), 'block:p1', A, { text: 'Opening' }, 2);

describe('deleting a whole meeting', () => {
  it('is not deleted until a device deletes it', () => {
    expect(isMeetingDeleted(synced())).toBe(false);
    expect(isMeetingDeleted(withMeetingDeleted(synced(), A, at(3)))).toBe(true);
  });

  it('spreads to a device that has nothing the deleter had not seen', () => {
    const onA = withMeetingDeleted(synced(), A, at(3));
    const onB = synced();
    const settled = settleMeetingDeletion(mergeStates(onB, onA), [onB, onA], B, at(4));
    expect(settled.outcome).toBe('deleted');
    expect(isMeetingDeleted(settled.state)).toBe(true);
  });

  it('is undone by an edit made without seeing it, on the editing device and then on the deleting one', () => {
    const onA = withMeetingDeleted(synced(), A, at(3));
    const onB = edit(synced(), 'block:p1', B, { text: 'Opening, met aanvulling' }, 4);
    const onBSettled = settleMeetingDeletion(mergeStates(onB, onA), [onB, onA], B, at(5));
    expect(onBSettled.outcome).toBe('revived');
    expect(isMeetingDeleted(onBSettled.state)).toBe(false);
    // A merges B's revived state: the revival has seen the deletion, so the meeting is live for A too.
    const onASettled = settleMeetingDeletion(mergeStates(onA, onBSettled.state), [onA, onBSettled.state], A, at(6));
    expect(onASettled.outcome).toBe('live');
    expect(shownVersion(onASettled.state['block:p1']!)!.value).toEqual({ text: 'Opening, met aanvulling' });
  });

  it('is undone on a device that had already accepted it when a concurrent edit arrives later', () => {
    const onA = withMeetingDeleted(synced(), A, at(3));
    const onC = edit(synced(), 'meeting/name', C, 'PFHO Jeugd en Onderwijs', 4);
    const onB = settleMeetingDeletion(mergeStates(synced(), onA), [synced(), onA], B, at(5));
    expect(onB.outcome).toBe('deleted');
    const later = settleMeetingDeletion(mergeStates(onB.state, onC), [onB.state, onC], B, at(6));
    expect(later.outcome).toBe('revived');
  });

  it('stays deleted when the edit had reached the deleter before it deleted', () => {
    const onB = edit(synced(), 'block:p1', B, { text: 'Gezien' }, 3);
    const onA = withMeetingDeleted(mergeStates(synced(), onB), A, at(4));
    const settled = settleMeetingDeletion(mergeStates(onB, onA), [onB, onA], B, at(5));
    expect(settled.outcome).toBe('deleted');
  });

  it('settles the same on every device whatever the order of merging', () => {
    const onA = withMeetingDeleted(synced(), A, at(3));
    const onC = withMeetingDeleted(synced(), C, at(4));
    const onB = synced();
    const one = settleMeetingDeletion(mergeStates(mergeStates(onB, onA), onC), [onB, onA, onC], B, at(5));
    const other = settleMeetingDeletion(mergeStates(mergeStates(onB, onC), onA), [onB, onC, onA], B, at(5));
    expect(one.outcome).toBe('deleted');
    expect(other.outcome).toBe('deleted');
  });

  it('counts a version as covered when a version of the cover has seen it', () => {
    const base = synced();
    const later = edit(base, 'block:p1', A, { text: 'Nieuwer' }, 3);
    expect(coveredBy(base, later)).toBe(true);
    expect(coveredBy(later, base)).toBe(false);
  });
});
