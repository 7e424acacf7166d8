import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStaleExchangeTempFiles, STALE_EXCHANGE_TEMP_MS, tempFileDevice } from '../../electron/core/sync/exchange-temp-files';
import { openCoreClient } from '../support/open-core-client';
import { useTempDirs } from '../support/temp-workspace';

const tempDir = useTempDirs();
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const ME = 'aaaaaaaaaaaa';
const OTHER = 'bbbbbbbbbbbb';
const temp = (device: string, pid = 4242) => `.${device}.json.${pid}.0badc0de.tmp`;

/** Writes `path` under `root`, its mtime `ageMs` before `now`. */
async function fileAged(root: string, path: string, now: Date, ageMs: number): Promise<void> {
  await mkdir(join(root, path, '..'), { recursive: true });
  await writeFile(join(root, path), 'half a write');
  const at = new Date(now.getTime() - ageMs);
  await utimes(join(root, path), at, at);
}

describe('stale temp files in the exchange folder', () => {
  it("tells a device's temp files by the file they were to become", () => {
    expect(tempFileDevice(temp(ME))).toBe(ME);
    expect(tempFileDevice(temp(OTHER, 7))).toBe(OTHER);
    expect(tempFileDevice(`${ME}.json`)).toBeUndefined();
    expect(tempFileDevice('.format.json.12.0badc0de.tmp')).toBeUndefined();
    expect(tempFileDevice(`.${ME}.sync-conflict-20260101-120000-XYZ.json`)).toBeUndefined();
  });

  it("removes only this device's own temp files, and only old ones", async () => {
    const exchange = await tempDir();
    const now = new Date();
    const old = STALE_EXCHANGE_TEMP_MS + 60_000;
    for (const folder of ['devices', 'people', 'meetings/m1']) {
      await fileAged(exchange, `${folder}/${temp(ME)}`, now, old);
      await fileAged(exchange, `${folder}/${temp(OTHER)}`, now, old);
    }
    await fileAged(exchange, `meetings/m2/${temp(ME, 9)}`, now, 60_000);
    await fileAged(exchange, `meetings/m2/${ME}.json`, now, old);
    const removed = await removeStaleExchangeTempFiles(exchange, ME, now);
    expect(removed.sort()).toEqual([`devices/${temp(ME)}`, `meetings/m1/${temp(ME)}`, `people/${temp(ME)}`]);
    for (const folder of ['devices', 'people', 'meetings/m1']) expect(await readdir(join(exchange, folder))).toEqual([temp(OTHER)]);
    expect((await readdir(join(exchange, 'meetings/m2'))).sort()).toEqual([temp(ME, 9), `${ME}.json`].sort());
  });

  it('are cleared by a full round of the core, not by a quick one', async () => {
    const root = await tempDir();
    const shared = join(root, 'shared');
    await mkdir(shared);
    const core = await openCoreClient(join(root, 'workspace'), { syncTimers: false });
    closers.push(core.close);
    await core.setSyncFolder({ path: shared });
    const { device } = await core.syncNow({});
    const exchange = join(shared, 'notulist-sync');
    const old = STALE_EXCHANGE_TEMP_MS + 60_000;
    await fileAged(exchange, `devices/${temp(device!)}`, new Date(), old);
    await fileAged(exchange, `devices/${temp(OTHER)}`, new Date(), old);
    await core.syncNow({});
    expect((await readdir(join(exchange, 'devices'))).filter((name) => name.endsWith('.tmp')).sort()).toEqual([temp(device!), temp(OTHER)].sort());
    await core.syncNow({ full: true });
    expect((await readdir(join(exchange, 'devices'))).filter((name) => name.endsWith('.tmp'))).toEqual([temp(OTHER)]);
  });
});
