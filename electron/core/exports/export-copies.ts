import { access, mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { ExportCopy } from '../../../shared/api/contract';
import { writeFileDurable } from '../storage/durable-write';
import { isMissing } from '../storage/fs-errors';
import { runExclusive } from '../storage/keyed-queue';
import { copyExportToSyncFolder, type ExportToCopy } from './export-copy';

/** In the workspace's own sync folder: the copies waiting for the shared folder to come back. */
export const PENDING_EXPORT_COPIES_FILE = 'pending-export-copies.json';

const PendingSchema = z.array(z.object({ source: z.string().min(1), fileName: z.string().min(1), date: z.string() }));

/**
 * The copies of exports into the shared folder (docs/sync.md, "Exports in the shared folder").
 * A copy that cannot be made now waits in a small list on disk and is made at the next sync
 * round. The list is read and written whole each time, never kept in memory, so the CLI and
 * the app can both add to it; only its length is remembered, for the status.
 */
export class ExportCopies {
  private readonly file: string;
  /** Copies waiting, as last read or written; undefined before the list was first looked at. */
  waiting: number | undefined;

  constructor(workspaceDir: string) {
    this.file = join(workspaceDir, 'sync', PENDING_EXPORT_COPIES_FILE);
  }

  /** Copies the export now, or notes it for the next round when the shared folder cannot be written. */
  async copy(syncFolder: string, copy: ExportToCopy): Promise<ExportCopy> {
    try {
      return { status: 'copied', path: await copyExportToSyncFolder(syncFolder, copy) };
    } catch (error) {
      await this.change((pending) => [...pending, copy]);
      console.warn(`notulist: the copy of ${copy.source} to the shared folder waits: ${error instanceof Error ? error.message : String(error)}`);
      return { status: 'waiting' };
    }
  }

  /**
   * Makes the waiting copies, in order, until one fails (the folder is still away). A copy whose
   * export was deleted meanwhile is dropped, with a warning: there is nothing left to copy.
   */
  async retry(syncFolder: string): Promise<void> {
    await this.change(async (pending) => {
      const left: ExportToCopy[] = [];
      for (const copy of pending) {
        if (left.length > 0) left.push(copy);
        else if (!(await access(copy.source).then(() => true, () => false))) console.warn(`notulist: ${copy.source} is gone; its copy to the shared folder is dropped`);
        else await copyExportToSyncFolder(syncFolder, copy).catch(() => left.push(copy));
      }
      return left;
    });
  }

  /** The list changed by `update`, written durably when it changed; one change at a time in this process. */
  private change(update: (pending: ExportToCopy[]) => ExportToCopy[] | Promise<ExportToCopy[]>): Promise<void> {
    return runExclusive(this.file, async () => {
      const pending = await this.read();
      const next = await update(pending);
      if (JSON.stringify(next) !== JSON.stringify(pending)) {
        await mkdir(dirname(this.file), { recursive: true });
        await writeFileDurable(this.file, `${JSON.stringify(next, null, 2)}\n`);
      }
      this.waiting = next.length;
    });
  }

  /** The list; a damaged one is set aside beside it (said, never overwritten) and the list starts empty. */
  private async read(): Promise<ExportToCopy[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const parsed = PendingSchema.safeParse(json);
    if (parsed.success) return parsed.data;
    const aside = `${this.file}.damaged-${Date.now()}`;
    await rename(this.file, aside);
    console.warn(`notulist: sync/${PENDING_EXPORT_COPIES_FILE} could not be read and was set aside as ${aside}; the copies it named are not made`);
    return [];
  }
}
