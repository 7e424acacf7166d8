import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalStateJson } from '../../shared/sync/canonical-json';
import { combineValues, listConflicts, resolveConflict, ResolutionError } from '../../shared/sync/conflicts';
import { formatClock, MAX_CLOCK_LEAD_MS, parseClock, receiveClock, tickClock, ZERO_CLOCK } from '../../shared/sync/hybrid-clock';
import { hasSeen, mergeStates, newVersion, shownVersion, type NodeState, type NodeVersion } from '../../shared/sync/node-versions';

const DEVICES = ['aaaaaaaaaaaa', 'bbbbbbbbbbbb', 'cccccccccccc'];
const NODES = ['block:p1', 'item:i1/title', 'meeting/name'];

type Op = { device: number; node: number; kind: 'write' | 'delete' | 'receive'; from: number; stamp: number };
const op: fc.Arbitrary<Op> = fc.record({ device: fc.nat(2), node: fc.nat(2), kind: fc.constantFrom('write', 'delete', 'receive'), from: fc.nat(2), stamp: fc.nat(1000) });

/** Three devices' views after a random history of writes, deletions and partial exchanges; and every version written. */
function history(ops: Op[]): { views: NodeState[]; written: NodeVersion[] } {
  const views: NodeState[] = DEVICES.map(() => ({}));
  const written: NodeVersion[] = [];
  ops.forEach((step, index) => {
    const view = views[step.device]!;
    if (step.kind === 'receive') {
      views[step.device] = mergeStates(view, views[step.from]!);
      return;
    }
    const node = NODES[step.node]!;
    const versions = view[node] ?? [];
    const shown = shownVersion(versions);
    const at = formatClock({ wall: 1_700_000_000_000 + step.stamp, counter: index });
    const version = newVersion(versions, shown ? [shown] : [], DEVICES[step.device]!, at, `text ${index}`, step.kind === 'delete');
    written.push(version);
    views[step.device] = mergeStates(view, { [node]: [version] });
  });
  return { views, written };
}

const same = (a: NodeState, b: NodeState) => expect(canonicalJson(a)).toBe(canonicalJson(b));

describe('merging node versions', () => {
  it('is commutative, associative and idempotent over any history', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const [a, b, c] = history(ops).views as [NodeState, NodeState, NodeState];
        same(mergeStates(a, b), mergeStates(b, a));
        same(mergeStates(mergeStates(a, b), c), mergeStates(a, mergeStates(b, c)));
        same(mergeStates(a, a), mergeStates(a, {}));
      }),
      { numRuns: 300, seed: 18 },
    );
  });

  it('serializes a merged state, its node texts cached, to the very bytes of canonicalJson', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const [a, b, c] = history(ops).views as [NodeState, NodeState, NodeState];
        for (const state of [a, mergeStates(a, b), mergeStates(mergeStates(a, b), c), a]) expect(canonicalStateJson(state)).toBe(canonicalJson(state));
      }),
      { numRuns: 300, seed: 18 },
    );
  });

  it('keeps every version that no later version has seen', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { views, written } = history(ops);
        const all = views.reduce(mergeStates, {});
        for (const version of written) {
          const node = Object.entries(all).find(([, versions]) => versions.some((kept) => kept === version || hasSeen(kept, version) || canonicalJson(kept) === canonicalJson(version)));
          expect(node, `version ${version.dot.join(':')} is neither kept nor replaced knowingly`).toBeDefined();
        }
      }),
      { numRuns: 300, seed: 18 },
    );
  });

  it('keeps both versions of a block typed on two devices at once, the newer shown first', () => {
    const a = newVersion([], [], DEVICES[0]!, formatClock({ wall: 2, counter: 0 }), 'from a');
    const b = newVersion([], [], DEVICES[1]!, formatClock({ wall: 1, counter: 0 }), 'from b');
    const merged = mergeStates({ 'block:p1': [a] }, { 'block:p1': [b] });
    expect(merged['block:p1']!.map((version) => version.value)).toEqual(['from a', 'from b']);
    expect(listConflicts(merged)).toMatchObject([{ node: 'block:p1', entity: 'block:p1', kind: 'value' }]);
  });

  it('drops a version once a device that saw it writes a newer one', () => {
    const first = newVersion([], [], DEVICES[0]!, formatClock({ wall: 5, counter: 0 }), 'first');
    const second = newVersion([first], [first], DEVICES[1]!, formatClock({ wall: 1, counter: 0 }), 'second');
    expect(mergeStates({ n: [first] }, { n: [second] }).n!.map((version) => version.value)).toEqual(['second']);
  });

  it('keeps an edit made while another device deleted the node, and shows the edit', () => {
    const base = newVersion([], [], DEVICES[0]!, formatClock({ wall: 1, counter: 0 }), 'base');
    const deletion = newVersion([base], [base], DEVICES[0]!, formatClock({ wall: 3, counter: 0 }), 'base', true);
    const edit = newVersion([base], [base], DEVICES[1]!, formatClock({ wall: 2, counter: 0 }), 'edited');
    const merged = mergeStates({ n: [deletion] }, { n: [edit] }).n!;
    expect(merged).toHaveLength(2);
    expect(shownVersion(merged)?.value).toBe('edited');
  });
});

