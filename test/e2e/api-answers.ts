import type { Page, Response } from '@playwright/test';

/**
 * Resolves once the host has answered a call to `method` that the page makes from now on: alone
 * at /api/<method>, or in a batch with calls made in the same task (/api-batch).
 */
export async function answerTo(page: Page, method: string): Promise<void> {
  const carries = (response: Response) =>
    response.url().endsWith(`/api/${method}`) || (response.url().endsWith('/api-batch') && (response.request().postData() ?? '').includes(`"method":"${method}"`));
  await (await page.waitForResponse(carries)).finished();
}
