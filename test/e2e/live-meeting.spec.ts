import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { currentItem, newMeeting } from './meeting-steps';

async function addPerson(page: Page, name: string, municipality: string, portfolios: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Nieuwe persoon' });
  await form.getByLabel('Naam').fill(name);
  await form.getByLabel('Gemeente').fill(municipality);
  await form.getByLabel('Portefeuilles (komma tussen)').fill(portfolios);
  await form.getByRole('button', { name: 'Persoon opslaan en toevoegen' }).click();
  await expect(page.getByRole('combobox', { name: `Status van ${name}` })).toBeVisible();
}

const valuesOf = (inputs: Locator) => inputs.evaluateAll((elements) => elements.map((e) => (e as HTMLInputElement).value));
const next = (page: Page) => page.keyboard.press('Alt+ArrowDown');

test('a secretary prepares a three-section meeting and minutes it live, item by item', async ({ page, app }) => {
  await page.goto(app.url);

  // December: the previous meeting, with an action still open, and the people in the directory.
  await newMeeting(page, '2022-12-15', ['Jeugd en Onderwijs']);
  await page.getByRole('button', { name: 'Voorbereiden' }).click();
  await addPerson(page, 'Joke Lanphen', 'Blaricum', '');
  await addPerson(page, 'Mirjam Havinga', 'Eemnes', 'Werk & Participatie');
  await page.getByRole('button', { name: 'Vergadering', exact: true }).click();
  await page.getByRole('navigation', { name: 'Overzicht' }).getByRole('button', { name: /Bespreekpunt/ }).click();
  await currentItem(page).getByLabel('Wie').fill('Regio');
  await currentItem(page).getByLabel('Wat', { exact: true }).fill('Evaluatie huren onder voorwaarden');
  await currentItem(page).getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(page.getByRole('status')).toContainText('Opgeslagen');
  await page.getByRole('button', { name: /Terug naar overzicht/ }).click();

  // February: prepared from the standard agenda, one table pasted as text, attendees picked.
  await newMeeting(page, '2023-02-23', ['Gezondheid en Ondersteuning', 'Jeugd en Onderwijs']);
  await page.getByRole('button', { name: 'Voorbereiden' }).click();
  await page.getByText('Agenda plakken als tekst').click();
  await page.getByLabel('Agendatekst').fill('WERK EN PARTICIPATIE\n1. Agenda en mededelingen\n2. Banenafspraak\n3) BaanTalent\n\n4. Rondvraag');
  await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  await page.getByRole('button', { name: 'Agenda toevoegen' }).click();
  await expect(page.getByRole('region', { name: 'Werk en Participatie' }).getByLabel('Titel')).toHaveCount(4);
  const jeugd = page.getByRole('region', { name: 'Jeugd en Onderwijs' });
  await jeugd.getByLabel('Titel').nth(4).fill('Jeugdhulp met verblijf');
  // December's attendees are proposed for February: carried over when the meeting was created.
  const attendees = page.getByRole('region', { name: 'Deelnemers' });
  await expect(attendees.getByText('Joke Lanphen (Blaricum)', { exact: true })).toBeVisible();
  await expect(attendees.getByText('Mirjam Havinga (Eemnes, Werk & Participatie)', { exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: 'Status van Joke Lanphen' }).selectOption('absent');
  await page.getByRole('region', { name: 'Werk en Participatie' }).getByLabel('Voorzitter').fill('Mirjam Havinga');
  await page.getByLabel('Kenmerk').fill('23.0001000');

  // Live: every item in turn, by keyboard.
  await page.getByRole('button', { name: 'Vergadering', exact: true }).click();
  await expect(currentItem(page).getByRole('heading', { name: 'Opening en mededelingen' })).toBeVisible();
  await page.keyboard.press('Alt+2'); // De agenda wordt vastgesteld.
  await next(page); // Vaststellen agenda
  await page.keyboard.press('Alt+1');
  await next(page); // Resumé van 15 december 2022, titled from the previous meeting
  await expect(currentItem(page).getByRole('heading', { name: 'Resumé van 15 december 2022' })).toBeVisible();
  await expect(currentItem(page).getByText('Evaluatie huren onder voorwaarden')).toBeVisible();
  await currentItem(page).getByRole('button', { name: 'Meenemen naar dit overleg' }).click();
  await page.keyboard.press('Alt+1');
  await next(page); // Conformstukken
  await page.keyboard.press('Alt+1');
  await next(page); // Bespreekpunt
  await page.keyboard.press('Alt+3'); // Kennis genomen
  await next(page); // Rondvraag
  await page.keyboard.press('Alt+1'); // Geen.

  await next(page); // JEUGD EN ONDERWIJS: Opening
  await expect(currentItem(page).getByText('JEUGD EN ONDERWIJS')).toBeVisible();
  for (let i = 0; i < 4; i += 1) await next(page);
  await expect(currentItem(page).getByRole('heading', { name: 'Jeugdhulp met verblijf' })).toBeVisible();
  // Joke Lanphen comes in late, at this item.
  await page.getByRole('button', { name: 'Joke Lanphen sluit aan' }).click();
  await page.keyboard.press('Alt+1'); // Het portefeuillehoudersoverleg stelt het voorstel vast.
  await page.keyboard.press('Alt+B');
  await page.keyboard.type('Het PFHO stelt het voorstel vast.');
  await page.keyboard.press('Alt+T');
  await page.keyboard.type('Regio');
  await currentItem(page).getByLabel('Wat', { exact: true }).fill('Gezinshuizen werven');
  await currentItem(page).getByLabel('Uiterlijk').fill('2023-04-13');
  await currentItem(page).getByRole('button', { name: 'Actie toevoegen' }).click();
  await currentItem(page).getByLabel('Status').selectOption('done');
  await next(page); // Rondvraag with a lettered list
  await page.keyboard.press('Alt+N');
  await page.keyboard.type('De adviesraden vragen aandacht voor:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('a. tijdig betrekken');
  await page.keyboard.press('Enter');
  await page.keyboard.type('regionale voorstellen');

  await next(page); // WERK EN PARTICIPATIE
  await expect(currentItem(page).getByText('WERK EN PARTICIPATIE – voorzitter Mirjam Havinga')).toBeVisible();
  await page.keyboard.press('Alt+1'); // Mirjam Havinga opent de vergadering.
  await next(page); // Banenafspraak
  await page.keyboard.press('Alt+4'); // Doorgeschoven naar het overleg van {datum}: asked for first
  const prompt = page.getByRole('form', { name: 'Aanvullen: Doorgeschoven' });
  await expect(prompt.getByLabel('Datum')).toBeFocused();
  await prompt.getByLabel('Datum').fill('2023-04-13');
  await page.keyboard.press('Enter');
  await expect(prompt).toBeHidden();
  await currentItem(page).getByLabel('Status').selectOption('postponed');
  await next(page);
  await page.keyboard.press('Alt+1');
  await next(page);
  await page.keyboard.press('Alt+2'); // Geen punten.
  await expect(page.getByRole('status')).toContainText('Opgeslagen');

  // The overview shows where every item stands; a jump back works.
  const overview = page.getByRole('navigation', { name: 'Overzicht' });
  await expect(overview.getByRole('button', { name: /Jeugdhulp met verblijf.*afgerond/ })).toBeVisible();
  await expect(overview.getByRole('button', { name: /Banenafspraak.*doorgeschoven/ })).toBeVisible();
  await overview.getByRole('button', { name: /Jeugdhulp met verblijf/ }).click();
  await expect(currentItem(page).getByRole('heading', { name: 'Jeugdhulp met verblijf' })).toBeVisible();

  // Everything survives a reload.
  await page.reload();
  await page.getByRole('button', { name: 'Notities' }).click();
  for (const words of [
    'De agenda wordt vastgesteld.',
    'Het resumé wordt vastgesteld.',
    'Het portefeuillehoudersoverleg neemt kennis van het voorstel.',
    'Joke Lanphen (Blaricum) sluit aan vanaf agendapunt 5.',
    'Het portefeuillehoudersoverleg stelt het voorstel vast.',
    'Mirjam Havinga opent de vergadering.',
    'Dit agendapunt wordt doorgeschoven naar het overleg van 13 april 2023.',
    'Geen punten.',
  ]) {
    await expect(page.getByText(words, { exact: true }).first()).toBeVisible();
  }
  await expect(page.locator('.notes-editor ol[type="a"] > li')).toHaveText(['tijdig betrekken', 'regionale voorstellen']);
  await page.getByRole('button', { name: 'Besluitenlijst' }).click();
  await expect(page.getByText('Het PFHO stelt het voorstel vast.')).toBeVisible();
  await expect(page.getByText('Regio: Gezinshuizen werven (uiterlijk 13 april 2023)')).toBeVisible();
  await expect(page.getByText('Regio: Evaluatie huren onder voorwaarden')).toBeVisible();

  // The export holds it.
  await page.getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByText(/Resumé opgeslagen als/)).toBeVisible();
  const docx = readdirSync(join(app.workspace, 'exports')).find((name) => name.startsWith('2023-02-23'))!;
  // Names are joined by no-break spaces in the resumé, so that they never break inside themselves.
  const text = execFileSync('pandoc', ['-s', '-f', 'docx', '-t', 'plain', '--wrap=none', join(app.workspace, 'exports', docx)], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
  for (const words of ['Resumé van 15 december 2022', 'Jeugdhulp met verblijf', 'Joke Lanphen (Blaricum) sluit aan vanaf agendapunt 5.', 'WERK EN PARTICIPATIE', 'a.  tijdig betrekken', 'Mirjam Havinga (Eemnes, Werk & Participatie)']) {
    expect(text).toContain(words);
  }
});

test('the agenda is reordered by drag as well as by keyboard, and removing keeps the keyboard in place', async ({ page, app }) => {
  await page.goto(app.url);
  await newMeeting(page, '2023-02-23', ['Gezondheid en Ondersteuning', 'Jeugd en Onderwijs']);
  await page.getByRole('button', { name: 'Voorbereiden' }).click();
  const gezondheid = page.getByRole('region', { name: 'Gezondheid en Ondersteuning' });
  const titles = gezondheid.getByLabel('Titel');

  // Drag Rondvraag onto Conformstukken's place.
  await gezondheid.locator('.item-row', { has: page.locator('input[value="Rondvraag"]') }).dragTo(gezondheid.locator('.item-row', { has: page.locator('input[value="Conformstukken"]') }));
  await expect.poll(() => valuesOf(titles)).toEqual(['Opening en mededelingen', 'Vaststellen agenda', 'Resumé van het vorige overleg', 'Rondvraag', 'Conformstukken', 'Bespreekpunt']);

  // The same by keyboard: focus the button, press Enter.
  await gezondheid.getByRole('button', { name: 'Rondvraag omlaag' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect.poll(() => valuesOf(titles)).toEqual(['Opening en mededelingen', 'Vaststellen agenda', 'Resumé van het vorige overleg', 'Conformstukken', 'Bespreekpunt', 'Rondvraag']);

  // Removing an item moves the focus to the next one, never to nowhere.
  await gezondheid.getByRole('button', { name: 'Conformstukken verwijderen' }).focus();
  await page.keyboard.press('Enter');
  await expect(titles).toHaveCount(5);
  await expect(titles.nth(3)).toBeFocused();

  // Domain tables move by drag too.
  await page.getByRole('region', { name: 'Jeugd en Onderwijs' }).locator('.section-editor__head').dragTo(gezondheid.locator('.section-editor__head'));
  await expect.poll(() => valuesOf(page.locator('.section-editor__head > input'))).toEqual(['Jeugd en Onderwijs', 'Gezondheid en Ondersteuning']);
  await expect(page.locator('.app-header').getByRole('status')).toContainText('Opgeslagen');
  await page.reload();
  await expect.poll(() => valuesOf(page.locator('.section-editor__head > input'))).toEqual(['Jeugd en Onderwijs', 'Gezondheid en Ondersteuning']);
});

test('notes typed live stay with their item when going back and forth quickly, and after a reload', async ({ page, app }) => {
  await page.goto(app.url);
  await newMeeting(page, '2023-04-13', ['Werk en Participatie']);
  await page.getByRole('button', { name: 'Vergadering' }).click();
  const notes = currentItem(page).locator('.ProseMirror');
  // Back and forth within a second: the items' status and booked time need not change.
  for (const [index, text] of ['Opening door de voorzitter.', 'De agenda wordt vastgesteld.', 'Het resumé wordt vastgesteld.'].entries()) {
    if (index > 0) await next(page);
    await notes.click();
    await page.keyboard.type(text);
  }
  await page.keyboard.press('Alt+ArrowUp');
  await expect(notes).toHaveText('De agenda wordt vastgesteld.');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(notes).toHaveText('Opening door de voorzitter.');
  await next(page);
  await next(page);
  await expect(notes).toHaveText('Het resumé wordt vastgesteld.');

  await expect(page.getByRole('status')).toContainText('Opgeslagen');
  await page.reload();
  await page.getByRole('button', { name: 'Notities' }).click();
  await expect(page.locator('.ProseMirror').nth(0)).toHaveText('Opening door de voorzitter.');
  await expect(page.locator('.ProseMirror').nth(1)).toHaveText('De agenda wordt vastgesteld.');
  await expect(page.locator('.ProseMirror').nth(2)).toHaveText('Het resumé wordt vastgesteld.');
});
