import { mkdir, open, readFile, readdir, rename, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isMissing } from '../storage/fs-errors';
import { syncFolder, writeFileDurable, type WriteOps } from '../storage/durable-write';

/** Must be done before a write replaces the file: it runs while the new file goes to the disk, and a throw keeps the old file. */
export type BeforeReplace = () => Promise<void>;

/**
 * The few file operations sync needs, on paths relative to one folder ('/'-separated). The
 * real one works on disk; the simulation gives each device its own in-memory folder and a
 * simulated sync service in between, with all its faults.
 */
export interface SyncFs {
  /** The file's bytes; undefined when it is not there. Throws when it cannot be read now. */
  read(path: string): Promise<Uint8Array | undefined>;
  /** Replaces the file whole: temp file, fsync, rename with retry; makes the folders. */
  write(path: string, data: Uint8Array, beforeReplace?: BeforeReplace): Promise<void>;
  /**
   * Adds bytes at the end of the file (made if missing) and returns once they are on the disk.
   * Optional: without it, local states are always written whole.
   */
  append?(path: string, data: Uint8Array): Promise<void>;
  /** The names in a folder; [] when the folder is not there. */
  list(folder: string): Promise<string[]>;
  /** Moves a file (into the attic); its folder is made. */
  move(from: string, to: string): Promise<void>;
  /**
   * What tells this version of the file from any other (device, inode, size, mtime), without
   * reading it; undefined when it is not there. Optional: without it, files are read to be recognised.
   */
  identity?(path: string): Promise<string | undefined>;
}

/**
 * The disk under `root`. With `within`, nothing is written unless that folder is there: a
 * shared folder that vanished mid-round (a network drive gone) is not made anew by our mkdir,
 * since a fresh empty folder there would be synced out as if the exchange had been emptied.
 */
export function diskSyncFs(root: string, ops?: WriteOps, within?: string): SyncFs {
  const full = (path: string) => join(root, ...path.split('/'));
  const rootPresent = async () => {
    if (within !== undefined && !(await stat(within).then((info) => info.isDirectory(), () => false))) throw new Error(`${within} is not there`);
  };
  return {
    async read(path) {
      try {
        return new Uint8Array(await readFile(full(path)));
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    async write(path, data, beforeReplace) {
      await rootPresent();
      await mkdir(dirname(full(path)), { recursive: true });
      await writeFileDurable(full(path), data, ops, { beforeReplace });
    },
    async append(path, data) {
      await rootPresent();
      await mkdir(dirname(full(path)), { recursive: true });
      const handle = await open(full(path), 'a');
      try {
        const isNew = (await handle.stat()).size === 0;
        await handle.write(data);
        await handle.datasync();
        // A file just made is there after a crash only once its folder entry is synced.
        if (isNew) await syncFolder(dirname(full(path)));
      } finally {
        await handle.close();
      }
    },
    async list(folder) {
      try {
        return await readdir(full(folder));
      } catch (error) {
        if (isMissing(error)) return [];
        throw error;
      }
    },
    async identity(path) {
      const info = await stat(full(path), { bigint: true }).catch(() => undefined);
      return info && `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}`;
    },
    async move(from, to) {
      await rootPresent();
      await mkdir(dirname(full(to)), { recursive: true });
      await rename(full(from), full(to));
    },
  };
}
