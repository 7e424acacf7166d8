import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDIT_KINDS } from './simulation/meeting-edits';
import { brokenProperties } from './simulation/properties';
import { listConflicts } from '../../shared/sync/conflicts';
import { loadMeetingState } from '../../electron/core/sync/local-sync-state';
import { MEETING_ID, World, tokensIn, type Scenario, type Step } from './simulation/scenario';
import { FAULTS } from './simulation/sim-service';

/**
 * Deterministic simulation of devices syncing through a faulty file-sync service (issue 18).
 * SYNC_SIM_RUNS sets the number of scenarios (default 1,000), SYNC_SIM_SEED the seed; a failure
 * prints the seed and the shrunk scenario to replay.
 */
const RUNS = Number(process.env.SYNC_SIM_RUNS ?? 1000);
const SEED = Number(process.env.SYNC_SIM_SEED ?? 18);

const device = fc.nat(2);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constant('edit' as const), device, edit: fc.record({ kind: fc.constantFrom(...EDIT_KINDS), a: fc.nat(5), b: fc.nat(5) }) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('stale-edit' as const), device, edit: fc.record({ kind: fc.constantFrom(...EDIT_KINDS), a: fc.nat(5), b: fc.nat(5) }) }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('sync' as const), device, full: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('deliver' as const), count: fc.integer({ min: 1, max: 4 }), fault: fc.constantFrom(...FAULTS) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('flaky' as const), device, on: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('clock' as const), device, jump: fc.integer({ min: -400 * 86_400_000, max: 400 * 86_400_000 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('delete' as const), device }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('backup' as const), device }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('restore' as const), device }) },
);
const scenario: fc.Arbitrary<Scenario> = fc.record({ devices: fc.integer({ min: 2, max: 3 }), seed: fc.nat(), steps: fc.array(step, { minLength: 6, maxLength: 30, size: 'max' }) });

/**
 * Typing during a round, on the one block the other laptop changed: random scenarios reach it
 * seldom, so it is always among the ones tried (the other text must stay, as a conflict).
 */
const typed = { kind: 'type' as const, a: 0, b: 0 };
const TYPING_DURING_A_ROUND: Scenario = {
  devices: 2,
  seed: 1,
  steps: [
    { type: 'edit', device: 0, edit: typed },
    { type: 'sync', device: 0, full: false },
    { type: 'deliver', count: 4, fault: 'none' },
    { type: 'sync', device: 1, full: false },
    { type: 'edit', device: 1, edit: typed },
    { type: 'sync', device: 1, full: false },
    { type: 'deliver', count: 4, fault: 'none' },
    { type: 'sync', device: 0, full: false },
    { type: 'stale-edit', device: 0, edit: typed },
  ],
};

/**
 * Found by longer runs (SYNC_SIM_RUNS=4000 SYNC_SIM_SEED=7), kept so every run tries them:
 * - a deletion whose meeting file the folder refused was never retried, so the other laptop
 *   kept the meeting;
 * - typing, on the version on screen, in an item the other laptop had just deleted lost the
 *   text (the stale save kept the block without its item);
 * - both laptops deleting while the service put older files back: the lost file holding one
 *   deletion was not published again.
 */
const DELETING_WHILE_THE_FOLDER_REFUSES: Scenario = {
  devices: 2,
  seed: 0,
  steps: [
    { type: 'delete', device: 0 },
    { type: 'deliver', count: 2, fault: 'none' },
    { type: 'flaky', device: 0, on: true },
    { type: 'sync', device: 0, full: false },
    { type: 'deliver', count: 1, fault: 'none' },
  ],
};
const TYPING_IN_AN_ITEM_DELETED_ELSEWHERE: Scenario = {
  devices: 2,
  seed: 0,
  steps: [
    { type: 'edit', device: 0, edit: { kind: 'delete-item', a: 0, b: 0 } },
    { type: 'sync', device: 0, full: false },
    { type: 'deliver', count: 4, fault: 'none' },
    { type: 'edit', device: 1, edit: { kind: 'rename', a: 0, b: 0 } },
    { type: 'sync', device: 1, full: false },
    { type: 'stale-edit', device: 1, edit: typed },
  ],
};
const BOTH_DELETING_WHILE_FILES_GO_BACK: Scenario = {
  devices: 2,
  seed: 1235187190,
  steps: [
    { type: 'deliver', count: 3, fault: 'truncate' },
    { type: 'deliver', count: 2, fault: 'revert' },
    { type: 'delete', device: 1 },
    { type: 'delete', device: 0 },
    { type: 'sync', device: 1, full: false },
    { type: 'sync', device: 0, full: false },
    { type: 'deliver', count: 4, fault: 'none' },
    { type: 'deliver', count: 3, fault: 'revert' },
    { type: 'sync', device: 0, full: false },
    { type: 'deliver', count: 1, fault: 'none' },
  ],
};
/**
 * A laptop restored from a backup taken before its last round types over a block it had
 * inserted and then published: its memory predates that version, so its new text is
 * concurrent with the old one and both stand as a conflict (two incarnations edited the block).
 */
const RESTORED_LAPTOP_TYPING_OVER_ITS_OWN_BLOCK: Scenario = {
  devices: 2,
  seed: 0,
  steps: [
    { type: 'edit', device: 0, edit: { kind: 'insert-block', a: 0, b: 0 } },
    { type: 'backup', device: 0 },
    { type: 'sync', device: 0, full: false },
    { type: 'restore', device: 0 },
    { type: 'edit', device: 0, edit: typed },
  ],
};
const FOUND: Scenario[] = [
  TYPING_DURING_A_ROUND,
  DELETING_WHILE_THE_FOLDER_REFUSES,
  TYPING_IN_AN_ITEM_DELETED_ELSEWHERE,
  BOTH_DELETING_WHILE_FILES_GO_BACK,
  RESTORED_LAPTOP_TYPING_OVER_ITS_OWN_BLOCK,
];

async function play(input: Scenario): Promise<World> {
  const world = new World(input);
  await world.setUp();
  for (const next of input.steps) await world.step(next);
  return world;
}

async function run(input: Scenario): Promise<string[]> {
  const world = await play(input);
  const settled = await world.settle();
  if (!settled.settled) return [`settle: still writing after ${settled.cycles} quiet rounds`];
  return brokenProperties(world);
}

describe('sync simulation: devices, a faulty sync service, quiet rounds', () => {
  it('converges, loses no edit, conflicts only on concurrent edits of one node, writes only its own files and goes idle', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (input) => {
        expect(await run(input)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: false, examples: FOUND.map((found) => [found]) },
    );
  }, 600_000);

  it('keeps both texts when a restored laptop types over a block whose publication its memory predates', async () => {
    const world = await play(RESTORED_LAPTOP_TYPING_OVER_ITS_OWN_BLOCK);
    await world.settle();
    const other = await loadMeetingState(world.devices[1]!.local, MEETING_ID);
    const [conflict, ...more] = listConflicts(other.state).filter((candidate) => candidate.kind === 'value');
    expect(more).toEqual([]);
    expect(conflict!.versions.map((version) => tokensIn(JSON.stringify(version.value))).sort()).toEqual([['T0.'], ['T1.']]);
  });

  it('gives a scenario the same verdict when it runs again in the same process, so a shrunk failure replays', async () => {
    // Scenarios share seeds, so device ids repeat between runs: nothing a run leaves in memory may count for the next.
    for (let again = 0; again < 2; again += 1) expect(await run(DELETING_WHILE_THE_FOLDER_REFUSES)).toEqual([]);
  });
});
