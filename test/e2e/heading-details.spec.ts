import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('the chair, portfolio holders and documents she prepared are in the resumé until she switches them off', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await page.getByLabel('Datum').fill('2023-02-23');
  await page.getByLabel('Werk en Participatie').check();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await page.getByRole('button', { name: 'Voorbereiden' }).click();
  await page.getByLabel('Voorzitter', { exact: true }).fill('Gerben van Voorden');
  await page.getByRole('button', { name: 'Details van Bespreekpunt' }).click();
  await page.getByLabel('Portefeuillehouder(s)').fill('Joke Lanphen, Roland Boom');
  await page.getByLabel('Portefeuillehouder(s)').blur();
  await page.getByRole('button', { name: 'Stuk toevoegen' }).click();
  await page.getByLabel('Titel van het stuk').fill('Notitie banenafspraak');
  await page.getByLabel('Link of bestand').fill('https://www.regiogv.nl/stukken/banen.pdf');
  await expect(page.getByRole('status')).toContainText('Opgeslagen');

  const dir = join(app.workspace, 'exports');
  const exported = async () => {
    // Only finished exports: the writer's temporary file starts with a dot.
    const files = () => (existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.docx') && !file.startsWith('.')) : []);
    const before = new Set(files());
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    await expect.poll(() => files().length).toBe(before.size + 1);
    const name = files().find((file) => !before.has(file))!;
    return execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none', join(dir, name)], { encoding: 'utf8' });
  };
  const full = await exported();
  expect(full).toContain('**Voorzitter:** Gerben van Voorden');
  expect(full).toContain('**Portefeuillehouders:** Joke Lanphen, Roland Boom');
  expect(full).toContain('**Documenten:** [Notitie banenafspraak](https://www.regiogv.nl/stukken/banen.pdf)');

  await page.getByRole('button', { name: /Terug naar overzicht/ }).click();
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await page.getByLabel('Voorzitter onder de kop van elke domeintafel').uncheck();
  await page.getByLabel('Documenten onder de kop van elk agendapunt').uncheck();
  await page.getByLabel('In plaats van “Portefeuillehouders”').fill('Pfh.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Instellingen opgeslagen.')).toBeVisible();
  await page.getByRole('button', { name: 'Terug' }).click();
  await page.getByRole('button', { name: /^Overleg portefeuillehouders sociaal domein/ }).click();

  const reduced = await exported();
  expect(reduced).not.toContain('Gerben van Voorden');
  expect(reduced).not.toContain('Notitie banenafspraak');
  expect(reduced).toContain('**Pfh.:** Joke Lanphen, Roland Boom');
});
