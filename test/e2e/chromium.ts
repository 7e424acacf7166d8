import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * The system Chromium (Playwright cannot download its own here). CHROMIUM_PATH overrides.
 * Under CI a missing browser is an error, so end-to-end tests cannot silently vanish.
 */
export function findChromium(): string | undefined {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH points to a missing file: ${override}`);
    return override;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found && process.env.CI === 'true') {
    throw new Error('no Chromium found (install the Debian package "chromium"); CI=true does not skip end-to-end tests');
  }
  return found;
}

/** Quiet, sandbox-free flags for a root user on a machine with no network beyond loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
