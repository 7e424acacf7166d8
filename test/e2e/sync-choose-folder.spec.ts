import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RENDERER_DIST } from '../../electron/core/page/app-paths';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { startHost } from '../../electron/host/http-host';
import { expect, test } from './fixtures';

/**
 * "Kies map…" as the desktop app offers it: the same page and core, with a shell whose folder
 * dialog answers a folder (Electron's dialog itself cannot run on these machines).
 */
test('the secretary picks the shared folder with "Kies map…" and sync starts on it', async ({ page }) => {
  const root = await mkdtemp(join(tmpdir(), 'notulist-e2e-choose-'));
  const shared = join(root, 'OneDrive - Regio', 'Notulen');
  await mkdir(shared, { recursive: true });
  const core = await createNotulistCore({
    workspaceDir: join(root, 'workspace'),
    appVersion: 'e2e',
    syncTimers: false,
    shell: { openPath: async () => '', showItemInFolder: () => undefined, chooseFolder: async () => shared },
  });
  const host = await startHost({ core, staticDir: RENDERER_DIST });
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Instellingen' }).click();
    const field = page.getByRole('form', { name: 'Gedeelde map' });
    await field.getByRole('button', { name: 'Kies map…' }).click();
    await expect(field.getByLabel('Pad van de gedeelde map')).toHaveValue(shared);
    await field.getByRole('button', { name: 'Map instellen' }).click();
    await expect(field.getByRole('note')).toHaveText(`Synchroniseert nu met ${shared}.`);
  } finally {
    await host.close();
    await core.close();
    await rm(root, { recursive: true, force: true });
  }
});
