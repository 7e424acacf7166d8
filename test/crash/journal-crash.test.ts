import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateMeeting, seededRandom } from '../../bench/large-meeting';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { MeetingStore } from '../../electron/core/meetings/meeting-store';
import { MeetingSchema } from '../../shared/model/meeting';
import { savedCounter } from './journal-saver';
import { checkWorkspace } from './workspace-check';

const TRIALS = 8;

/** The saver bundled once, so a trial costs Node's start, not transpiling. */
async function bundleSaver(): Promise<string> {
  const outfile = join(await mkdtemp(join(tmpdir(), 'notulist-journal-saver-')), 'journal-saver.mjs');
  await build({ entryPoints: [join(import.meta.dirname, 'journal-saver.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  return outfile;
}

/** Runs the saver until it acknowledged a few saves, kills it with SIGKILL `delay` ms later, and returns the last save it acknowledged. */
async function saveThenKill(bundle: string, workspace: string, mode: 'append' | 'checkpoint', delay: number): Promise<number> {
  const child = spawn(process.execPath, [bundle, workspace, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let errors = '';
  const closed = new Promise<void>((resolve) => child.stdout.on('close', resolve));
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if ((output.match(/^ack /gm) ?? []).length >= 3) resolve();
    });
    child.once('exit', () => reject(new Error(`the saver ended before it saved:\n${output}\n${errors}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, delay));
  child.kill('SIGKILL');
  // Every `ack` line written before the kill is still in the pipe.
  await closed;
  return Math.max(...[...output.matchAll(/^ack (\d+)$/gm)].map((match) => Number(match[1])));
}

describe('kill -9 while saves go to the journal and into the meeting file', () => {
  let bundle: string;
  const seed = Math.floor(Math.random() * 2 ** 31);
  beforeAll(async () => {
    bundle = await bundleSaver();
  }, 60_000);
  afterAll(async () => {
    await rm(dirname(bundle), { recursive: true, force: true });
  });

  for (const mode of ['append', 'checkpoint'] as const) {
    it(`lets a new core read the last acknowledged save after a kill during ${mode === 'append' ? 'journal appends' : 'checkpoints'}`, async () => {
      const random = seededRandom(seed + (mode === 'append' ? 0 : 1));
      const workspace = await mkdtemp(join(tmpdir(), 'notulist-journal-crash-'));
      try {
        // A long meeting, so that a checkpoint (its whole file written) takes a while.
        const meeting = MeetingSchema.parse(generateMeeting({ sections: 6, itemsPerSection: 10, words: 30_000, seed: 7 }));
        const store = new MeetingStore(workspace, () => undefined, () => new Date());
        await store.init();
        await store.write(meeting);
        const knownQuarantine = new Set<string>();
        for (let trial = 1; trial <= TRIALS; trial += 1) {
          const acknowledged = await saveThenKill(bundle, workspace, mode, Math.round(random() * 40));
          const core = await createNotulistCore({ workspaceDir: workspace, appVersion: '0.0.0-test' });
          const read = savedCounter(await core.getMeeting({ id: meeting.id }));
          await core.close();
          const context = `seed ${seed}, trial ${trial}: acknowledged save ${acknowledged}, read save ${read}`;
          // The save under way at the kill may have reached the disk too; none acknowledged may be missing.
          expect([acknowledged, acknowledged + 1], context).toContain(read);
          const check = await checkWorkspace(workspace, knownQuarantine);
          expect(check.corrupt, context).toEqual([]);
          expect(check.tempFiles, context).toEqual([]);
        }
      } finally {
        await rm(workspace, { recursive: true, force: true });
      }
    }, 180_000);
  }
});
