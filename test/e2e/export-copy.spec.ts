import { mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('the secretary keeps her exported resumés in the shared folder too, also when it was away at export time', async ({ page, app }) => {
  const shared = await mkdtemp(join(tmpdir(), 'notulist-gedeeld-'));
  try {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await page.getByLabel('Pad van de gedeelde map').fill(shared);
    await page.getByLabel(/Geëxporteerde resumés ook in de gedeelde map bewaren/).check();
    await page.getByRole('button', { name: 'Map instellen' }).click();
    await expect(page.getByText(`Synchroniseert nu met ${shared}.`)).toBeVisible();
    await page.getByRole('button', { name: 'Terug' }).click();

    await page.getByRole('button', { name: 'Nieuw overleg' }).click();
    await page.getByLabel('Datum').fill('2026-03-05');
    await page.getByLabel('Jeugd en Onderwijs').check();
    await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    await expect(page.getByText(/Ook bewaard in de gedeelde map: .*Resumés/)).toBeVisible();
    const year = join(shared, 'Resumés', '2026');
    const [copied] = await readdir(year);
    expect(await readFile(join(year, copied!))).toEqual(await readFile(join(app.workspace, 'exports', copied!)));

    // At home: the network drive is gone. The export still works; the copy waits and the header says so.
    await rename(shared, `${shared}-weg`);
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    await expect(page.getByText('De gedeelde map is nu niet bereikbaar; het resumé wordt daar bewaard zodra die terug is.')).toBeVisible();
    await page.getByRole('button', { name: 'Nu synchroniseren' }).click();
    await expect(page.getByText('Gedeelde map niet bereikbaar – alles staat lokaal · 1 resumé wacht op de gedeelde map')).toBeVisible();
    await rename(`${shared}-weg`, shared);
    await page.getByRole('button', { name: 'Nu synchroniseren' }).click();
    await expect(page.getByText(/^Laatst gesynchroniseerd om \S+$/)).toBeVisible();
    expect((await readdir(year)).length).toBe(2);
  } finally {
    await rm(shared, { recursive: true, force: true });
    await rm(`${shared}-weg`, { recursive: true, force: true });
  }
});
