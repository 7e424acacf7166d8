// Renders assets/logo.svg to assets/logo.png with headless Chromium and copies it into
// renderer/public/. The resumé carries no logo of Notulist's own, so the export needs no copy.
// Run after changing the SVG: node assets/build-default-logo.mjs
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const png = join(here, 'logo.png');
execFileSync('chromium', [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--hide-scrollbars',
  '--default-background-color=00000000', '--window-size=480,120', `--screenshot=${png}`, `file://${join(here, 'logo.svg')}`,
], { stdio: 'ignore' });
copyFileSync(png, join(here, '..', 'renderer', 'public', 'logo.png'));
console.log('wrote assets/logo.png and renderer/public/logo.png');
