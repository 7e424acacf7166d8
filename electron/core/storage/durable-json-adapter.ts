import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Adapter } from 'lowdb';
import type { Notice } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { writeFileDurable } from './durable-write';
import { copyToQuarantine, moveToQuarantine } from './quarantine';
import { withoutByteOrderMark } from './text-file';
import type { Interpretation } from '../workspace/workspace-file';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * lowdb's own JSONFile adapter neither fsyncs nor retries a refused rename, and would answer a
 * corrupt file with an exception or, worse, defaults written over it. This one writes durably;
 * a file that does not parse or is invalid goes to quarantine, one with some invalid values is
 * repaired with a copy kept in quarantine, and one from a newer program is read as far as
 * understood but never written over. Each is reported as a notice.
 */
export class DurableJsonAdapter<T> implements Adapter<T> {
  /** Why writing is refused (the file is newer, or damaged and could not be set aside). */
  private refusal: string | undefined;

  constructor(
    private readonly file: string,
    private readonly interpret: (raw: unknown) => Interpretation<T>,
    private readonly workspaceDir: string,
    private readonly onNotice: (notice: Notice) => void,
    private readonly now: () => Date,
  ) {}

  /** Whether write() would refuse; callers skip writes that can wait (the meeting index). */
  get readOnly(): boolean {
    return this.refusal !== undefined;
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = withoutByteOrderMark(await readFile(this.file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new ApiError('storage', `cannot read ${this.file}: ${messageOf(error)}`);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return this.quarantine(`not valid JSON: ${messageOf(error)}`);
    }
    const found = this.interpret(raw);
    switch (found.kind) {
      case 'ok':
        return found.data;
      case 'invalid':
        return this.quarantine(`does not match its schema: ${found.problems.join('; ')}`);
      case 'newer':
        this.refusal = `${found.reason}; it was not overwritten`;
        this.onNotice({ code: 'newer-file', message: this.refusal, file: this.file });
        return found.data;
      case 'repaired': {
        const reason = `values reset to their defaults: ${found.problems.join('; ')}`;
        const copy = await copyToQuarantine(this.workspaceDir, this.file, reason, this.now()).catch((error: unknown) => {
          this.refusal = `${basename(this.file)} has invalid values and no copy could be kept (${messageOf(error)}); it was not overwritten`;
          return undefined;
        });
        this.onNotice({ code: 'repaired', message: `${basename(this.file)}: ${reason}`, file: this.file, details: found.problems.join('; '), ...(copy ? { movedTo: copy } : {}) });
        return found.data;
      }
    }
  }

  async write(data: T): Promise<void> {
    if (this.refusal) throw new ApiError('storage', this.refusal);
    await writeFileDurable(this.file, `${JSON.stringify(data, null, 2)}\n`);
  }

  private async quarantine(reason: string): Promise<null> {
    try {
      this.onNotice(await moveToQuarantine(this.workspaceDir, this.file, reason, this.now()));
    } catch (error) {
      // A read-only workspace: the damaged file stays where it is, untouched, and is never written over.
      this.refusal = `${basename(this.file)} could not be read (${reason}) and could not be moved to quarantine (${messageOf(error)}); it was left as it is and will not be overwritten`;
      this.onNotice({ code: 'unwritable', message: this.refusal, file: this.file, details: reason });
    }
    return null;
  }
}
