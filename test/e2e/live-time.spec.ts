import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type RunningApp } from './fixtures';
import { savedMeetingText } from './saved-meeting';
import { currentItem, newMeeting } from './meeting-steps';

const overview = (page: Page) => page.getByRole('navigation', { name: 'Overzicht' });
const meetingFile = async (app: RunningApp) => {
  const folder = join(app.workspace, 'meetings');
  return JSON.parse(await savedMeetingText(join(folder, readdirSync(folder).find((name) => name.endsWith('.json'))!))) as {
    startedAt?: string;
    endedAt?: string;
    sections: { items: { title: string; status: string; notes: unknown[]; intervals?: { start: string; end?: string }[] }[] }[];
  };
};

test('a reload mid-meeting keeps the clocks, the item under discussion and the statuses', async ({ page, app }) => {
  // The page's clock is the test's: minutes pass in an instant, and it keeps running after the reload.
  await page.clock.install({ time: new Date('2023-02-23T14:00:00+01:00') });
  await page.goto(app.url);
  await newMeeting(page, '2023-02-23', ['Jeugd en Onderwijs']);
  await page.getByRole('button', { name: 'Vergadering', exact: true }).click();
  await expect(page.getByText('De vergadering is nog niet gestart.')).toBeVisible();

  await page.keyboard.press('Alt+S');
  await expect(page.getByText(/Vergadering: 0:0\d \(aanvang 14:00\)/)).toBeVisible();
  await page.clock.fastForward('02:00');
  await page.keyboard.press('Alt+ArrowDown');
  await page.clock.fastForward('03:00');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(currentItem(page).getByRole('heading', { name: 'Resumé van het vorige overleg' })).toBeVisible();
  await page.clock.fastForward('04:00');
  // The page's own clock runs on between the steps: the patterns allow for a slow machine.
  await expect(page.getByText(/Vergadering: 9:\d\d/)).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Opgeslagen');

  await page.reload();
  await expect(currentItem(page).getByRole('heading', { name: 'Resumé van het vorige overleg' })).toBeVisible();
  await expect(page.getByText(/Vergadering: (9|10):\d\d \(aanvang 14:00\)/)).toBeVisible();
  await expect(currentItem(page).getByLabel('Tijd bij dit agendapunt')).toHaveText(/^[45]:\d\d/);
  await expect(overview(page).getByRole('button', { name: /Opening en mededelingen.*afgerond/ })).toBeVisible();
  await expect(overview(page).getByRole('button', { name: /Vaststellen agenda.*afgerond/ })).toBeVisible();
  await expect(overview(page).getByRole('button', { name: /Resumé van het vorige overleg.*bezig/ })).toBeVisible();

  // Between items the meeting clock runs on and the items' clocks do not: wall-clock time, not their sum.
  await page.keyboard.press('Alt+A');
  await page.clock.fastForward('05:00');
  await expect(page.getByText(/Vergadering: 1[45]:\d\d/)).toBeVisible();
  await expect(currentItem(page).getByLabel('Tijd bij dit agendapunt')).toHaveText(/^[45]:\d\d/);

  // The record on disk: the start, and each item's stretch of time.
  const saved = await meetingFile(app);
  expect(Date.parse(saved.startedAt!) - Date.parse('2023-02-23T14:00:00+01:00')).toBeLessThan(60_000);
  expect(saved.sections[0]!.items.slice(0, 3).map((item) => item.intervals?.length ?? 0)).toEqual([1, 1, 1]);

  // Ending is an event too; the minutes' start and end stay readable.
  await page.clock.fastForward('01:00:00');
  await page.getByRole('button', { name: 'Vergadering beëindigen' }).click();
  await expect(page.getByText(/Vergadering 14:00–15:1\d/)).toBeVisible();
  await expect(overview(page).getByRole('button', { name: /Resumé van het vorige overleg.*afgerond/ })).toBeVisible();
  await expect.poll(async () => (await meetingFile(app)).endedAt).toBeDefined();
});

