import { link, mkdir, readFile, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { exportCopyFolder, numberedFileName } from '../../../shared/export/export-copy';
import { isMissing } from '../storage/fs-errors';
import { syncFolder, tempPathBeside, writeFileDurable, writeNewSynced } from '../storage/durable-write';
import { runExclusive } from '../storage/keyed-queue';

/** An export to copy into the shared folder's tree: its file, and the name and meeting date the tree files it under. */
export interface ExportToCopy {
  /** The exported file, absolute. */
  source: string;
  /** The name it gets in the tree (numbered there when taken by another file). */
  fileName: string;
  /** The meeting's date (ISO): its year is the tree's folder. */
  date: string;
}

async function readIfThere(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/**
 * Copies the export into `<syncFolder>/Resumés/<year>/` durably and returns where it is. A file
 * of that name with other bytes (a colleague's, another laptop's export) is never overwritten:
 * the copy is numbered " (2)", " (3)", …; one with the same bytes is this copy already (a
 * retry). Throws when the shared folder is not there: its folder is never made anew by us,
 * since a fresh empty one would be synced out as if it had been emptied.
 */
export async function copyExportToSyncFolder(syncFolder: string, copy: ExportToCopy): Promise<string> {
  const bytes = await readFile(copy.source);
  if (!(await stat(syncFolder).then((info) => info.isDirectory(), () => false))) throw new Error(`the shared folder ${syncFolder} cannot be reached`);
  const folder = join(syncFolder, ...exportCopyFolder(copy.date));
  return runExclusive(`export-copy:${folder}`, async () => {
    await mkdir(folder, { recursive: true });
    for (let n = 1; ; n += 1) {
      const target = join(folder, numberedFileName(copy.fileName, n));
      const there = await readIfThere(target);
      if (there?.equals(bytes)) return target;
      if (there) continue;
      if ((await placeNew(target, bytes)) === 'taken') continue;
      return target;
    }
  });
}

/** Hard links refused by the file system (FAT, some network shares): then the name is checked, then replaced. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS', 'EACCES']);

/**
 * Puts `bytes` under `target` only while no file has that name, so a file the sync service
 * delivers meanwhile is never replaced: a temp file, fsync, a hard link (which refuses a taken
 * name), the temp removed, the folder synced. Where links are not possible, a durable replace
 * of the name found free a moment ago.
 */
export async function placeNew(target: string, bytes: Uint8Array): Promise<'placed' | 'taken'> {
  const temp = tempPathBeside(target);
  try {
    await writeNewSynced(temp, bytes);
    await link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return 'taken';
    if (!NO_LINKS.has(code)) throw error;
    await writeFileDurable(target, bytes);
    return 'placed';
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  await syncFolder(dirname(target));
  return 'placed';
}
