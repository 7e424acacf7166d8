import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * A file-copying "sync service" between folders on disk: a file that changed in one folder
 * since the service last looked is copied to the others, as OneDrive or Syncthing would.
 * A file that did not change where it is read never overwrites a newer one elsewhere.
 */
export class CopyingService {
  private readonly seen = new Map<string, Buffer>();

  constructor(private readonly folders: string[]) {}

  private async files(folder: string): Promise<Map<string, Buffer>> {
    const files = new Map<string, Buffer>();
    for (const name of await readdir(folder, { recursive: true })) {
      const path = join(folder, name);
      // Temp files of a write under way are not synced (they are renamed in a moment).
      if (name.split('/').some((part) => part.startsWith('.')) || !(await stat(path)).isFile()) continue;
      files.set(name, await readFile(path));
    }
    return files;
  }

  /** One pass: every changed file reaches every other folder. */
  async run(): Promise<void> {
    for (const [index, folder] of this.folders.entries()) {
      for (const [name, bytes] of await this.files(folder)) {
        if (this.seen.get(name)?.equals(bytes)) continue;
        this.seen.set(name, bytes);
        for (const other of this.folders.filter((_, at) => at !== index)) {
          await mkdir(dirname(join(other, name)), { recursive: true });
          await writeFile(join(other, name), bytes);
        }
      }
    }
  }
}

/** Both laptops sync and the service copies what changed, twice; then both sync once more: every edit has crossed. */
export async function exchangeRounds(a: { sync(): Promise<unknown> }, b: { sync(): Promise<unknown> }, service: CopyingService): Promise<void> {
  for (let round = 0; round < 2; round += 1) {
    await a.sync();
    await b.sync();
    await service.run();
  }
  await a.sync();
  await b.sync();
}
