import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { NotulistApi } from '../../shared/api/contract';
import { openCoreClient } from '../support/open-core-client';
import { useTempDirs } from '../support/temp-workspace';
import { CopyingService, exchangeRounds } from './copying-service';

export type Laptop = NotulistApi & { close(): Promise<void> };

/**
 * Two cores on two workspaces, each with its own copy of one shared folder, and a copying
 * service between; every core opened is closed after each test (`open` lists them).
 */
export function useTwoLaptops() {
  const tempDir = useTempDirs();
  const open: Laptop[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((laptop) => laptop.close()));
  });

  async function twoLaptops() {
    const root = await tempDir();
    const folders = ['a', 'b'].map((name) => join(root, `${name}-shared`));
    for (const folder of folders) await mkdir(folder, { recursive: true });
    const service = new CopyingService(folders);
    const a = await openCoreClient(join(root, 'a-workspace'));
    const b = await openCoreClient(join(root, 'b-workspace'));
    open.push(a, b);
    await a.updateSettings({ contactPerson: 'Marielle' });
    await b.updateSettings({ contactPerson: 'Joke' });
    expect(await a.setSyncFolder({ path: folders[0]! })).toEqual({ ok: true, folder: folders[0] });
    await service.run();
    expect(await b.setSyncFolder({ path: folders[1]! })).toEqual({ ok: true, folder: folders[1] });
    const exchange = () => exchangeRounds({ sync: () => a.syncNow() }, { sync: () => b.syncNow() }, service);
    return { a, b, exchange, root, service };
  }

  return { twoLaptops, tempDir, open };
}
