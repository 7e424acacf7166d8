import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { CopyingService } from '../sync/copying-service';
import { answerTo } from './api-answers';
import { SHOTS_DIR } from './screenshots';
import { expect, test } from './fixtures';
import { startHostProcess, type HostProcess } from './host-process';
import { newMeeting } from './meeting-steps';


/** One laptop: its own workspace and host, its own copy of the shared folder, a browser window. */
interface Laptop {
  page: Page;
  host: HostProcess;
  workspace: string;
  shared: string;
}

async function laptop(browser: Browser, root: string, name: string, secretary: string): Promise<Laptop> {
  const workspace = join(root, `${name}-workspace`);
  const shared = join(root, `${name}-shared`);
  await mkdir(shared, { recursive: true });
  // The secretary's name names the device ("Marielle notuleert dit overleg").
  const core = await createNotulistCore({ workspaceDir: workspace, appVersion: 'e2e', syncTimers: false });
  await core.updateSettings({ contactPerson: secretary });
  await core.close();
  const host = await startHostProcess(workspace, 0);
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(host.url);
  return { page, host, workspace, shared };
}

async function chooseSharedFolder({ page, shared }: Laptop): Promise<void> {
  await page.getByRole('button', { name: 'Instellingen' }).click();
  const field = page.getByRole('form', { name: 'Gedeelde map' });
  await field.getByLabel('Pad van de gedeelde map').fill(shared);
  await field.getByRole('button', { name: 'Map instellen' }).click();
  await expect(field.getByRole('note')).toHaveText(`Synchroniseert nu met ${shared}.`);
}

/** "Nu synchroniseren", waiting for the round to be reported in the header. */
async function syncNow({ page }: Laptop): Promise<void> {
  const done = answerTo(page, 'getSyncStatus');
  await page.getByRole('button', { name: 'Nu synchroniseren' }).click();
  await done;
}

async function exchange(a: Laptop, b: Laptop, service: CopyingService): Promise<void> {
  for (let pass = 0; pass < 3; pass += 1) {
    await syncNow(a);
    await syncNow(b);
    await service.run();
  }
  await syncNow(a);
  await syncNow(b);
}

const firstNotes = (page: Page) => page.getByLabel('Notities bij Opening en mededelingen').first();

test('two laptops on one shared folder: edits from both, a conflict combined in the UI, the result exported', async ({ systemBrowser }) => {
  test.setTimeout(180_000);
  const root = await mkdtemp(join(tmpdir(), 'notulist-e2e-sync-'));
  await mkdir(SHOTS_DIR, { recursive: true });
  const a = await laptop(systemBrowser, root, 'a', 'Marielle');
  const b = await laptop(systemBrowser, root, 'b', 'Joke');
  const service = new CopyingService([a.shared, b.shared]);
  try {
    await expect(a.page.getByText('Alleen lokaal (geen gedeelde map)')).toBeVisible();
    await chooseSharedFolder(a);
    await a.page.getByRole('form', { name: 'Gedeelde map' }).screenshot({ path: `${SHOTS_DIR}/sync-settings.png` });
    await service.run();
    await chooseSharedFolder(b);

    // Laptop a makes the meeting and types a first line; laptop b gets it through the folder.
    await a.page.getByRole('button', { name: /Terug/ }).click();
    await newMeeting(a.page, '2023-02-23', ['Jeugd en Onderwijs']);
    await firstNotes(a.page).click();
    await a.page.keyboard.type('De voorzitter opent de vergadering.');
    await expect(a.page.locator('.save-status')).toContainText('Opgeslagen');
    await exchange(a, b, service);
    await b.page.getByRole('button', { name: /Terug/ }).click();
    await b.page.reload();
    await b.page.getByRole('button', { name: /Overleg portefeuillehouders sociaal domein/ }).first().click();
    await expect(b.page.getByText('De voorzitter opent de vergadering.')).toBeVisible();
    await expect(b.page.getByText('Marielle notuleert dit overleg')).toBeVisible();

    // Both type at the end of the same line: the block's two texts become a conflict.
    for (const [laptopOnScreen, words] of [[a, ' Marielle typte dit.'], [b, ' Joke typte dit.']] as const) {
      await laptopOnScreen.page.getByText('De voorzitter opent de vergadering.').click();
      await laptopOnScreen.page.keyboard.press('End');
      await laptopOnScreen.page.keyboard.type(words);
      await expect(laptopOnScreen.page.locator('.save-status')).toContainText('Opgeslagen');
    }
    await exchange(a, b, service);
    for (const { page } of [a, b]) {
      await expect(page.locator('.sync-status')).toContainText('1 conflict wacht');
      await expect(page.getByRole('region', { name: 'Conflicten' })).toContainText('Marielle');
      await expect(page.getByRole('region', { name: 'Conflicten' })).toContainText('Joke');
    }
    await a.page.locator('.app-header').screenshot({ path: `${SHOTS_DIR}/sync-status.png` });
    await a.page.getByRole('region', { name: 'Conflicten' }).screenshot({ path: `${SHOTS_DIR}/sync-conflicts.png` });
    await a.page.screenshot({ path: `${SHOTS_DIR}/sync-conflicts-page.png` });

    // Export asks first while the conflict is open.
    await b.page.getByRole('button', { name: 'Exporteren' }).click();
    await expect(b.page.getByText('Er is nog 1 conflict. Toch exporteren?')).toBeVisible();
    await b.page.getByRole('button', { name: 'Annuleren' }).click();

    await a.page.getByRole('button', { name: 'Combineer' }).click();
    await expect(a.page.getByRole('region', { name: 'Conflicten' })).toBeHidden();
    await exchange(a, b, service);
    for (const { page } of [a, b]) {
      await expect(page.getByText('Marielle typte dit.')).toBeVisible();
      await expect(page.getByText('Joke typte dit.')).toBeVisible();
      await expect(page.locator('.sync-status')).not.toContainText('conflict');
    }

    await b.page.getByRole('button', { name: 'Exporteren' }).click();
    await expect(b.page.getByText(/Resumé Overleg portefeuillehouders sociaal domein\.docx/)).toBeVisible();
    const exportsDir = join(b.workspace, 'exports');
    const [docx] = (await readdir(exportsDir)).filter((name) => name.endsWith('.docx'));
    const text = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', join(exportsDir, docx!)], { encoding: 'utf8' });
    expect(text).toContain('Marielle typte dit.');
    expect(text).toContain('Joke typte dit.');

    // Laptop a deletes the meeting; on laptop b, back on the list, it goes to the trash too, with a notice.
    for (const { page } of [a, b]) await page.getByRole('button', { name: /Terug/ }).click();
    await a.page.getByRole('button', { name: /^Verwijderen: Overleg portefeuillehouders sociaal domein/ }).click();
    await a.page.getByRole('dialog', { name: 'Vergadering verwijderen?' }).getByRole('button', { name: 'Verwijderen' }).click();
    await exchange(a, b, service);
    await expect(b.page.getByRole('button', { name: /^Overleg portefeuillehouders sociaal domein/ })).toHaveCount(0);
    await expect(b.page.getByText(/is op een ander apparaat verwijderd/)).toBeVisible();
    await b.page.screenshot({ path: `${SHOTS_DIR}/sync-deleted-elsewhere.png` });
  } finally {
    await Promise.all([a.host.kill('SIGTERM'), b.host.kill('SIGTERM')]);
    await rm(root, { recursive: true, force: true });
  }
});
