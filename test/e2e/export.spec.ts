import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

const LOGO = resolve(import.meta.dirname, '..', '..', 'assets', 'icon.png');

test('the secretary exports a public and a confidential version in the house style she set', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await page.getByLabel('Lettertype').selectOption('Verdana');
  await page.getByLabel('Logo van de organisatie (PNG of JPEG)').setInputFiles(LOGO);
  await expect(page.getByRole('button', { name: 'Logo verwijderen' })).toBeVisible();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Instellingen opgeslagen.')).toBeVisible();
  await page.getByRole('button', { name: 'Terug' }).click();

  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await page.getByLabel('Datum').fill('2023-02-23');
  await page.getByLabel('Jeugd en Onderwijs').check();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await page.getByLabel('Notities bij Bespreekpunt').click();
  await page.keyboard.type('Personeelszaak, niet voor de raden.');
  await page.getByLabel('Notities bij Rondvraag').click();
  await page.keyboard.type('Geen.');
  await page.getByRole('button', { name: 'Voorbereiden' }).click();
  await page.getByRole('button', { name: 'Details van Bespreekpunt' }).click();
  await page.getByLabel('Vertrouwelijk (niet in de openbare versie)', { exact: true }).check();
  await expect(page.getByRole('status')).toContainText('Opgeslagen');

  await page.getByRole('button', { name: 'Openbare versie exporteren' }).click();
  await expect(page.getByText('Resumé opgeslagen als 2023-02-23 Resumé Overleg portefeuillehouders sociaal domein.docx')).toBeVisible();
  await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
  await expect(page.getByText(/\(vertrouwelijk\)\.docx/)).toBeVisible();
  await expect(page.getByText('Deze versie bevat vertrouwelijke onderdelen')).toBeVisible();
  // Opening in Word needs the desktop app; the browser host does not offer it.
  await expect(page.getByRole('button', { name: 'Openen in Word' })).toHaveCount(0);

  const dir = join(app.workspace, 'exports');
  const text = (name: string) => execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', join(dir, name)], { encoding: 'utf8' });
  expect(readdirSync(dir).sort()).toEqual([
    '2023-02-23 Resumé Overleg portefeuillehouders sociaal domein (vertrouwelijk).docx',
    '2023-02-23 Resumé Overleg portefeuillehouders sociaal domein.docx',
  ]);
  expect(text('2023-02-23 Resumé Overleg portefeuillehouders sociaal domein.docx')).not.toContain('Personeelszaak');
  expect(text('2023-02-23 Resumé Overleg portefeuillehouders sociaal domein.docx')).toContain('Geen.');
  expect(text('2023-02-23 Resumé Overleg portefeuillehouders sociaal domein (vertrouwelijk).docx')).toContain('Personeelszaak');

  const zip = await JSZip.loadAsync(await readFile(join(dir, '2023-02-23 Resumé Overleg portefeuillehouders sociaal domein (vertrouwelijk).docx')));
  expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:ascii="Verdana"');
  const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
  expect(media).toHaveLength(1);
  expect(Buffer.from(await zip.file(media[0]!)!.async('uint8array')).equals(await readFile(LOGO))).toBe(true);
  const header = await Promise.all(Object.keys(zip.files).filter((n) => n.startsWith('word/header')).map((n) => zip.file(n)!.async('string')));
  expect(header.join('')).toContain('Vertrouwelijk');
});

test("the organisation's own Word template is checked when chosen and then fills the export", async ({ page, app }) => {
  const { Document, Packer, Paragraph } = await import('docx');
  const { writeFile } = await import('node:fs/promises');
  const pack = async (name: string, ...lines: string[]) => {
    const path = join(app.workspace, name);
    await writeFile(path, await Packer.pack(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }), 'uint8array'));
    return path;
  };
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  const field = page.getByLabel('Eigen Word-sjabloon (.docx)');
  await field.setInputFiles(await pack('oud.docx', '{{inhoud}}', '{{wethouder}}'));
  await expect(page.getByRole('alert')).toHaveText('Het sjabloon bevat velden die Notulist niet kent: {{wethouder}}.');
  await expect(page.getByText('Geen eigen sjabloon: de huisstijl hierboven wordt gebruikt.')).toBeVisible();

  await field.setInputFiles(await pack('Huisstijl regio.docx', 'REGIO GOOI EN VECHTSTREEK – SJABLOON', '{{vergadering}}', '{{inhoud}}'));
  await expect(page.getByText('In gebruik: Huisstijl regio.docx')).toBeVisible();
  await page.getByRole('button', { name: 'Terug' }).click();

  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await page.getByLabel('Datum').fill('2023-02-23');
  await page.getByLabel('Werk en Participatie').check();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await page.getByLabel('Notities bij Rondvraag').click();
  await page.keyboard.type('Geen punten.');
  await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
  await expect(page.getByText(/Resumé opgeslagen als/)).toBeVisible();
  const [docx] = readdirSync(join(app.workspace, 'exports'));
  const text = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', join(app.workspace, 'exports', docx!)], { encoding: 'utf8' });
  expect(text).toContain('REGIO GOOI EN VECHTSTREEK – SJABLOON');
  expect(text).toContain('Overleg portefeuillehouders sociaal domein 23 februari 2023');
  expect(text).toContain('Geen punten.');
});
