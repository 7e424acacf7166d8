import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (or packaged app) root, found from this module's own location. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const RENDERER_DIST = join(PROJECT_ROOT, 'dist', 'renderer');
export const ELECTRON_DIST = join(PROJECT_ROOT, 'dist', 'electron');
