import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('a secretary creates a meeting, types notes with lists, reloads, finds every word and exports it', async ({ page, app }) => {
  await page.goto(app.url);

  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await expect(page.getByLabel('Naam van het overleg')).toHaveValue('Overleg portefeuillehouders sociaal domein');
  await page.getByLabel('Datum').fill('2023-02-23');
  await page.getByLabel('Gezondheid en Ondersteuning').check();
  await page.getByLabel('Jeugd en Onderwijs').check();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();

  await expect(page.getByText('23 februari 2023').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'GEZONDHEID EN ONDERSTEUNING' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'JEUGD EN ONDERWIJS' })).toBeVisible();

  const opening = page.getByLabel('Notities bij Opening en mededelingen').first();
  await opening.click();
  await page.keyboard.type('Mirjam Havinga opent de vergadering.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Zorgstart loopt een andere route');
  await page.keyboard.press('Enter');
  await page.keyboard.type('AI Media volgt in september');

  const rondvraag = page.getByLabel('Notities bij Rondvraag').last();
  await rondvraag.click();
  await page.keyboard.type('De adviesraden vragen aandacht voor:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('a. tijdig betrekken');
  await page.keyboard.press('Enter');
  await page.keyboard.type('regionale voorstellen');

  await expect(page.getByRole('status')).toContainText('Opgeslagen', { timeout: 5_000 });

  // A reload (or a crash and restart of the window) comes back to the open meeting.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Overleg portefeuillehouders sociaal domein', level: 1 })).toBeVisible();
  for (const words of [
    'Mirjam Havinga opent de vergadering.',
    'Zorgstart loopt een andere route',
    'AI Media volgt in september',
    'De adviesraden vragen aandacht voor:',
    'tijdig betrekken',
    'regionale voorstellen',
  ]) {
    await expect(page.getByText(words, { exact: true })).toBeVisible();
  }
  // The lists survived as lists, not as typed dashes or letters.
  await expect(page.locator('.notes-editor ul > li', { hasText: 'Zorgstart loopt een andere route' })).toHaveCount(1);
  await expect(page.locator('.notes-editor ol[type="a"] > li', { hasText: 'tijdig betrekken' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByText(/Resumé Overleg portefeuillehouders sociaal domein\.docx/)).toBeVisible();

  const exportsDir = join(app.workspace, 'exports');
  const [docx] = readdirSync(exportsDir).filter((name) => name.endsWith('.docx'));
  expect(docx).toBe('2023-02-23 Resumé Overleg portefeuillehouders sociaal domein.docx');
  const text = execFileSync('pandoc', ['-s', '-f', 'docx', '-t', 'plain', '--wrap=none', join(exportsDir, docx!)], { encoding: 'utf8' });
  for (const words of [
    'RESUMÉ',
    'Overleg portefeuillehouders sociaal domein 23 februari 2023',
    'GEZONDHEID EN ONDERSTEUNING',
    'Mirjam Havinga opent de vergadering.',
    'Zorgstart loopt een andere route',
    'AI Media volgt in september',
    'tijdig betrekken',
    'regionale voorstellen',
  ]) {
    expect(text).toContain(words);
  }
});
