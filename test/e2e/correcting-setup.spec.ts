import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const saveStatus = (page: Page) => page.locator('.app-header').getByRole('status');

async function newMeeting(page: Page, date: string, table = 'Jeugd en Onderwijs', carryOver?: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await page.getByLabel('Datum').fill(date);
  await page.getByLabel(table).check();
  if (carryOver === false) await page.getByLabel(/Aanwezigen van vorige vergadering overnemen/).uncheck();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await expect(page.getByRole('heading', { name: table.toUpperCase() })).toBeVisible();
}

test('the meeting is renamed and re-dated from its own screen; the list and the index follow, a bad date is refused in Dutch', async ({ page, app }) => {
  await page.goto(app.url);
  await newMeeting(page, '2023-02-22');
  await page.getByRole('button', { name: 'Naam en datum wijzigen' }).click();
  const form = page.getByRole('form', { name: 'Naam en datum wijzigen' });
  await form.getByLabel('Datum').fill('');
  await form.getByRole('button', { name: 'Naam en datum opslaan' }).click();
  await expect(form.getByRole('alert')).toHaveText('Kies een bestaande datum voor het overleg (dag, maand en jaar).');

  await form.getByLabel('Naam van het overleg').fill('PFHO Sociaal Domein');
  await form.getByLabel('Datum').fill('2023-02-23');
  await form.getByRole('button', { name: 'Naam en datum opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'PFHO Sociaal Domein', level: 1 })).toBeVisible();
  await expect(page.locator('.meeting-date')).toContainText('23 februari 2023');
  await expect(saveStatus(page)).toContainText('Opgeslagen');

  await page.getByRole('button', { name: /Terug naar overzicht/ }).click();
  await expect(page.getByRole('button', { name: /^PFHO Sociaal Domein/ })).toContainText('23 februari 2023');
  const index = JSON.parse(readFileSync(join(app.workspace, 'notulist.json'), 'utf8')) as { meetings: { name: string; date: string }[] };
  expect(index.meetings.map((m) => [m.name, m.date])).toEqual([['PFHO Sociaal Domein', '2023-02-23']]);
});

test('people are added, edited and removed in Instellingen, and offered when preparing', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  const people = page.getByRole('region', { name: 'Personen' });
  const add = people.getByRole('form', { name: 'Persoon toevoegen' });
  await add.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await expect(add.getByRole('alert')).toHaveText('Vul de naam van de persoon in.');
  for (const [name, municipality] of [['Joke Lanphen', 'Blaricum'], ['Flip de Groot', 'Laren']] as const) {
    await add.getByLabel('Naam van de nieuwe persoon').fill(name);
    await add.getByLabel('Gemeente van de nieuwe persoon').fill(municipality);
    await add.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await expect(people.locator(`.person-row input[value="${name}"]`)).toHaveCount(1);
  }
  await expect(add.getByLabel('Naam van de nieuwe persoon')).toHaveValue('');
  const joke = people.locator('.person-row').filter({ has: page.locator('input[value="Joke Lanphen"]') });
  await joke.getByLabel('Portefeuilles (komma tussen)').fill('Jeugd');
  await joke.getByRole('button', { name: 'Wijzigingen van Joke Lanphen opslaan' }).click();
  await people.getByRole('button', { name: 'Flip de Groot verwijderen uit de lijst' }).click();
  await expect(people.locator('.person-row')).toHaveCount(1);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Personen' }).getByLabel('Portefeuilles (komma tussen)')).toHaveValue('Jeugd');
  await page.getByRole('button', { name: 'Terug' }).click();
  await newMeeting(page, '2023-02-23');
  await page.getByRole('button', { name: 'Voorbereiden' }).click();
  await expect(page.getByLabel('Persoon uit de lijst').locator('option')).toHaveText(['', 'Joke Lanphen (Blaricum)']);
});

test('the attendees of the previous meeting are proposed for the next, without its guests and without doubles', async ({ page, app }) => {
  await page.goto(app.url);
  await newMeeting(page, '2023-02-23');
  await page.getByRole('button', { name: 'Voorbereiden' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe persoon' });
  for (const name of ['Joke Lanphen', 'Roland Boom', 'Marcel Moes']) {
    await form.getByLabel('Naam').fill(name);
    await form.getByRole('button', { name: 'Persoon opslaan en toevoegen' }).click();
    await expect(page.getByRole('combobox', { name: `Status van ${name}` })).toBeVisible();
  }
  await page.getByRole('combobox', { name: 'Status van Roland Boom' }).selectOption('absent');
  await page.getByRole('combobox', { name: 'Status van Marcel Moes' }).selectOption('guest');
  await expect(saveStatus(page)).toContainText('Opgeslagen');
  await page.getByRole('button', { name: /Terug naar overzicht/ }).click();

  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await page.getByLabel('Datum').fill('2023-04-13');
  await expect(page.getByLabel('Aanwezigen van vorige vergadering overnemen (23 februari 2023)')).toBeChecked();
  await page.getByLabel('Jeugd en Onderwijs').check();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await page.getByRole('button', { name: 'Voorbereiden' }).click();
  const attendees = page.getByRole('region', { name: 'Deelnemers' }).locator('.attendees > li');
  await expect(attendees).toHaveCount(2);
  await expect(page.getByRole('combobox', { name: 'Status van Joke Lanphen' })).toHaveValue('present');
  await expect(page.getByRole('combobox', { name: 'Status van Roland Boom' })).toHaveValue('present');

  // In the attendees editor: whoever was taken off comes back, nobody comes twice.
  await page.getByRole('button', { name: 'Joke Lanphen verwijderen uit de deelnemers' }).click();
  await expect(attendees).toHaveCount(1);
  await page.getByRole('button', { name: 'Aanwezigen van vorige vergadering overnemen' }).click();
  await expect(attendees).toHaveCount(2);
  await page.getByRole('button', { name: 'Aanwezigen van vorige vergadering overnemen' }).click();
  await expect(attendees).toHaveCount(2);
  await expect(saveStatus(page)).toContainText('Opgeslagen');
  await page.reload();
  await expect(attendees).toHaveCount(2);
});

test('"Terug" in Instellingen with unsaved edits asks first: stay, save, or discard; the header never says all is saved', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  const contact = page.getByLabel('Contactpersoon (standaard voor nieuwe vergaderingen)');
  await contact.fill('Marielle Stitzinger');
  await expect(saveStatus(page)).toHaveText('Instellingen nog niet opgeslagen');
  await page.getByRole('button', { name: 'Terug' }).click();
  const dialog = page.getByRole('dialog', { name: 'Instellingen niet opgeslagen' });
  await dialog.getByRole('button', { name: 'Blijven' }).click();
  await expect(contact).toHaveValue('Marielle Stitzinger');

  await page.getByRole('button', { name: 'Terug' }).click();
  await dialog.getByRole('button', { name: 'Opslaan en terug' }).click();
  await expect(page.getByRole('heading', { name: 'Vergaderingen' })).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Alles is opgeslagen');
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(contact).toHaveValue('Marielle Stitzinger');
  await expect(saveStatus(page)).toHaveText('Alles is opgeslagen');

  await contact.fill('Iemand anders');
  await page.getByRole('button', { name: 'Terug' }).click();
  await dialog.getByRole('button', { name: 'Niet opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Vergaderingen' })).toBeVisible();
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(contact).toHaveValue('Marielle Stitzinger');

  // Without edits "Terug" just goes back.
  await page.getByRole('button', { name: 'Terug' }).click();
  await expect(page.getByRole('heading', { name: 'Vergaderingen' })).toBeVisible();
});

test('removing an agenda item or a domain table can be undone, back in its place with its notes', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await page.getByLabel('Jeugd en Onderwijs').check();
  await page.getByLabel('Werk en Participatie').check();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await page.getByLabel('Notities bij Conformstukken').first().click();
  await page.keyboard.type('Het conformstuk wordt vastgesteld.');
  await expect(saveStatus(page)).toContainText('Opgeslagen');

  await page.getByRole('button', { name: 'Voorbereiden' }).click();
  const jeugd = page.locator('.section-editor').first();
  const titles = jeugd.getByLabel('Titel');
  await jeugd.getByRole('button', { name: 'Conformstukken verwijderen' }).click();
  await expect(titles).toHaveCount(5);
  const notice = page.locator('.undo-notice');
  await expect(notice).toContainText('Agendapunt “Conformstukken” is verwijderd.');
  await notice.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(notice).toHaveCount(0);
  await expect(titles).toHaveCount(6);
  await expect(titles.nth(3)).toHaveValue('Conformstukken');

  await page.getByRole('button', { name: 'Domeintafel Jeugd en Onderwijs verwijderen' }).click();
  await expect(page.locator('.section-editor')).toHaveCount(1);
  await expect(notice).toContainText('Domeintafel “Jeugd en Onderwijs” is verwijderd');
  await notice.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.locator('.section-editor').first().getByLabel('Naam van de domeintafel')).toHaveValue('Jeugd en Onderwijs');
  await expect(page.locator('.section-editor')).toHaveCount(2);

  await expect(saveStatus(page)).toContainText('Opgeslagen');
  await page.reload();
  await page.getByRole('button', { name: 'Notities' }).click();
  await expect(page.getByLabel('Notities bij Conformstukken').first()).toHaveText('Het conformstuk wordt vastgesteld.');
});
