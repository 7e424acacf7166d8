import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingDisplayReason } from '../../scripts/electron-binary';
import { useTempDirs } from '../support/temp-workspace';

const ROOT = resolve(import.meta.dirname, '..', '..');

describe('npm start', () => {
  const tempDir = useTempDirs();

  it('knows a Linux machine without DISPLAY or WAYLAND_DISPLAY cannot show a window', () => {
    expect(missingDisplayReason({}, 'linux')).toMatch(/no display/);
    expect(missingDisplayReason({ DISPLAY: ':0' }, 'linux')).toBeUndefined();
    expect(missingDisplayReason({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBeUndefined();
    expect(missingDisplayReason({}, 'win32')).toBeUndefined();
  });

  it('falls back to the browser host in one line when no window can be shown, and serves the app', async () => {
    const workspace = await tempDir();
    const env: NodeJS.ProcessEnv = { ...process.env, NOTULIST_HOME: workspace, NOTULIST_PORT: '0' };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const child = spawn('npm', ['start', '--silent'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        const timer = setInterval(() => {
          const match = /^(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/m.exec(output);
          if (match) {
            clearInterval(timer);
            resolveUrl(match[1]!);
          }
        }, 100);
        child.on('exit', (code) => {
          clearInterval(timer);
          reject(new Error(`npm start exited with ${code}:\n${output}`));
        });
      });
      expect(output).toMatch(/^Cannot open the desktop window \(no display.*\); serving Notulist through the browser host instead\.$/m);
      expect(output).not.toMatch(/\n\s+at /);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      // vitest runs this with NODE_ENV=test; the build it triggered must still be React's production build.
      const assets = join(ROOT, 'dist', 'renderer', 'assets');
      const maps = (await readdir(assets)).filter((name) => name.endsWith('.js.map'));
      const sources = (await Promise.all(maps.map(async (name) => (JSON.parse(await readFile(join(assets, name), 'utf8')) as { sources: string[] }).sources))).flat();
      expect(sources.some((source) => source.includes('react-dom'))).toBe(true);
      expect(sources.filter((source) => /development|jsx-dev-runtime/.test(source))).toEqual([]);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  }, 120_000);
});
