import { randomBytes } from 'node:crypto';
import { open, readdir, rename as fsRename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { runExclusive } from './keyed-queue';

/** File-system operations a test may replace to inject faults; everything else is the real fs. */
export interface WriteOps {
  rename: (from: string, to: string) => Promise<void>;
}

const REAL_OPS: WriteOps = { rename: fsRename };

const TEMP_SUFFIX = '.tmp';
/** The temp files writeFileDurable names: `.<name>.<pid>.<8 hex>.tmp`, nothing else. */
const OWN_TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;
/** A temp file younger than this may belong to a write still under way in another process. */
export const STALE_TEMP_AGE_MS = 10_000;

/** Whether the process that named a temp file is still running (then its write may be under way). */
function writerAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temp files a crash left behind in `folder`: only this module's own pattern, and
 * only when the process that wrote it is gone or the file is older than STALE_TEMP_AGE_MS (a
 * restart right after a crash finds the fresh temp file of the killed process). Returns how
 * many were removed.
 */
export async function removeStaleTempFiles(folder: string, now: Date): Promise<number> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = OWN_TEMP_FILE.exec(name)?.[1];
    if (pid === undefined) continue;
    const file = join(folder, name);
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) continue;
    if (writerAlive(Number(pid)) && now.getTime() - info.mtimeMs < STALE_TEMP_AGE_MS) continue;
    await unlink(file).then(
      () => (removed += 1),
      () => undefined,
    );
  }
  return removed;
}

/** Windows antivirus and OneDrive briefly hold files open; these codes mean "try again soon". */
const TRANSIENT_RENAME_ERRORS = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** 20 ms doubling, eight tries: about five seconds before a save is reported as failed. */
const RENAME_DELAYS_MS = [20, 40, 80, 160, 320, 640, 1280, 2560];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function renameWithRetry(from: string, to: string, ops: WriteOps): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await ops.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const delay = RENAME_DELAYS_MS[attempt];
      if (!TRANSIENT_RENAME_ERRORS.has(code) || delay === undefined) throw error;
      await sleep(delay);
    }
  }
}

/** fsync of the folder makes the rename itself durable; Windows cannot open folders for it. */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EACCES', 'ENOTSUP'].includes(code)) throw error;
  } finally {
    await handle?.close();
  }
}

/** A temp file's name beside `path`, in the pattern removeStaleTempFiles knows: `.<name>.<pid>.<8 hex>.tmp`. */
export const tempPathBeside = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);

/** Creates `path` (refusing an existing one) with `data`, on the disk before it returns. */
export async function writeNewSynced(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Work of a caller's that waits on the disk too, run beside the write's own waits. */
export interface WriteHooks {
  /** Must be done before the old file is replaced; runs while the new one is written and synced. */
  beforeReplace?: () => Promise<void>;
  /** Runs once the new file is in place, while the folder is synced (e.g. reading its identity). */
  afterReplace?: () => Promise<void>;
}

/**
 * Replaces `path` with `data` so that after a crash at any moment the file holds either the old
 * or the new content, complete: temp file in the same folder, fsync, rename, fsync the folder.
 */
export function writeFileDurable(path: string, data: string | Uint8Array, ops: WriteOps = REAL_OPS, hooks: WriteHooks = {}): Promise<void> {
  return runExclusive(`write:${path}`, async () => {
    const temp = tempPathBeside(path);
    try {
      await Promise.all([writeNewSynced(temp, data), hooks.beforeReplace?.()]);
      await renameWithRetry(temp, path, ops);
      await Promise.all([syncFolder(dirname(path)), hooks.afterReplace?.()]);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      // A caller's own refusal (e.g. a meeting over the limits) keeps its code and details.
      if (error instanceof ApiError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new ApiError('storage', `could not save ${path}: ${reason}`);
    }
  });
}
