// Shared-folder sync (issue 18) against the floor, side by side in one run: a no-change round
// over many meetings × 3 devices against a bare readdir+stat of the same exchange tree, and one
// changed 60,000-word meeting (detected, merged, written) against reading, parsing and durably
// writing that meeting once. Used by run.ts; alone: `npx tsx bench/sync-bench.ts [--small]`.
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Meeting } from '../shared/model/meeting';
import { createNotulistCore, type OpenCore } from '../electron/core/notulist-core';
import { EXCHANGE_FOLDER } from '../electron/core/sync/exchange-paths';
import { writeFileDurable } from '../electron/core/storage/durable-write';
import { generateMeeting, LARGE_MEETING, type LargeMeetingOptions } from './large-meeting';
import { median, ratioSpread, round2, timed } from './stats';

export interface SyncBenchOptions {
  meetings: number;
  /** The size of each of the `meetings` (the idle pass reads none of them). */
  small: LargeMeetingOptions;
  changed: LargeMeetingOptions;
  rounds: number;
}

export const SYNC_BENCH: SyncBenchOptions = { meetings: 1_000, small: { sections: 2, itemsPerSection: 3, words: 300, seed: 1 }, changed: { ...LARGE_MEETING, words: 60_000 }, rounds: 9 };
export const SYNC_BENCH_SMALL: SyncBenchOptions = { meetings: 20, small: { sections: 1, itemsPerSection: 2, words: 60, seed: 1 }, changed: { ...LARGE_MEETING, sections: 2, itemsPerSection: 3, words: 2_000 }, rounds: 3 };

/** Cores on their own workspaces, all on one shared folder (each writes only its own files). */
async function devices(work: string, count: number): Promise<{ cores: OpenCore[]; shared: string }> {
  const shared = join(work, 'shared');
  await mkdir(shared, { recursive: true });
  const cores: OpenCore[] = [];
  for (let n = 0; n < count; n += 1) {
    const core = await createNotulistCore({ workspaceDir: join(work, `device-${n}`), appVersion: 'bench', syncTimers: false });
    const set = await core.setSyncFolder({ path: shared });
    if (!set.ok) throw new Error(set.message);
    cores.push(core);
  }
  return { cores, shared };
}

/** Rounds on every device until a whole pass writes nothing. */
async function settle(cores: OpenCore[]): Promise<void> {
  for (let pass = 0; pass < 6; pass += 1) {
    let wrote = 0;
    for (const core of cores) wrote += (await core.syncNow({})).wrote.length;
    if (wrote === 0) return;
  }
  throw new Error('sync bench: the devices did not settle');
}

async function bareWalk(folder: string): Promise<number> {
  let size = 0;
  for (const name of await readdir(folder, { recursive: true })) size += (await stat(join(folder, name))).size;
  return size;
}

async function measureIdle(work: string, options: SyncBenchOptions) {
  const { cores, shared } = await devices(join(work, 'idle'), 3);
  try {
    const template = generateMeeting(options.small);
    for (let n = 0; n < options.meetings; n += 1) await cores[0]!.saveMeeting({ meeting: { ...template, id: `bench-${n.toString().padStart(4, '0')}` } });
    await settle(cores);
    const app: number[] = [];
    const floor: number[] = [];
    let wrote = 0;
    for (let round = 0; round < options.rounds; round += 1) {
      app.push(await timed(async () => (wrote += (await cores[0]!.syncNow({})).wrote.length)));
      floor.push(await timed(() => bareWalk(join(shared, EXCHANGE_FOLDER))));
    }
    return { app, floor, wrote };
  } finally {
    for (const core of cores) await core.close();
  }
}

const withNote = (meeting: Meeting, round: number): Meeting => ({
  ...meeting,
  sections: meeting.sections.map((section, at) => (at === 0 ? { ...section, items: section.items.map((item, i) => (i === 0 ? { ...item, decision: `Besluit ${round}` } : item)) } : section)),
});

async function measureChange(work: string, options: SyncBenchOptions) {
  const { cores } = await devices(join(work, 'change'), 2);
  const [reader, writer] = cores as [OpenCore, OpenCore];
  try {
    const meeting = generateMeeting(options.changed);
    await writer.saveMeeting({ meeting });
    await settle(cores);
    const file = join(work, 'change', 'floor.json');
    const app: number[] = [];
    const floor: number[] = [];
    for (let round = 0; round < options.rounds; round += 1) {
      await writer.saveMeeting({ meeting: withNote(meeting, round) });
      await writer.syncNow({});
      app.push(await timed(() => reader.syncNow({})));
      floor.push(
        await timed(async () => {
          const text = await readFile(join(work, 'change', 'device-0', 'meetings', `${meeting.id}.json`), 'utf8');
          await writeFileDurable(file, JSON.stringify(JSON.parse(text)));
        }),
      );
    }
    if ((await reader.getMeeting({ id: meeting.id })).sections[0]!.items[0]!.decision !== `Besluit ${options.rounds - 1}`) throw new Error('sync bench: the change did not arrive');
    return { app, floor };
  } finally {
    for (const core of cores) await core.close();
  }
}

/** `sync.idle_ratio` and `sync.change_ratio` for bench/results.json, with their rounds. */
export async function measureSync(work: string, options: SyncBenchOptions = SYNC_BENCH) {
  const idle = await measureIdle(work, options);
  const change = await measureChange(work, options);
  return {
    meetings: options.meetings,
    devices: 3,
    idle_ms: round2(median(idle.app)),
    readdir_stat_ms: round2(median(idle.floor)),
    idle_ratio: round2(median(idle.app) / median(idle.floor)),
    idle_ratio_spread: ratioSpread(idle.app, idle.floor),
    idle_wrote: idle.wrote,
    change_ms: round2(median(change.app)),
    read_parse_write_ms: round2(median(change.floor)),
    change_ratio: round2(median(change.app) / median(change.floor)),
    change_ratio_spread: ratioSpread(change.app, change.floor),
    rounds: { idle_ms: idle.app.map(round2), readdir_stat_ms: idle.floor.map(round2), change_ms: change.app.map(round2), read_parse_write_ms: change.floor.map(round2) },
  };
}

if (process.argv[1]?.endsWith('sync-bench.ts')) {
  const work = join(tmpdir(), `notulist-sync-bench-${process.pid}`);
  measureSync(work, process.argv.includes('--small') ? SYNC_BENCH_SMALL : SYNC_BENCH)
    .then((sync) => console.log(JSON.stringify({ sync }, null, 2)))
    .finally(() => rm(work, { recursive: true, force: true }));
}
