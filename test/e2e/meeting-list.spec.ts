import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateMeeting, LARGE_MEETING } from '../../bench/large-meeting';
import { expect, test } from './fixtures';

test('a new meeting needs a name, a date and a domain table, and says so in Dutch', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await page.getByLabel('Naam van het overleg').fill('');
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  const problems = page.getByRole('alert');
  await expect(problems).toContainText('Vul de naam van het overleg in.');
  await expect(problems).toContainText('Kies ten minste één domeintafel.');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByText('Nog geen vergaderingen.')).toBeVisible();
});

test('deleting a meeting asks first, and cancelling keeps it', async ({ page, app }) => {
  await page.goto(app.url);
  for (const date of ['2023-02-23', '2023-04-13']) {
    await page.getByRole('button', { name: 'Nieuw overleg' }).click();
    await page.getByLabel('Datum').fill(date);
    await page.getByLabel('Werk en Participatie').check();
    await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
    await expect(page.getByRole('heading', { name: 'WERK EN PARTICIPATIE' })).toBeVisible();
    await page.getByRole('button', { name: /Terug naar overzicht/ }).click();
  }
  const rows = page.getByRole('button', { name: /^Overleg portefeuillehouders sociaal domein/ });
  await expect(rows).toHaveCount(2);
  // Newest first.
  await expect(rows.first()).toContainText('13 april 2023');

  const deleteFebruary = page.getByRole('button', { name: 'Verwijderen: Overleg portefeuillehouders sociaal domein, 23 februari 2023' });
  await deleteFebruary.click();
  const dialog = page.getByRole('dialog', { name: 'Vergadering verwijderen?' });
  await expect(dialog).toContainText('prullenbak');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(rows).toHaveCount(2);

  await deleteFebruary.click();
  await dialog.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('13 april 2023');
  await page.reload();
  await expect(rows).toHaveCount(1);
});

test('a damaged workspace file is set aside and the secretary is told, the app keeps working', async ({ page, app }) => {
  // The host is already running; a damaged file copied in while it runs is found at the next open.
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await page.getByLabel('Sociaal domein algemeen').check();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await page.getByLabel('Notities bij Conformstukken').click();
  await page.keyboard.type('De conformstukken worden vastgesteld.');
  await expect(page.getByRole('status')).toContainText('Opgeslagen');
  const id = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('meeting')!;
  const file = join(app.workspace, 'meetings', `${id}.json`);
  // Damaged after the save reached the file (its checkpoint, shortly after the typing pauses).
  await expect.poll(async () => readFile(file, 'utf8')).toContain('De conformstukken worden vastgesteld.');
  await writeFile(file, '{"schemaVersion": 1, "name": "afgebro');

  await page.reload();
  // The backup (the version before the last save) takes the damaged file's place.
  await expect(page.getByRole('heading', { name: 'SOCIAAL DOMEIN ALGEMEEN' })).toBeVisible();
  const notices = page.getByRole('list', { name: 'Meldingen' });
  await expect(notices).toContainText('kon niet worden gelezen en is apart gezet in');
  await expect(notices).toContainText('de vorige versie is teruggezet uit de reservekopie');
  const quarantined = await readdir(join(app.workspace, 'quarantine'));
  expect(quarantined.filter((name) => name.endsWith(`${id}.json`))).toHaveLength(1);

  // Typing goes on and is saved into a sound file again.
  await page.getByLabel('Notities bij Rondvraag').click();
  await page.keyboard.type('Geen punten.');
  await expect(page.getByRole('status')).toContainText('Opgeslagen');
  expect(JSON.parse(await readFile(file, 'utf8')).id).toBe(id);
});

test('the page runs under its Content-Security-Policy without a single violation', async ({ page, app }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await page.getByLabel('Jeugd en Onderwijs').check();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await page.getByLabel('Notities bij Rondvraag').click();
  await page.keyboard.type('Geen.');
  await expect(page.getByRole('status')).toContainText('Opgeslagen');
  expect(problems).toEqual([]);
});

test('opening a meeting to read it leaves its file as it was: no save, no new date', async ({ page, app }) => {
  // A long meeting with lists and sub-headings, as another device or an earlier version wrote it.
  const meeting = generateMeeting({ ...LARGE_MEETING, sections: 2, itemsPerSection: 3, words: 600 });
  const file = join(app.workspace, 'meetings', `${meeting.id}.json`);
  const written = JSON.stringify(meeting);
  await writeFile(file, written);

  await page.goto(`${app.url}&meeting=${meeting.id}&tab=notes`);
  await expect(page.locator('.ProseMirror[contenteditable="true"]')).toHaveCount(6);
  // Saves follow a change within a second; give a spurious one twice that long to show up.
  await page.waitForTimeout(2000);
  const after = await readFile(file, 'utf8');
  expect(JSON.parse(after).updatedAt).toBe(meeting.updatedAt);
  expect(after === written, 'the meeting file was rewritten').toBe(true);
});
