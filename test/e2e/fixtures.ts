import { test as base, chromium, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface RunningApp {
  url: string;
  workspace: string;
}

/** Starts the real browser host on a fresh workspace and waits for its URL line. */
export async function startApp(workspace: string): Promise<{ app: RunningApp; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'electron', 'host', 'start-host.ts')], {
    cwd: ROOT,
    env: { ...process.env, NOTULIST_HOME: workspace, NOTULIST_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host did not print its URL:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  return { app: { url, workspace }, child };
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
    const { app, child } = await startApp(workspace);
    await use(app);
    const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
    child.kill('SIGTERM');
    await exited;
    await rm(workspace, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
