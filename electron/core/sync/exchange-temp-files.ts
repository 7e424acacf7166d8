import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { DEVICES_FOLDER, MEETINGS_FOLDER, PEOPLE_FOLDER, deviceOfFileName } from './exchange-paths';

/**
 * writeFileDurable's temp name: `.<file>.<pid>.<8 hex>.tmp`. In the exchange folder every file a
 * device writes is named `<device>.json`, so the temp file names its writer.
 */
const TEMP_FILE = /^\.(.+)\.\d+\.[0-9a-f]{8}\.tmp$/;

/**
 * Younger than this, a temp file may be a write still under way (the CLI's round beside the
 * app's, a big meeting on a slow network drive). The pid cannot tell: it may be another
 * process of this laptop, and after a restart a new one may carry the old number.
 */
export const STALE_EXCHANGE_TEMP_MS = 10 * 60_000;

/** The device whose file a temp file in the exchange folder was to become; undefined for anything else. */
export function tempFileDevice(name: string): string | undefined {
  const target = TEMP_FILE.exec(name)?.[1];
  return target === undefined ? undefined : deviceOfFileName(target);
}

/** Folders a device writes its files in: devices/, people/ and each meeting's folder. */
async function writtenFolders(exchangeDir: string): Promise<string[]> {
  const meetings = await readdir(join(exchangeDir, MEETINGS_FOLDER)).catch(() => [] as string[]);
  return [DEVICES_FOLDER, PEOPLE_FOLDER, ...meetings.map((folder) => join(MEETINGS_FOLDER, folder))].map((folder) => join(exchangeDir, folder));
}

/**
 * Removes the temp files a killed write of `device` left in the exchange folder: only its own
 * (another device's may be a write under way there, and is that device's to remove), and only
 * when older than STALE_EXCHANGE_TEMP_MS. Other devices skip them meanwhile (names starting
 * with `.`). Best effort: a file it cannot stat or remove stays for the next full round.
 * Returns the paths removed, relative to the exchange folder.
 */
export async function removeStaleExchangeTempFiles(exchangeDir: string, device: string, now: Date): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of await writtenFolders(exchangeDir)) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((candidate) => tempFileDevice(candidate) === device)) {
      const file = join(folder, name);
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile() || now.getTime() - info.mtimeMs < STALE_EXCHANGE_TEMP_MS) continue;
      await unlink(file).then(
        () => removed.push(file.slice(exchangeDir.length + 1).split('\\').join('/')),
        () => undefined,
      );
    }
  }
  return removed;
}
