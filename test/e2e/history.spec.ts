import { mkdtemp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { answerTo } from './api-answers';
import { expect, startApp, test } from './fixtures';
import { savedMeetingText } from './saved-meeting';
import type { HostProcess } from './host-process';
import { SHOTS_DIR } from './screenshots';

/** The size of the secretary's laptop screen, for the screenshots looked at. */
const LAPTOP = { width: 1366, height: 768 };

async function newMeeting(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await page.getByLabel('Jeugd en Onderwijs').check();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await expect(page.getByRole('heading', { name: 'JEUGD EN ONDERWIJS' })).toBeVisible();
  return new URLSearchParams(new URL(page.url()).hash.slice(1)).get('meeting')!;
}

test('Eerdere versies lists the saved versions with time and size, restores one, and the restore can be undone', async ({ page, app }) => {
  await page.setViewportSize(LAPTOP);
  await page.goto(app.url);
  const id = await newMeeting(page);
  const file = join(app.workspace, 'meetings', `${id}.json`);
  const notes = page.getByLabel('Notities bij Rondvraag');
  await notes.click();
  await page.keyboard.type('Eerste zin.');
  await expect.poll(async () => readFile(file, 'utf8')).toContain('Eerste zin.');
  // One change, so one save: the version it replaces holds the first sentence alone.
  await page.keyboard.insertText(' Tweede zin.');
  await expect.poll(async () => readFile(file, 'utf8')).toContain('Eerste zin. Tweede zin.');

  await page.getByRole('button', { name: 'Eerdere versies' }).click();
  const dialog = page.getByRole('dialog', { name: /Eerdere versies van/ });
  const rows = dialog.getByRole('row').filter({ has: page.getByRole('button', { name: 'Terugzetten' }) });
  await expect(rows.nth(1)).toBeVisible();
  const before = await rows.count();
  await expect(rows.first()).toContainText(/\d{2}:\d{2}:\d{2}/);
  await expect(rows.first()).toContainText(/\d+,\d kB/);
  await expect(rows.first()).toContainText('opgeslagen versie');
  await page.screenshot({ path: join(SHOTS_DIR, 'eerdere-versies.png') });

  // The newest earlier version holds the first sentence only.
  await rows.first().getByRole('button', { name: 'Terugzetten' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is teruggezet' })).toBeVisible();
  await expect(page.getByLabel('Notities bij Rondvraag')).toHaveText('Eerste zin.');
  expect(await readFile(file, 'utf8')).not.toContain('Tweede zin.');
  await page.screenshot({ path: join(SHOTS_DIR, 'teruggezet.png') });

  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByText('Het terugzetten is ongedaan gemaakt.')).toBeVisible();
  await expect(page.getByLabel('Notities bij Rondvraag')).toHaveText('Eerste zin. Tweede zin.');
  expect(await readFile(file, 'utf8')).toContain('Eerste zin. Tweede zin.');

  // Both restores kept the version they replaced.
  await page.getByRole('button', { name: 'Eerdere versies' }).click();
  await expect(rows).toHaveCount(before + 2);
});

test('a file set aside is listed with its reason after a restart, and its notice stays until she closes it', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  const workspace = await mkdtemp(join(tmpdir(), 'notulist-e2e-'));
  await writeFile(join(workspace, 'notulist.json'), '{"version": 1, "settings": {"contactPerson": "M. Stitz');
  const hosts: HostProcess[] = [];
  const restart = async () => {
    if (hosts.length > 0) await hosts.at(-1)!.kill('SIGTERM');
    const { app, host } = await startApp(workspace);
    hosts.push(host);
    await page.goto(app.url);
  };
  try {
    await restart();
    const notices = page.getByRole('list', { name: 'Meldingen' });
    const quarantine = page.getByRole('region', { name: 'Apart gezette bestanden' });
    await expect(notices).toContainText('notulist.json kon niet worden gelezen en is apart gezet');
    await expect(quarantine).toContainText('notulist.json');
    await expect(quarantine).toContainText('not valid JSON');

    await restart();
    await expect(notices).toContainText('notulist.json kon niet worden gelezen en is apart gezet');
    await expect(quarantine).toContainText('not valid JSON');
    await page.screenshot({ path: join(SHOTS_DIR, 'apart-gezet-na-herstart.png') });
    // The notice goes at once; its closing is kept by the host, which the restart must not stop first.
    const kept = answerTo(page, 'dismissNotice');
    await notices.getByRole('button', { name: 'Sluiten' }).click();
    await expect(notices).toHaveCount(0);
    await kept;

    await restart();
    await expect(quarantine).toContainText('not valid JSON');
    await expect(notices).toHaveCount(0);
  } finally {
    if (hosts.length > 0) await hosts.at(-1)!.kill('SIGTERM');
    await rm(workspace, { recursive: true, force: true });
  }
});

test('the retry countdown counts from the failed save, not from when the page was opened', async ({ page, app }) => {
  await page.goto(app.url);
  const id = await newMeeting(page);
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { statusTexts: string[] }).statusTexts = seen;
    const status = document.querySelector('.save-status')!;
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, subtree: true, characterData: true });
  });
  // Long enough open that a countdown measured from the page's first render would be off by seconds.
  await page.waitForTimeout(3000);
  const meetings = join(app.workspace, 'meetings');
  await rename(meetings, `${meetings}.weg`);
  await writeFile(meetings, 'geen map');

  await page.getByLabel('Notities bij Rondvraag').click();
  await page.keyboard.type('Nog opslaan.');
  await expect(page.getByRole('status').filter({ hasText: 'Opslaan mislukt' })).toBeVisible();
  const firstFailure = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts.find((text) => text.includes('mislukt')));
  expect(firstFailure).toContain('nieuwe poging over 1 s');

  await rm(meetings);
  await rename(`${meetings}.weg`, meetings);
  await expect.poll(async () => readFile(join(meetings, `${id}.json`), 'utf8'), { timeout: 20_000 }).toContain('Nog opslaan.');
  await mkdir(meetings, { recursive: true });
});

test('a meeting replaced on disk while open is kept beside hers, and she is told which meeting', async ({ page, app }) => {
  await page.setViewportSize(LAPTOP);
  await page.goto(app.url);
  const id = await newMeeting(page);
  const file = join(app.workspace, 'meetings', `${id}.json`);
  // A copy restored from elsewhere, schema version 3 like hers, put in place while she works.
  const other = JSON.parse(await readFile(file, 'utf8'));
  other.sections[0].items[0].notes = [{ id: 'x1', type: 'paragraph', content: [{ text: 'Tekst uit de teruggezette kopie.' }] }];
  await writeFile(`${file}.nieuw`, JSON.stringify(other));
  await rename(`${file}.nieuw`, file);

  await page.getByLabel('Notities bij Rondvraag').click();
  await page.keyboard.type('Twee woorden.');
  const notices = page.getByRole('list', { name: 'Meldingen' });
  await expect(notices).toContainText('De vergadering “Overleg portefeuillehouders sociaal domein” is buiten Notulist gewijzigd');
  expect(await savedMeetingText(file)).toContain('Twee woorden.');

  await page.getByRole('button', { name: 'Eerdere versies' }).click();
  const conflict = page.getByRole('row').filter({ hasText: 'andere versie (buiten Notulist gewijzigd)' });
  await expect(conflict).toHaveCount(1);
  await page.screenshot({ path: join(SHOTS_DIR, 'conflict.png') });
  await conflict.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(page.getByLabel('Notities bij Opening en mededelingen')).toHaveText('Tekst uit de teruggezette kopie.');
});
