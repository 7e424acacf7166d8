import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Block } from '../../shared/model/rich-text';
import { expect, test } from './fixtures';
import { savedMeetingText } from './saved-meeting';

/** Every id in a block tree: blocks, and the items of lists. */
function idsOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => [block.id, ...(block.type === 'list' ? block.items.flatMap((item) => [item.id, ...idsOf(item.content)]) : [])]);
}

/** A new meeting of 23 February 2023 with the one domain table "Sociaal domein algemeen". */
async function newMeeting(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await page.getByLabel('Datum').fill('2023-02-23');
  await page.getByLabel('Sociaal domein algemeen').check();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
}

test('lists are typed as secretaries type them: numbered with a lettered sub-list, bullets, back out', async ({ page, app }) => {
  await newMeeting(page, app.url);

  await page.getByLabel('Notities bij Bespreekpunt').click();
  const keys = page.keyboard;
  await keys.type('Het PFHO besluit:');
  await keys.press('Enter');
  await keys.type('1. Voorstel 1 wordt vastgesteld');
  await keys.press('Enter');
  await keys.press('Tab');
  await keys.type('a. met een aanvulling van Huizen');
  await keys.press('Enter');
  await keys.type('en een evaluatie');
  await keys.press('Enter');
  await keys.press('Shift+Tab');
  await keys.type('Voorstel 2 wordt doorgeschoven');
  await keys.press('Enter');
  await keys.press('Enter');
  await keys.type('- quick wins in 2023');

  const notes = page.getByLabel('Notities bij Bespreekpunt');
  await expect(notes.locator('ol:not([type]) > li > ol[type="a"] > li')).toHaveText(['met een aanvulling van Huizen', 'en een evaluatie']);
  await expect(notes.locator(':scope > ol > li > p')).toHaveText(['Voorstel 1 wordt vastgesteld', 'Voorstel 2 wordt doorgeschoven']);
  await expect(notes.locator(':scope > ul > li')).toHaveText(['quick wins in 2023']);
  await expect(page.getByRole('status')).toContainText('Opgeslagen');

  // Every paragraph and list item typed has an id of its own, for merging by id in sync.
  const [file] = readdirSync(join(app.workspace, 'meetings')).filter((name) => name.endsWith('.json'));
  const saved = JSON.parse(await savedMeetingText(join(app.workspace, 'meetings', file!))) as { sections: { items: { title: string; notes: Block[] }[] }[] };
  const ids = idsOf(saved.sections.flatMap((section) => section.items).find((item) => item.title === 'Bespreekpunt')!.notes);
  expect(ids.length).toBeGreaterThanOrEqual(10);
  expect(ids.every((id) => id.length > 0)).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);

  await page.reload();
  await expect(notes.locator('ol:not([type]) > li > ol[type="a"] > li')).toHaveCount(2);

  await page.getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByText(/Resumé opgeslagen als/)).toBeVisible();
  const exportsDir = join(app.workspace, 'exports');
  const [docx] = readdirSync(exportsDir);
  const markdown = execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none', join(exportsDir, docx!)], { encoding: 'utf8' });
  expect(markdown).toMatch(/^1\. +Voorstel 1 wordt vastgesteld$/m);
  expect(markdown).toMatch(/^ +a\. +met een aanvulling van Huizen$/m);
  expect(markdown).toMatch(/^ +b\. +en een evaluatie$/m);
  expect(markdown).toMatch(/^2\. +Voorstel 2 wordt doorgeschoven$/m);
  expect(markdown).toMatch(/^- +quick wins in 2023$/m);
});

test('a web address typed in the notes becomes a link once the word is finished', async ({ page, app }) => {
  await newMeeting(page, app.url);

  const notes = page.getByLabel('Notities bij Bespreekpunt');
  await notes.click();
  await page.keyboard.type('De stukken staan op www.regiogv.nl');
  await expect(notes).toContainText('www.regiogv.nl');
  await expect(notes.locator('a')).toHaveCount(0);
  await page.keyboard.type(' onder PFHO.');
  await expect(notes.locator('a')).toHaveText('www.regiogv.nl');
  await expect(notes.locator('a')).toHaveAttribute('href', 'https://www.regiogv.nl');
  await expect(page.getByRole('status')).toContainText('Opgeslagen');
  const [file] = readdirSync(join(app.workspace, 'meetings')).filter((name) => name.endsWith('.json'));
  expect(await savedMeetingText(join(app.workspace, 'meetings', file!))).toContain('"link":"https://www.regiogv.nl"');
});

test('typing brings the caret back into view when the page was scrolled away from it', async ({ page, app }) => {
  await page.setViewportSize({ width: 1000, height: 500 });
  await newMeeting(page, app.url);

  const notes = page.getByLabel('Notities bij Bespreekpunt');
  await notes.click();
  for (let line = 1; line <= 30; line += 1) {
    await page.keyboard.type(`regel ${line}`);
    await page.keyboard.press('Enter');
  }
  const caretInView = () =>
    page.evaluate(() => {
      const range = window.getSelection()!.getRangeAt(0);
      // A caret in an empty paragraph has no rectangle of its own: take its paragraph's.
      const node = range.startContainer;
      const rect = range.getClientRects()[0] ?? (node instanceof Element ? node : node.parentElement!).getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight;
    });
  await expect.poll(caretInView).toBe(true);

  // Reading back up the notes, with the caret left at the end.
  await page.evaluate(() => {
    for (const element of [document.scrollingElement, ...document.querySelectorAll('*')]) if (element && element.scrollTop > 0) element.scrollTop = 0;
  });
  expect(await caretInView()).toBe(false);

  await page.keyboard.type('verder');
  await expect.poll(caretInView).toBe(true);
  await expect(notes.locator('p').last()).toHaveText('verder');
});

test('a formatting key does what its toolbar button does, and button and overview show that key', async ({ page, app }) => {
  await newMeeting(page, app.url);

  const notes = page.getByLabel('Notities bij Bespreekpunt');
  await notes.click();
  await page.keyboard.type('Besluit');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+b');
  await expect(notes.locator('strong')).toHaveText('Besluit');
  const bold = page.getByRole('toolbar', { name: 'Opmaak' }).getByRole('button', { name: 'Vet' });
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await expect(bold).toHaveAttribute('title', 'Vet (Ctrl + B)');

  await page.keyboard.press('Control+Alt+3');
  await expect(notes.locator('h3')).toHaveText('Besluit');
  await expect(page.getByRole('toolbar', { name: 'Opmaak' }).getByRole('button', { name: 'Tussenkopje', exact: true })).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(help.getByRole('row', { name: /Ctrl \+ B/ })).toContainText('Vet');
  await expect(help.getByRole('row', { name: /Ctrl \+ Alt \+ 3/ })).toContainText('Tussenkopje');
});
