import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exported, handWrittenResume, realMeeting } from '../archive/import-fixtures';
import { expect, test } from './fixtures';

test('a secretary imports two past resumés from the meeting list, sees the summary and opens one', async ({ page, app }, testInfo) => {
  const folder = await mkdtemp(join(tmpdir(), 'notulist-resumes-'));
  const february = join(folder, '2023-02-23 Resumé PFHO.docx');
  const april = join(folder, '2023-04-13 Resumé PFHO.docx');
  await writeFile(february, await exported(await realMeeting()));
  await writeFile(april, await handWrittenResume());
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importeren' }).click();
  await (await chooser).setFiles([february, april]);

  const dialog = page.getByRole('dialog', { name: 'Resumés importeren' });
  await expect(dialog.getByRole('status')).toHaveText('2 geïmporteerd, 0 overgeslagen (al eerder geïmporteerd), 0 niet geïmporteerd');
  await expect(dialog.getByRole('listitem').first()).toHaveText(/^2023-02-23 Resumé PFHO\.docxGeïmporteerd als “Overleg portefeuillehouders sociaal domein” van 23 februari 2023\.Openen$/);
  await expect(dialog).toContainText('Overige tekst uit het document');
  await page.screenshot({ path: testInfo.outputPath('import-summary.png') });

  // The list behind the summary already shows both, marked as imported.
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  const rows = page.getByRole('button', { name: /^Overleg portefeuillehouders sociaal domein \(geïmporteerd\)/ });
  await expect(rows).toHaveCount(2);

  // The same file again is skipped, not imported twice.
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importeren' }).click();
  await (await again).setFiles([february]);
  await expect(dialog.getByRole('status')).toHaveText('0 geïmporteerd, 1 overgeslagen (al eerder geïmporteerd), 0 niet geïmporteerd');
  await dialog.getByRole('button', { name: 'Openen: Overleg portefeuillehouders sociaal domein, 23 februari 2023' }).click();

  await expect(page.getByRole('heading', { name: 'SOCIAAL DOMEIN ALGEMEEN' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Aanpak borging continuïteit dagbesteding' }).first()).toBeVisible();
  await rm(folder, { recursive: true, force: true });
});
