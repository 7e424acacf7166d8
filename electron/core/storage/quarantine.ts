import { copyFile, mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Notice } from '../../../shared/api/contract';

const REASON_SUFFIX = '.reason.txt';

function quarantineDir(workspaceDir: string): string {
  return join(workspaceDir, 'quarantine');
}

async function setAside(workspaceDir: string, file: string, reason: string, now: Date, keep: (from: string, to: string) => Promise<void>): Promise<string> {
  const folder = quarantineDir(workspaceDir);
  await mkdir(folder, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(folder, `${stamp}-${basename(file)}`);
  await keep(file, target);
  await writeFile(`${target}${REASON_SUFFIX}`, `${file}\n${reason}\n`, 'utf8');
  return target;
}

/**
 * Moves a file that cannot be read as what it should be out of the way, with the reason beside
 * it, so the app can go on without ever overwriting the user's data with defaults.
 */
export async function moveToQuarantine(workspaceDir: string, file: string, reason: string, now: Date): Promise<Notice> {
  const target = await setAside(workspaceDir, file, reason, now, rename);
  return {
    code: 'quarantined',
    message: `${basename(file)} could not be read (${reason}) and was moved to ${target}`,
    file,
    movedTo: target,
    details: reason,
  };
}

/** Keeps a copy of a file about to be repaired, with the reason; returns where. */
export function copyToQuarantine(workspaceDir: string, file: string, reason: string, now: Date): Promise<string> {
  return setAside(workspaceDir, file, reason, now, copyFile);
}

export interface QuarantinedFile {
  /** Where the file was. */
  file: string;
  /** Where it is now, in quarantine/. */
  movedTo: string;
  reason: string;
  at: string;
}

/** Everything in quarantine/ with the reason beside it, newest first: what was set aside survives restarts. */
export async function listQuarantine(workspaceDir: string): Promise<QuarantinedFile[]> {
  const folder = quarantineDir(workspaceDir);
  const names = await readdir(folder).catch(() => [] as string[]);
  const found: QuarantinedFile[] = [];
  for (const name of names.filter((entry) => entry.endsWith(REASON_SUFFIX))) {
    const movedTo = join(folder, name.slice(0, -REASON_SUFFIX.length));
    const [text, info] = await Promise.all([readFile(join(folder, name), 'utf8').catch(() => ''), stat(movedTo).catch(() => undefined)]);
    if (!info) continue;
    const [file = '', ...reason] = text.split('\n');
    const stamp = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z-/.exec(name);
    const at = stamp ? `${stamp[1]}:${stamp[2]}:${stamp[3]}.${stamp[4]}Z` : info.mtime.toISOString();
    found.push({ file, movedTo, reason: reason.join('\n').trim(), at });
  }
  return found.sort((a, b) => b.movedTo.localeCompare(a.movedTo));
}