test('"Volgend punt" closes the item as done, an item can be reopened, and only one is "bezig"', async ({ page, app }) => {
  await page.goto(app.url);
  await newMeeting(page, '2023-02-23', ['Jeugd en Onderwijs']);
  await page.getByRole('button', { name: 'Vergadering', exact: true }).click();
  await page.getByRole('button', { name: 'Vergadering starten' }).click();
  await page.getByRole('button', { name: /Volgend agendapunt/ }).click();
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(currentItem(page).getByRole('heading', { name: 'Conformstukken' })).toBeVisible();
  await expect(overview(page).locator('.status-badge')).toHaveText(['afgerond', 'afgerond', 'afgerond', 'bezig', 'open', 'open']);

  // Looking back at an earlier item leaves the current one unfinished, not "bezig".
  await overview(page).getByRole('button', { name: /Vaststellen agenda/ }).click();
  await expect(overview(page).locator('.status-badge')).toHaveText(['afgerond', 'afgerond', 'afgerond', 'open', 'open', 'open']);
  await page.keyboard.press('Alt+A');
  await expect(overview(page).locator('.status-badge')).toHaveText(['afgerond', 'bezig', 'afgerond', 'open', 'open', 'open']);
  await expect(currentItem(page).getByRole('button', { name: 'Afgerond', exact: true })).toBeVisible();
  await page.keyboard.press('Alt+A');
  await expect(currentItem(page).getByRole('button', { name: 'Heropenen' })).toBeVisible();
  await expect(overview(page).locator('.status-badge')).toHaveText(['afgerond', 'afgerond', 'afgerond', 'open', 'open', 'open']);

  // The shortcut overview lists the keys from their one definition.
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Sneltoetsen' });
  for (const keys of ['Alt + S', 'Alt + X', 'Alt + A', 'Alt + V']) await expect(help.getByText(keys, { exact: true })).toBeVisible();
  await help.getByRole('button', { name: 'Sluiten' }).click();

  await expect(page.getByRole('status')).toContainText('Opgeslagen');
  await page.reload();
  await expect(currentItem(page).getByRole('heading', { name: 'Vaststellen agenda' })).toBeVisible();
  await expect(overview(page).locator('.status-badge')).toHaveText(['afgerond', 'afgerond', 'afgerond', 'open', 'open', 'open']);
});

/** Answers an inline question by keyboard: a date for a date, a word for anything else. */
async function answerPrompt(page: Page): Promise<void> {
  const prompt = page.locator('.phrase-prompt');
  if (!(await prompt.isVisible())) return;
  const inputs = prompt.locator('input');
  for (let i = 0; i < (await inputs.count()); i += 1) {
    const input = inputs.nth(i);
    if ((await input.inputValue()) !== '') continue;
    if ((await input.getAttribute('type')) === 'date') await input.fill('2023-04-13');
    else await input.fill('Eemnes');
  }
  await inputs.first().focus();
  await page.keyboard.press('Enter');
  await expect(prompt).toBeHidden();
}

test('no "{" variable reaches the notes or the resumé after any usual outcome', async ({ page, app }) => {
  await page.goto(app.url);
  await newMeeting(page, '2023-02-23', ['Jeugd en Onderwijs']);
  await page.getByRole('button', { name: 'Vergadering', exact: true }).click();
  const items = 6;
  for (let item = 0; item < items; item += 1) {
    const count = await currentItem(page).locator('.phrases button').count();
    for (let key = 1; key <= 9; key += 1) {
      await page.keyboard.press(`Alt+${key}`);
      if (key <= count) await answerPrompt(page);
    }
    if (item < items - 1) await page.keyboard.press('Alt+ArrowDown');
  }
  // Escape asks nothing and inserts nothing.
  await page.keyboard.press('Alt+ArrowUp');
  await currentItem(page).getByRole('button', { name: /Doorgeschoven/ }).click();
  await expect(page.locator('.phrase-prompt input')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.phrase-prompt')).toBeHidden();

  await expect(page.getByRole('status')).toContainText('Opgeslagen');
  const notes = JSON.stringify((await meetingFile(app)).sections.flatMap((s) => s.items.map((i) => i.notes)));
  expect(notes).toContain('Eemnes heeft een aanvulling op het resumé');
  expect(notes).toContain('doorgeschoven naar het overleg van 13 april 2023.');
  // Braces around words, not the JSON's own.
  expect(notes).not.toMatch(/\{[^{}":,]*\}/);

  await page.getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByText(/Resumé opgeslagen als/)).toBeVisible();
  const docx = readdirSync(join(app.workspace, 'exports'))[0]!;
  const text = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', join(app.workspace, 'exports', docx)], { encoding: 'utf8' });
  expect(text).toContain('Eemnes opent de vergadering.');
  expect(text).not.toContain('{');
});
