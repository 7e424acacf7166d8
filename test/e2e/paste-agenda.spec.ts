import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { savedMeetingText } from './saved-meeting';

const AGENDA = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'agendas', 'resume-2023-02-23.agenda.txt'), 'utf8');

test('a pasted agenda is previewed, can be cancelled, and lands in the standard domain tables without duplicates', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  for (const table of ['Gezondheid en Ondersteuning', 'Sociaal domein algemeen', 'Jeugd en Onderwijs', 'Werk en Participatie']) await page.getByLabel(table).check();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await page.getByRole('button', { name: 'Voorbereiden' }).click();

  await page.getByText('Agenda plakken als tekst').click();
  await page.getByLabel('Agendatekst').fill(AGENDA);
  await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  const preview = page.getByRole('region', { name: 'Zo wordt de agenda toegevoegd' });
  const jeugd = preview.getByRole('region', { name: 'Jeugd en Onderwijs' });
  await expect(jeugd.getByRole('heading')).toHaveText('Jeugd en Onderwijs (bestaande domeintafel)');
  await expect(jeugd.getByText('Nieuw: Governance BORN (Bespreekpunt)')).toBeVisible();
  await expect(jeugd.getByText('Staat al op de agenda: Rondvraag')).toBeVisible();
  await expect(preview.getByText('Nieuw: Aanpak borging continuïteit dagbesteding (Bespreekpunt) · 4 voorstellen')).toBeVisible();
  await expect(preview.getByText('(nieuwe domeintafel)')).toHaveCount(0);

  // Nothing changes before the secretary agrees.
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expect(agenda.locator('input[value="Governance BORN"]')).toHaveCount(0);
  await preview.getByRole('button', { name: 'Annuleren' }).click();
  await expect(preview).toHaveCount(0);
  await expect(page.getByLabel('Agendatekst')).toHaveValue(AGENDA);
  await expect(agenda.locator('input[value="Governance BORN"]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  await preview.getByRole('button', { name: 'Agenda toevoegen' }).click();
  await expect(page.getByText('De agenda is toegevoegd.')).toBeVisible();
  await expect(page.locator('.section-editor')).toHaveCount(4);
  const jeugdTable = page.locator('.section-editor', { has: page.locator('input[value="Jeugd en Onderwijs"]') });
  await expect(jeugdTable.getByLabel('Titel')).toHaveCount(10);
  await expect(jeugdTable.locator('input[value="Governance BORN"]')).toHaveCount(1);
  await expect(page.getByRole('status').first()).toContainText('Opgeslagen', { timeout: 5_000 });

  const [file] = readdirSync(join(app.workspace, 'meetings')).filter((name) => name.endsWith('.json'));
  const saved = JSON.parse(await savedMeetingText(join(app.workspace, 'meetings', file!))) as { sections: { title: string; items: { kind: string; title: string; proposals: unknown[] }[] }[] };
  expect(saved.sections.map((s) => s.title)).toEqual(['Gezondheid en Ondersteuning', 'Sociaal domein algemeen', 'Jeugd en Onderwijs', 'Werk en Participatie']);
  for (const section of saved.sections) expect(section.items.filter((i) => i.kind === 'any-other-business')).toHaveLength(1);
  expect(saved.sections[1]!.items.find((i) => i.title.startsWith('Aanpak borging'))!.proposals).toHaveLength(4);
  expect(saved.sections[2]!.items.map((i) => i.title)).toContain('Resumé van 15 december 2022');
});
