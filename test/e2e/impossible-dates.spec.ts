import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import type { Locator } from '@playwright/test';
import { expect, startApp, test } from './fixtures';
import { SHOTS_DIR } from './screenshots';

/**
 * Types a day, month and year into a date field as a person does, segment by segment. The
 * field's order follows the browser's own locale: a probe finds whether the day comes first.
 */
async function typeDate(field: Locator, day: string, month: string, year: string): Promise<void> {
  await field.fill('2026-01-01');
  await field.click();
  await field.press('Home');
  await field.pressSequentially('31');
  const dayFirst = (await field.inputValue()) === '2026-01-31';
  await field.press('Home');
  await field.pressSequentially(dayFirst ? `${day}${month}${year}` : `${month}${day}${year}`);
}

/** A meeting file dated a day that does not exist, as another program or an older Notulist left it. */
function fileDated(date: string, id: string, name: string): string {
  const meeting = createMeeting({ name, date: '2023-02-28', domains: ['jeugd-en-onderwijs'] }, DEFAULT_SETTINGS, new Date('2023-02-20T09:00:00Z'));
  return JSON.stringify({ ...meeting, id, date });
}

test('a meeting file dated 2023-02-30 copied into the workspace is listed with a warning; the app and the other meetings stay', async ({ page }) => {
  const workspace = await mkdtemp(join(tmpdir(), 'notulist-e2e-dates-'));
  await mkdir(join(workspace, 'meetings'), { recursive: true });
  const source = join(workspace, 'copied-from-elsewhere.json');
  await writeFile(source, fileDated('2023-02-30', 'feb-30', 'Overleg met een onmogelijke datum'));
  await copyFile(source, join(workspace, 'meetings', 'feb-30.json'));
  await writeFile(join(workspace, 'meetings', 'sound.json'), JSON.stringify({ ...JSON.parse(fileDated('2023-02-28', 'sound', 'Gewoon overleg')) }));
  const { app, host } = await startApp(workspace);
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: 'Vergaderingen' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Gewoon overleg/ })).toContainText('28 februari 2023');
    const warning = page.getByRole('note');
    await expect(warning).toContainText('Kan niet worden geopend');
    await expect(warning).toContainText('2023-02-30');
    await expect(warning).toContainText(join(workspace, 'meetings', 'feb-30.json'));
    await page.screenshot({ path: join(SHOTS_DIR, 'list-impossible-date.png') });

    // The sound meeting still opens; the file with the bad date is as it was, not quarantined.
    await page.getByRole('button', { name: /^Gewoon overleg/ }).click();
    await expect(page.getByRole('heading', { name: 'JEUGD EN ONDERWIJS' })).toBeVisible();
    expect(await readFile(join(workspace, 'meetings', 'feb-30.json'), 'utf8')).toBe(await readFile(source, 'utf8'));
    expect(await readdir(join(workspace, 'quarantine')).catch(() => [])).toEqual([]);

    // Opened by its address, it says why in Dutch and goes back to the list with the warning.
    await page.goto(`${app.url}&meeting=feb-30&tab=notes`);
    await page.reload();
    await expect(page.locator('.error-banner')).toContainText('Opslaan of lezen op schijf is mislukt.');
    await expect(page.getByRole('note')).toContainText('2023-02-30');
    expect(errors).toEqual([]);
  } finally {
    await host.kill('SIGTERM');
    await rm(workspace, { recursive: true, force: true });
  }
});

test('a date the calendar does not have, typed into the new-meeting form, is refused in Dutch', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  const date = page.getByLabel('Datum');
  await typeDate(date, '31', '02', '2026');
  await page.getByLabel('Jeugd en Onderwijs').check();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await expect(page.getByRole('alert')).toContainText('Deze datum bestaat niet.');
  await page.screenshot({ path: join(SHOTS_DIR, 'new-meeting-impossible-date.png') });
  await expect(page.getByRole('heading', { name: 'Nieuw overleg' })).toBeVisible();

  await date.fill('2026-02-28');
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await expect(page.getByRole('heading', { name: 'JEUGD EN ONDERWIJS' })).toBeVisible();
});
