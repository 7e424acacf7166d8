import { join } from 'node:path';

/** Where e2e tests put screenshots of what the secretary sees, for a person to look at (not compared). */
export const SHOTS_DIR = process.env.NOTULIST_SHOTS_DIR ?? join('test-results', 'screenshots');
