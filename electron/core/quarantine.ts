import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Notice } from '../../shared/api/contract';

/**
 * Moves a file that cannot be read as what it should be out of the way, with the reason beside
 * it, so the app can go on without ever overwriting the user's data with defaults.
 */
export async function moveToQuarantine(workspaceDir: string, file: string, reason: string, now: Date): Promise<Notice> {
  const folder = join(workspaceDir, 'quarantine');
  await mkdir(folder, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(folder, `${stamp}-${basename(file)}`);
  await rename(file, target);
  await writeFile(`${target}.reason.txt`, `${file}\n${reason}\n`, 'utf8');
  return {
    code: 'quarantined',
    message: `${basename(file)} could not be read (${reason}) and was moved to ${target}`,
    file,
    movedTo: target,
  };
}