describe('resolving a conflict', () => {
  const a = newVersion([], [], DEVICES[0]!, formatClock({ wall: 2, counter: 0 }), { type: 'paragraph', content: [{ text: 'Ja' }] });
  const b = newVersion([], [], DEVICES[1]!, formatClock({ wall: 1, counter: 0 }), { type: 'paragraph', content: [{ text: 'Nee', bold: true }] });
  const state: NodeState = { 'block:p1': [a, b] };

  it('"Kies" keeps the chosen version with one that has seen both', () => {
    const resolved = resolveConflict(state, 'block:p1', { choose: `${DEVICES[1]}:1` }, DEVICES[2]!, formatClock({ wall: 9, counter: 0 }));
    expect(resolved['block:p1']!.map((version) => version.value)).toEqual([b.value]);
    expect(mergeStates(state, resolved)).toEqual(resolved);
  });

  it('"Combineer" puts both texts in the block, a line break between, formatting kept', () => {
    const resolved = resolveConflict(state, 'block:p1', { combine: true }, DEVICES[2]!, formatClock({ wall: 9, counter: 0 }));
    expect(resolved['block:p1']![0]!.value).toEqual({ type: 'paragraph', content: [{ text: 'Ja' }, { text: '\n' }, { text: 'Nee', bold: true }] });
  });

  it('refuses to combine what is not text, and a node without a conflict', () => {
    expect(combineValues([true, false])).toBeUndefined();
    expect(() => resolveConflict({ n: [a] }, 'n', { combine: true }, DEVICES[2]!, 'x')).toThrow(ResolutionError);
  });
});

describe('the hybrid clock', () => {
  it('always rises on one device, also when the wall clock goes back', () => {
    let clock = tickClock(ZERO_CLOCK, 5000);
    const next = tickClock(clock, 1000);
    expect(formatClock(next) > formatClock(clock)).toBe(true);
    clock = receiveClock(next, { wall: 9000, counter: 4 }, 1000);
    expect(clock).toEqual({ wall: 9000, counter: 5 });
  });

  it('does not follow a remote clock that is far ahead', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(receiveClock(ZERO_CLOCK, { wall: now + 10 * MAX_CLOCK_LEAD_MS, counter: 0 }, now).wall).toBe(now + MAX_CLOCK_LEAD_MS);
  });

  it('reads back what it writes', () => {
    expect(parseClock(formatClock({ wall: 1_700_000_000_123, counter: 42 }))).toEqual({ wall: 1_700_000_000_123, counter: 42 });
    expect(parseClock('yesterday')).toBeUndefined();
  });

  it('writes a readable stamp even for a clock set to a year it cannot show', () => {
    expect(parseClock(formatClock({ wall: -1e15, counter: 0 }))).toBeDefined();
    expect(parseClock(formatClock({ wall: 1e15, counter: 0 }))?.wall).toBe(Date.parse('9999-12-31T23:59:59.999Z'));
  });
});
