import { copyFile, link, mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isMissing } from '../storage/fs-errors';

/** The last this many saved versions of a meeting are kept, and besides them the last one of each day. */
export const KEEP_LATEST_VERSIONS = 20;

export type VersionKind = 'saved' | 'conflict';

export interface StoredVersion {
  /** `<kind>/<file name>`: what the UI hands back to restore it. */
  version: string;
  kind: VersionKind;
  /** Orders versions written in the same millisecond. */
  order: string;
  savedAt: string;
  size: number;
}

/** `2026-12-02T15-35-12-123Z` (file-name safe on every system), optionally `-2` for a second in the same ms. */
const STAMPED = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?\.json$/;

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Sorts versions by time, a second version of the same millisecond after the first. */
function orderKey(name: string): string {
  const [stamp, n = '1'] = name.replace(/\.json$/, '').split('Z-');
  return `${stamp!.replace(/Z$/, '')}Z-${n.padStart(4, '0')}`;
}

function timeOfName(name: string): string | undefined {
  const match = STAMPED.exec(name);
  return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z` : undefined;
}

async function namesIn(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((name) => STAMPED.test(name));
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/** A hard link where the system allows it (no second write of a long meeting), else a copy. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || isMissing(error)) throw error;
    await copyFile(from, to);
  }
}

/**
 * Earlier versions of each meeting: `backups/<id>/` holds the versions saves replaced (the last
 * KEEP_LATEST_VERSIONS, and the last of each day), `conflicts/<id>/` the versions another program
 * put in place of the one this app last read, which are never pruned. Both are named by the time
 * the version was written.
 */
export class MeetingHistory {
  constructor(private readonly workspaceDir: string) {}

  private folderOf(kind: VersionKind, id: string): string {
    return join(this.workspaceDir, kind === 'saved' ? 'backups' : 'conflicts', id);
  }

  /** The single backup of Notulist before versions were kept; still offered to restore. */
  legacyBackupOf(id: string): string {
    return join(this.workspaceDir, 'backups', `${id}.json`);
  }

  /** Keeps `file` (the current version, about to be replaced) as a version; false when there is no file. */
  async keep(kind: VersionKind, id: string, file: string): Promise<string | undefined> {
    let writtenAt: Date;
    try {
      writtenAt = (await stat(file)).mtime;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    const folder = this.folderOf(kind, id);
    await mkdir(folder, { recursive: true });
    for (let n = 1; ; n += 1) {
      const target = join(folder, `${stampOf(writtenAt)}${n === 1 ? '' : `-${n}`}.json`);
      try {
        await linkOrCopy(file, target);
        return target;
      } catch (error) {
        if (isMissing(error)) return undefined;
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }

  /** Removes saved versions beyond the latest KEEP_LATEST_VERSIONS, except each day's last. Never the meeting file. */
  async prune(id: string): Promise<void> {
    const folder = this.folderOf('saved', id);
    const names = (await namesIn(folder)).sort((a, b) => orderKey(b).localeCompare(orderKey(a)));
    const seenDays = new Set<string>();
    for (const [index, name] of names.entries()) {
      const day = name.slice(0, 10);
      const lastOfDay = !seenDays.has(day);
      seenDays.add(day);
      if (index < KEEP_LATEST_VERSIONS || lastOfDay) continue;
      await unlink(join(folder, name)).catch((error: unknown) => {
        if (!isMissing(error)) throw error;
      });
    }
  }

  /** Every earlier version, newest first. */
  async list(id: string): Promise<StoredVersion[]> {
    const versions: StoredVersion[] = [];
    for (const kind of ['saved', 'conflict'] as const) {
      const folder = this.folderOf(kind, id);
      for (const name of await namesIn(folder)) {
        const size = await stat(join(folder, name)).then((info) => info.size, () => undefined);
        if (size !== undefined) versions.push({ version: `${kind}/${name}`, kind, savedAt: timeOfName(name)!, size, order: orderKey(name) });
      }
    }
    const legacy = await stat(this.legacyBackupOf(id)).catch(() => undefined);
    if (legacy) {
      const savedAt = legacy.mtime.toISOString();
      versions.push({ version: 'saved/legacy', kind: 'saved', savedAt, size: legacy.size, order: orderKey(stampOf(legacy.mtime)).replace(/-\d{4}$/, '-0000') });
    }
    return versions.sort((a, b) => b.order.localeCompare(a.order));
  }

  /** The text of a version listed by list(); undefined for anything else. */
  async read(id: string, version: string): Promise<string | undefined> {
    const listed = (await this.list(id)).some((entry) => entry.version === version);
    if (!listed) return undefined;
    const [kind, name] = version.split('/') as [VersionKind, string];
    const file = name === 'legacy' ? this.legacyBackupOf(id) : join(this.folderOf(kind, id), name);
    return readFile(file, 'utf8').catch(() => undefined);
  }

  /** Deleting a meeting takes its versions along into trash/, under the same stamp. */
  async moveToTrash(id: string, trashPrefix: string): Promise<void> {
    for (const kind of ['saved', 'conflict'] as const) {
      await rename(this.folderOf(kind, id), `${trashPrefix}.${kind === 'saved' ? 'backups' : 'conflicts'}`).catch(() => undefined);
    }
    await rename(this.legacyBackupOf(id), `${trashPrefix}.backup.json`).catch(() => undefined);
  }
}
