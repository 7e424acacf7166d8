import { copyFile, link, mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notice } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { MeetingSchema, type AgendaItem, type Meeting, type Section } from '../../shared/model/meeting';
import { markValidated } from '../../shared/api/validated';
import { parseMeetingFile, type MeetingFileResult } from '../../shared/model/meeting-file';
import { meetingLimitProblems } from '../../shared/model/limits';
import { writeFileDurable } from './durable-write';
import { jsonWithArray } from './json-join';
import { runExclusive } from './keyed-queue';
import { moveToQuarantine } from './quarantine';

/** Which version of a file is on disk: a durable write replaces the inode, an edit in place the times. */
async function identityOf(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file, { bigint: true });
    return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
  } catch {
    return undefined;
  }
}

/** Ids become file names: nothing that could climb out of the meetings folder. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function assertSafeId(id: string): void {
  if (!SAFE_ID.test(id)) throw new ApiError('invalid-argument', `not a valid meeting id: ${JSON.stringify(id)}`);
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * One JSON file per meeting under meetings/, the previous version of each under backups/.
 * A damaged file goes to quarantine and, where its backup is sound, the backup takes its place.
 */
export class MeetingStore {
  private readonly meetingsDir: string;
  private readonly backupsDir: string;
  /** The latest domain tables of each meeting read or written, so a save may send only the changed ones. */
  private readonly tables = new Map<string, Map<string, Section>>();
  /**
   * Each table's and each item's UTF-8 JSON, made once per version: for a long meeting,
   * serializing and encoding the unchanged parts, not the disk, was most of a save's cost
   * (npm run bench).
   */
  private readonly encoded = new WeakMap<Section | AgendaItem, Buffer>();
  /**
   * The meeting as last read or written, with the file's identity then: reading an unchanged
   * file again (a reload, the export, the next meeting's lookup) skips parsing and validating
   * it, and any other program replacing or editing the file changes the identity. The store
   * keeps the objects it is given and returns: nobody may change them afterwards (the core's
   * come fresh from a validated request or file).
   */
  private readonly lastRead = new Map<string, { identity: string; meeting: Meeting }>();

  constructor(
    private readonly workspaceDir: string,
    private readonly onNotice: (notice: Notice) => void,
    private readonly now: () => Date,
  ) {
    this.meetingsDir = join(workspaceDir, 'meetings');
    this.backupsDir = join(workspaceDir, 'backups');
  }

  async init(): Promise<void> {
    await mkdir(this.meetingsDir, { recursive: true });
    await mkdir(this.backupsDir, { recursive: true });
  }

  fileOf(id: string): string {
    assertSafeId(id);
    return join(this.meetingsDir, `${id}.json`);
  }

  private backupOf(id: string): string {
    return join(this.backupsDir, `${id}.json`);
  }

