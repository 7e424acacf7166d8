import { test as base, chromium, type Browser } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { startHostProcess, type HostProcess } from './host-process';

export interface RunningApp {
  url: string;
  workspace: string;
}

/** Starts the real browser host on a workspace (any free port) and waits for its URL line. */
export async function startApp(workspace: string): Promise<{ app: RunningApp; host: HostProcess }> {
  const host = await startHostProcess(workspace, 0);
  return { app: { url: host.url, workspace }, host };
}

export const test = base.extend<{ app: RunningApp }, { systemBrowser: Browser }>({
  systemBrowser: [
    async ({}, use) => {
      const executablePath = findChromium();
      base.skip(!executablePath, 'no system Chromium installed (apt-get install chromium)');
      const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ systemBrowser }, use) => {
    const context = await systemBrowser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    await use(page);
    await context.close();
  },
  app: async ({}, use) => {
    const workspace = await mkdtemp(join(tmpdir(), 'notulist-e2e-'));
    const { app, host } = await startApp(workspace);
    await use(app);
    await host.kill('SIGTERM');
    await rm(workspace, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
