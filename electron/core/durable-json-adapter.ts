import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import type { Notice } from '../../shared/api/contract';
import { describeIssues } from '../../shared/api/errors';
import { writeFileDurable } from './durable-write';
import { moveToQuarantine } from './quarantine';

/**
 * lowdb's own JSONFile adapter neither fsyncs nor retries a refused rename, and would answer a
 * corrupt file with an exception or, worse, defaults written over it. This one writes durably and
 * quarantines a file that does not parse or fails its schema, reporting it as a notice.
 */
export class DurableJsonAdapter<T> implements Adapter<T> {
  constructor(
    private readonly file: string,
    private readonly schema: z.ZodType<T>,
    private readonly workspaceDir: string,
    private readonly onNotice: (notice: Notice) => void,
    private readonly now: () => Date,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return this.quarantine(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = this.schema.safeParse(raw);
    if (!parsed.success) return this.quarantine(`does not match its schema: ${describeIssues(parsed.error).join('; ')}`);
    return parsed.data;
  }

  async write(data: T): Promise<void> {
    await writeFileDurable(this.file, `${JSON.stringify(data, null, 2)}\n`);
  }

  private async quarantine(reason: string): Promise<null> {
    this.onNotice(await moveToQuarantine(this.workspaceDir, this.file, reason, this.now()));
    return null;
  }
}
