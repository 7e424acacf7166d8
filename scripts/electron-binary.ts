import { spawn, spawnSync } from 'node:child_process';
import { ELECTRON_DIST, PROJECT_ROOT } from '../electron/core/page/app-paths';
import { join } from 'node:path';

/** Why a desktop window cannot be shown on this machine, if it is plain from the environment. */
export function missingDisplayReason(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
  if (platform !== 'linux') return undefined;
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return undefined;
  return 'no display (neither DISPLAY nor WAYLAND_DISPLAY is set)';
}

export type BinaryLookup = { ok: true; path: string } | { ok: false; reason: string };

/**
 * Electron 45+ fetches its binary the first time `require('electron')` runs. Done in a child
 * process so a failed download (no network) becomes one line for the user, not a stack trace.
 */
export function findElectronBinary(timeoutMs = 10 * 60_000): BinaryLookup {
  const result = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status === 0 && result.stdout) return { ok: true, path: result.stdout };
  const lines = `${result.stderr ?? ''}\n${result.error?.message ?? ''}`
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /error|fail|ENOTFOUND|EAI_AGAIN|ECONN/i.test(line) && !line.startsWith('at '));
  return { ok: false, reason: lines[0] ?? 'the Electron binary could not be fetched' };
}

export type ElectronRun = { kind: 'closed'; code: number } | { kind: 'failed-to-start'; reason: string };

/** A window that dies this soon after launch never really started (missing libraries, no GPU…). */
const EARLY_EXIT_MS = 8_000;

export function runElectron(binary: string): Promise<ElectronRun> {
  return new Promise((resolve) => {
    const startedAt = Date.now();
    const child = spawn(binary, [join(ELECTRON_DIST, 'main.cjs')], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      process.stderr.write(chunk);
    });
    child.on('error', (error) => resolve({ kind: 'failed-to-start', reason: error.message }));
    child.on('exit', (code, signal) => {
      const early = Date.now() - startedAt < EARLY_EXIT_MS;
      if (early && code !== 0) {
        const firstLine = stderr.split('\n').find((line) => line.trim()) ?? `exit code ${code ?? signal}`;
        resolve({ kind: 'failed-to-start', reason: firstLine.trim() });
      } else {
        resolve({ kind: 'closed', code: code ?? 0 });
      }
    });
  });
}
