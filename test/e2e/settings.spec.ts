import { expect, test } from './fixtures';

test('the organisation sets its contact person and rewords a usual outcome, and new meetings use them', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await page.getByLabel('Contactpersoon (standaard voor nieuwe vergaderingen)').fill('Marielle Stitzinger');
  await page.getByLabel('E-mail van de contactpersoon').fill('m.stitzinger@regiogv.nl');
  const rondvraag = page.locator('.phrase-row').filter({ has: page.locator('input[value="Geen"]') });
  await rondvraag.getByLabel('Tekst', { exact: true }).fill('Er zijn geen punten voor de rondvraag.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Instellingen opgeslagen.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Contactpersoon (standaard voor nieuwe vergaderingen)')).toHaveValue('Marielle Stitzinger');
  await page.getByRole('button', { name: 'Terug' }).click();

  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await page.getByLabel('Werk en Participatie').check();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await page.getByRole('button', { name: 'Voorbereiden' }).click();
  await expect(page.getByLabel('Contactpersoon', { exact: true })).toHaveValue('Marielle Stitzinger');
  await expect(page.getByLabel('E-mail', { exact: true })).toHaveValue('m.stitzinger@regiogv.nl');

  await page.getByRole('button', { name: 'Vergadering', exact: true }).click();
  await page.getByRole('navigation', { name: 'Overzicht' }).getByRole('button', { name: /Rondvraag/ }).click();
  await page.keyboard.press('Alt+1');
  await expect(page.getByLabel('Notities bij Rondvraag')).toHaveText('Er zijn geen punten voor de rondvraag.');
});

test('the people directory is edited in the settings, and a changed person is offered that way', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await page.getByLabel('Jeugd en Onderwijs').check();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await page.getByRole('button', { name: 'Voorbereiden' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe persoon' });
  for (const [name, municipality] of [['Gerben van Voorden', 'Hilversum'], ['Flip de Groot', 'Laren']] as const) {
    await form.getByLabel('Naam').fill(name);
    await form.getByLabel('Gemeente').fill(municipality);
    await form.getByRole('button', { name: 'Persoon opslaan en toevoegen' }).click();
    await expect(page.getByRole('combobox', { name: `Status van ${name}` })).toBeVisible();
  }
  await page.getByRole('button', { name: /Terug naar overzicht/ }).click();

  await page.getByRole('button', { name: 'Instellingen' }).click();
  const people = page.getByRole('region', { name: 'Personen' });
  const gerben = people.locator('.person-row').filter({ has: page.locator('input[value="Gerben van Voorden"]') });
  await gerben.getByLabel('Portefeuilles (komma tussen)').fill('Gezondheid en Ondersteuning, Jeugd');
  await gerben.getByRole('button', { name: 'Wijzigingen van Gerben van Voorden opslaan' }).click();
  await people.getByRole('button', { name: 'Flip de Groot verwijderen uit de lijst' }).click();
  await expect(people.locator('.person-row')).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Personen' }).getByLabel('Portefeuilles (komma tussen)')).toHaveValue('Gezondheid en Ondersteuning, Jeugd');
});