  /** Ids of every meeting file on disk. */
  async listIds(): Promise<string[]> {
    const names = await readdir(this.meetingsDir);
    return names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)).filter((id) => SAFE_ID.test(id));
  }

  async hasBackup(id: string): Promise<boolean> {
    return (await this.readText(this.backupOf(id))) !== undefined;
  }

  async read(id: string): Promise<Meeting> {
    const file = this.fileOf(id);
    return runExclusive(`meeting:${id}`, async () => {
      const identity = await identityOf(file);
      const cached = this.lastRead.get(id);
      if (cached && identity !== undefined && cached.identity === identity) return cached.meeting;
      const text = await this.readText(file);
      if (text === undefined) return this.restoreFromBackup(id, 'the meeting file is missing');
      const result = this.check(id, parseMeetingFile(text));
      if (result.ok) {
        // The identity from before the read: should the file change meanwhile, the next read sees it.
        if (identity !== undefined) this.lastRead.set(id, { identity, meeting: result.meeting });
        return this.remember(markValidated(MeetingSchema, result.meeting));
      }
      if (result.kind === 'newer-version') {
        throw new ApiError('storage', `${file} was written by a newer Notulist: ${result.problems.join('; ')}`);
      }
      this.onNotice(await moveToQuarantine(this.workspaceDir, file, result.problems.join('; '), this.now()));
      return this.restoreFromBackup(id, 'the meeting file was damaged');
    });
  }

  /**
   * Keeps the current version as the backup, then replaces it durably. The backup is a hard link
   * (a copy where links are not supported): no second full write and fsync on every keystroke
   * pause, and the meeting file itself is never absent, not even for a moment.
   */
  async write(meeting: Meeting): Promise<void> {
    const { sections, ...header } = meeting;
    return this.writeJoined(header, sections.map((section) => section.id), new Map(sections.map((section) => [section.id, section])));
  }

  /**
   * Saves the meeting's own fields with its domain tables in `order`: those in `changed` as
   * given, the others as last read or written, with the items in `changedItems` put in place of
   * the items of the same id. Throws invalid-argument for a table or item it does not know, so
   * the caller can send the whole meeting instead.
   */
  async writeChanges(
    header: Omit<Meeting, 'sections'>,
    order: string[],
    changed: Section[],
    changedItems: readonly { sectionId: string; item: AgendaItem }[] = [],
  ): Promise<void> {
    this.fileOf(header.id);
    if (!this.tables.has(header.id)) await this.read(header.id).catch(() => undefined);
    const known = new Map(this.tables.get(header.id) ?? []);
    for (const section of changed) known.set(section.id, section);
    for (const { sectionId, item } of changedItems) {
      const section = known.get(sectionId);
      const index = section ? section.items.findIndex((present) => present.id === item.id) : -1;
      if (!section || index < 0) {
        throw new ApiError('invalid-argument', `meeting ${header.id}: unknown agenda item ${item.id} in domain table ${sectionId}; send the whole meeting`);
      }
      known.set(sectionId, { ...section, items: section.items.map((present, at) => (at === index ? item : present)) });
    }
    const unknown = order.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new ApiError('invalid-argument', `meeting ${header.id}: unknown domain tables ${unknown.join(', ')}; send the whole meeting`);
    return this.writeJoined(header, order, known);
  }

  private async writeJoined(header: Omit<Meeting, 'sections'>, order: string[], tables: Map<string, Section>): Promise<void> {
    const meetingId = header.id;
    const file = this.fileOf(meetingId);
    const sections = order.map((id) => tables.get(id)!);
    // Never write a file that reading it back would refuse.
    const overLimits = meetingLimitProblems({ ...header, sections });
    if (overLimits.length > 0) throw new ApiError('too-large', `meeting ${meetingId} is over Notulist's limits`, overLimits.map((problem) => problem.message));
    // Compact JSON, the same document JSON.stringify(meeting) would give with `sections` last.
    const text = jsonWithArray(header, 'sections', sections.map((section) => this.jsonOf(section)));
    return runExclusive(`meeting:${meetingId}`, async () => {
      const backup = this.backupOf(meetingId);
      const keepBackup = async () => {
        await unlink(backup).catch((error: unknown) => {
          if (!isMissing(error)) throw error;
        });
        try {
          await link(file, backup);
        } catch (error) {
          if (!isMissing(error)) await copyFile(file, backup).catch(() => undefined);
        }
      };
      // The backup link is made while the new version is written.
      this.lastRead.delete(meetingId);
      await writeFileDurable(file, text, undefined, keepBackup);
      this.tables.set(meetingId, new Map(sections.map((section) => [section.id, section])));
      // What was just written is what the next read would find; it came validated from the request.
      const identity = await identityOf(file);
      if (identity !== undefined) this.lastRead.set(meetingId, { identity, meeting: markValidated(MeetingSchema, { ...header, sections }) });
    });
  }

  private jsonOf(section: Section): Buffer {
    let json = this.encoded.get(section);
    if (!json) {
      const { items, ...own } = section;
      json = jsonWithArray(own, 'items', items.map((item) => this.itemJsonOf(item)));
      this.encoded.set(section, json);
    }
    return json;
  }

  private itemJsonOf(item: AgendaItem): Buffer {
    let json = this.encoded.get(item);
    if (!json) {
      json = Buffer.from(JSON.stringify(item));
      this.encoded.set(item, json);
    }
    return json;
  }

  /** Deleting never destroys: the file and its backup move to trash/. */
  async moveToTrash(id: string): Promise<void> {
    const file = this.fileOf(id);
    this.tables.delete(id);
    this.lastRead.delete(id);
    return runExclusive(`meeting:${id}`, async () => {
      const trash = join(this.workspaceDir, 'trash');
      await mkdir(trash, { recursive: true });
      const stamp = this.now().toISOString().replace(/[:.]/g, '-');
      await rename(file, join(trash, `${stamp}-${id}.json`)).catch((error: unknown) => {
        if (!isMissing(error)) throw error;
      });
      await rename(this.backupOf(id), join(trash, `${stamp}-${id}.backup.json`)).catch(() => undefined);
    });
  }

  private check(id: string, result: MeetingFileResult): MeetingFileResult {
    if (result.ok && result.meeting.id !== id) {
      return { ok: false, kind: 'schema', problems: [`id: the file is named ${id} but holds meeting ${result.meeting.id}`] };
    }
    return result;
  }

  private async restoreFromBackup(id: string, why: string): Promise<Meeting> {
    const backupText = await this.readText(this.backupOf(id));
    const result = backupText === undefined ? undefined : this.check(id, parseMeetingFile(backupText));
    if (!result?.ok) {
      throw new ApiError(why.includes('missing') ? 'not-found' : 'storage', `meeting ${id}: ${why} and no usable backup exists`);
    }
    await writeFileDurable(this.fileOf(id), backupText!);
    this.onNotice({
      code: 'restored-from-backup',
      message: `meeting ${id}: ${why}; restored its previous version from the backup`,
      file: this.fileOf(id),
    });
    return this.remember(result.meeting);
  }

  /** Tables are encoded only when a save needs them: reading stays a parse, not a parse and a stringify. */
  private remember(meeting: Meeting): Meeting {
    this.tables.set(meeting.id, new Map(meeting.sections.map((section) => [section.id, section])));
    return meeting;
  }

  private async readText(file: string): Promise<string | undefined> {
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw new ApiError('storage', `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
