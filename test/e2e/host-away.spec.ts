import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { freePort, startHostProcess, type HostProcess } from './host-process';
import { savedMeetingText } from './saved-meeting';

/** A new meeting with one domain table; returns its id, from the address. */
async function newMeeting(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await page.getByLabel('Datum').fill('2023-02-23');
  await page.getByLabel('Sociaal domein algemeen').check();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await page.getByLabel('Notities bij Bespreekpunt').click();
  return /meeting=([^&]+)/.exec(page.url())![1]!;
}

async function typeWords(page: Page, words: string[]): Promise<void> {
  for (const word of words) {
    await page.keyboard.type(`${word} `);
    await page.waitForTimeout(60);
  }
}

const onDisk = (workspace: string, id: string) => savedMeetingText(join(workspace, 'meetings', `${id}.json`));
const words = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `woord${from + i}`);

test.describe('the browser host going away', () => {
  // Two host starts per test: on a busy machine each takes a while.
  test.describe.configure({ timeout: 300_000 });
  let workspace: string;
  let port: number;
  let host: HostProcess | undefined;

  test.beforeEach(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'notulist-e2e-away-'));
    port = await freePort();
    host = await startHostProcess(workspace, port);
  });

  test.afterEach(async () => {
    await host?.kill('SIGTERM');
    host = undefined;
    await rm(workspace, { recursive: true, force: true });
  });

  test('stopped and restarted mid-typing (same workspace, same port), it loses no word', async ({ page }) => {
    await page.goto(host!.url);
    const id = await newMeeting(page);
    await typeWords(page, words(1, 8));
    await host!.kill();
    host = undefined;
    await typeWords(page, words(9, 16));
    await expect(page.locator('.save-status')).toContainText('Niet verbonden – wijzigingen staan veilig in deze browser');

    host = await startHostProcess(workspace, port);
    await typeWords(page, words(17, 20));
    await expect(page.locator('.save-status')).toContainText('Opgeslagen', { timeout: 30_000 });
    const file = await onDisk(workspace, id);
    expect(words(1, 20).filter((word) => !file.includes(word))).toEqual([]);
  });

  test('a reload while it is down keeps every word, and they are saved once it is back', async ({ page }) => {
    await page.goto(host!.url);
    const id = await newMeeting(page);
    await typeWords(page, words(1, 4));
    await expect(page.locator('.save-status')).toContainText('Opgeslagen');
    await host!.kill();
    host = undefined;
    await typeWords(page, words(5, 9));
    // The host is gone: the reload itself fails, as it would for the secretary.
    await page.reload().catch(() => undefined);

    host = await startHostProcess(workspace, port);
    // Opened again without the link: the session cookie still admits this browser.
    await page.goto(`http://127.0.0.1:${port}/#meeting=${id}&tab=notes`);
    await expect(page.getByLabel('Notities bij Bespreekpunt')).toContainText('woord9');
    await expect
      .poll(async () => {
        const file = await onDisk(workspace, id);
        return words(1, 9).filter((word) => !file.includes(word));
      })
      .toEqual([]);
  });
});

test("the link's token leaves the address bar and is kept in no storage", async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('button', { name: 'Nieuw overleg' })).toBeVisible();
  expect(page.url()).not.toContain('token');
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain(new URL(app.url.replace('#token=', '?token=')).searchParams.get('token'));
  // A reload, with no token in sight, still gets in.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Nieuw overleg' })).toBeVisible();
});

test('without a valid link the page says "Geen toegang" and how to get in, never an empty workspace', async ({ page, app }) => {
  const origin = new URL(app.url).origin;
  await page.goto(`${origin}/`);
  await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
  await expect(page.getByText(`${origin}/#token=…`)).toBeVisible();
  await expect(page.getByText('Nog geen vergaderingen')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Nieuw overleg' })).toHaveCount(0);

  // A link from an earlier start of the host.
  const old = await page.context().newPage();
  await old.goto(`${origin}/#token=${'x'.repeat(32)}`);
  await expect(old.getByText('niet meer geldig')).toBeVisible();
  await expect(old.getByText('Nog geen vergaderingen')).toHaveCount(0);
});
