import { execFile } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXCHANGE_FOLDER, FORMAT_FILE } from '../../electron/core/sync/exchange-paths';
import { openCoreClient } from '../support/open-core-client';
import { useTempDirs } from '../support/temp-workspace';
import { CopyingService } from './copying-service';

const ROOT = join(import.meta.dirname, '../..');
const tempDir = useTempDirs();

/** `notulist <args>` as a real process, as a scheduled task would run it. */
async function notulist(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)('npm', ['run', '--silent', 'notulist', '--', ...args], { cwd: ROOT }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

describe('notulist sync and validate --workspace, as a process', () => {
  it('runs one round per call, brings a meeting across, reports no conflicts, and exits 3 when the folder lost its format.json', async () => {
    const root = await tempDir();
    const [sharedA, sharedB] = [join(root, 'a-shared'), join(root, 'b-shared')];
    const [workspaceA, workspaceB] = [join(root, 'a'), join(root, 'b')];
    for (const folder of [sharedA, sharedB]) await mkdir(folder);
    const service = new CopyingService([sharedA, sharedB]);
    const a = await openCoreClient(workspaceA);
    await a.setSyncFolder({ path: sharedA });
    const meeting = await a.createMeeting({ name: 'Overleg', date: '2023-02-23', domains: ['jeugd-en-onderwijs'] });
    await a.close();
    await service.run();
    const b = await openCoreClient(workspaceB);
    await b.setSyncFolder({ path: sharedB });
    await b.close();

    const first = await notulist(['sync', '--workspace', workspaceA, '--full']);
    expect(first.code).toBe(0);
    // The core may already have published the meeting in a round of its own before it closed, so
    // this round may write nothing; that the meeting comes across is checked in workspace B below.
    expect(first.stdout).toMatch(/^synced .* as device [a-z0-9]{12}: wrote \d+ files, 0 files waiting, 0 problems, 0 open conflicts$/m);
    await service.run();
    expect((await notulist(['sync', '--workspace', workspaceB])).code).toBe(0);
    const idle = await notulist(['sync', '--workspace', workspaceA]);
    expect(idle.stdout).toMatch(/wrote 0 files/);

    const reopened = await openCoreClient(workspaceB);
    expect((await reopened.listMeetings()).map((entry) => entry.id)).toEqual([meeting.id]);
    await reopened.close();
    const validated = await notulist(['validate', '--workspace', workspaceB]);
    expect(validated).toMatchObject({ code: 0, stdout: expect.stringMatching(/0 open sync conflicts/) });

    await rm(join(sharedB, EXCHANGE_FOLDER, FORMAT_FILE));
    const stopped = await notulist(['sync', '--workspace', workspaceB]);
    expect(stopped.code).toBe(3);
    expect(stopped.stderr).toMatch(/sync stopped \(format-missing\)/);
    expect(stopped.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 120_000);
});
