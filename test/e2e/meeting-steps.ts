import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Creates a meeting on `date` with the given domain tables, from the list screen, and waits for its first table. */
export async function newMeeting(page: Page, date: string, tables: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await page.getByLabel('Datum').fill(date);
  for (const table of tables) await page.getByLabel(table).check();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await expect(page.getByRole('heading', { name: tables[0]!.toLocaleUpperCase('nl-NL') })).toBeVisible();
}

/** The live view's panel of the item under discussion. */
export const currentItem = (page: Page): Locator => page.locator('.current-item');
