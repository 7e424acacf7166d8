import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { NoticeSchema, type Notice } from '../../../shared/api/contract';
import { writeFileDurable } from '../storage/durable-write';
import { moveToQuarantine } from '../storage/quarantine';
import { withoutByteOrderMark } from '../storage/text-file';

const NoticeLogFileSchema = z.object({ version: z.literal(1), notices: z.array(NoticeSchema) });

/** Old notices beyond this many are dropped first: a log, not an archive (quarantine/ keeps the files). */
const MAX_NOTICES = 200;

const sameSubject = (a: Notice, b: Notice): boolean => a.code === b.code && a.file === b.file && a.movedTo === b.movedTo;

/**
 * The notices the user has not dismissed yet, kept in notices.json so that what was set aside,
 * repaired or refused is still said after a restart, until she closes it.
 */
export class NoticeLog {
  private notices: Notice[] = [];
  private saving: Promise<void> = Promise.resolve();
  private readonly file: string;

  private constructor(
    private readonly workspaceDir: string,
    private readonly now: () => Date,
  ) {
    this.file = join(workspaceDir, 'notices.json');
  }

  static async open(workspaceDir: string, now: () => Date): Promise<NoticeLog> {
    const log = new NoticeLog(workspaceDir, now);
    await log.load();
    return log;
  }

  private async load(): Promise<void> {
    let text: string;
    try {
      text = withoutByteOrderMark(await readFile(this.file, 'utf8'));
    } catch {
      return;
    }
    let parsed;
    try {
      parsed = NoticeLogFileSchema.safeParse(JSON.parse(text));
    } catch {
      parsed = undefined;
    }
    if (parsed?.success) {
      this.notices = parsed.data.notices;
      return;
    }
    const notice = await moveToQuarantine(this.workspaceDir, this.file, 'not a valid notices log', this.now()).catch(() => undefined);
    if (notice) this.add(notice);
  }

  /** Adds a notice unless the same one is still open; returns it with its id. */
  add(notice: Notice): Notice {
    const open = this.notices.find((present) => sameSubject(present, notice));
    if (open) return open;
    const logged = { ...notice, id: randomBytes(6).toString('hex'), at: this.now().toISOString() };
    this.notices = [...this.notices, logged].slice(-MAX_NOTICES);
    this.persist();
    return logged;
  }

  list(): Notice[] {
    return [...this.notices];
  }

  /** Closes a notice for good; false when there is none of that id. */
  dismiss(id: string): boolean {
    const before = this.notices.length;
    this.notices = this.notices.filter((notice) => notice.id !== id);
    if (this.notices.length === before) return false;
    this.persist();
    return true;
  }

  /** Resolves once every change so far is on disk (or failed to be, which is logged). */
  flush(): Promise<void> {
    return this.saving;
  }

  private persist(): void {
    const text = `${JSON.stringify({ version: 1, notices: this.notices }, null, 2)}\n`;
    this.saving = this.saving
      .then(() => writeFileDurable(this.file, text))
      .catch((error: unknown) => console.warn(`notulist: could not keep the notices in ${this.file}: ${error instanceof Error ? error.message : String(error)}`));
  }
}
