import type { BrowserContext } from 'playwright-core';
import { pageUrl } from './host-api';
import { startDrive, UI_ITEM_TITLE, type Drive } from './edits';

/**
 * Types into the notes of one agenda item in the real UI, as the secretary does: word after word,
 * a new paragraph now and then. A word counts as acknowledged once the page has taken its last key.
 */
export function driveUiTyping(context: BrowserContext, url: string, meetingId: string, trial: number, random: () => number): Drive {
  return startDrive(async ({ edits, stopped, markReady }) => {
    const page = await context.newPage();
    try {
      await page.goto(pageUrl(url, `meeting=${encodeURIComponent(meetingId)}&tab=notes`));
      const editor = page.getByLabel(`Notities bij ${UI_ITEM_TITLE}`).first();
      await editor.click();
      // A paragraph of its own: the last trial's final word may have been cut off mid-word.
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      markReady();
      for (let k = 1; !stopped(); k += 1) {
        const token = `u${trial}w${k}`;
        await page.keyboard.type(`${token} `, { delay: 10 + random() * 40 });
        edits.push({ target: 'ui-notes', token, ackedAt: performance.now() });
        if (k % 8 === 0) await page.keyboard.press('Enter');
      }
    } finally {
      markReady();
      await page.close();
    }
  });
}
