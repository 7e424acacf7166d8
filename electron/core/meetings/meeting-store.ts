import { mkdir, readdir, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Notice } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { MeetingSchema, type AgendaItem, type Meeting, type Section } from '../../../shared/model/meeting';
import { applySavedChanges, type SavedChanges } from './saved-changes';
import { MeetingJournal, warnCheckpoint } from './meeting-journal';
import { recoverJournal, recoverJournals, type RecoveringStore } from './journal-recovery';
import { markValidated } from '../../../shared/api/validated';
import { parseMeetingFile } from '../../../shared/model/meeting-file';
import { jsonWithArray } from '../storage/json-join';
import { runExclusive } from '../storage/keyed-queue';
import { identityOf, KnownVersions } from '../storage/known-versions';
import { MeetingHistory, type StoredVersion } from './meeting-history';
import { assertWithinLimits, MeetingFileWrites, type Replaced } from './meeting-file-writes';
import { SectionJson } from './section-json';
import { SavedSections } from './saved-sections';
import { moveToQuarantine } from '../storage/quarantine';
import { readTextIfPresent, withoutByteOrderMark } from '../storage/text-file';
import { assertSafeId, checkHeldId, isSafeId } from './meeting-ids';
import { ImpossibleDateError } from './impossible-date-error';

/** What a write did besides writing: the version another program had put there, kept aside. */
export interface WriteOutcome {
  conflictCopy?: string;
}

/**
 * One JSON file per meeting under meetings/, its earlier versions under backups/<id>/ (see
 * MeetingHistory). A damaged file goes to quarantine and, where a backup is sound, the latest
 * sound one takes its place. A file another program changed since this store read or wrote it
 * is never overwritten unseen: it is kept under conflicts/<id>/ first, and the user is told.
 */
export class MeetingStore {
  private readonly meetingsDir: string;
  private readonly backupsDir: string;
  private readonly sections = new SavedSections();
  private readonly encoded = new SectionJson();
  /**
   * The meeting as last read or written, with the file's identity then: reading an unchanged
   * file again (a reload, the export, the next meeting's lookup) skips parsing and validating
   * it, and any other program replacing or editing the file changes the identity. The store
   * keeps the objects it is given and returns: nobody may change them afterwards (the core's
   * come fresh from a validated request or file).
   */
  private readonly lastRead = new Map<string, { identity: string; meeting: Meeting }>();
  private readonly known = new KnownVersions();
  private readonly history: MeetingHistory;
  private readonly writes: MeetingFileWrites;
  /** Saves while typing, appended here until a checkpoint writes the meeting file (meeting-journal.ts). */
  private readonly journal: MeetingJournal;
  private readonly recovering: RecoveringStore;
  /** Told after every meeting saved (with it) or moved to trash (without). */
  private readonly listeners: ((id: string, meeting?: Meeting) => void)[] = [];

  constructor(
    private readonly workspaceDir: string,
    private readonly onNotice: (notice: Notice) => void,
    private readonly now: () => Date,
  ) {
    this.meetingsDir = join(workspaceDir, 'meetings');
    this.backupsDir = join(workspaceDir, 'backups');
    this.history = new MeetingHistory(workspaceDir);
    this.writes = new MeetingFileWrites(this.history, this.known, onNotice);
    this.journal = new MeetingJournal(this.meetingsDir, (id) => this.checkpoint(id));
    this.recovering = { workspaceDir, journal: this.journal, onNotice, now, read: (id) => this.read(id), checkpoint: (id) => this.checkpoint(id) };
  }

  /** Makes the folders and replays the journals a crash left, before anything reads a meeting. */
  async init(): Promise<void> {
    await mkdir(this.meetingsDir, { recursive: true });
    await mkdir(this.backupsDir, { recursive: true });
    await recoverJournals(this.recovering, this.meetingsDir);
  }

  onChange(listener: (id: string, meeting?: Meeting) => void): void {
    this.listeners.push(listener);
  }

  fileOf(id: string): string {
    assertSafeId(id);
    return join(this.meetingsDir, `${id}.json`);
  }

  /** Ids of every meeting file on disk. */
  async listIds(): Promise<string[]> {
    const names = await readdir(this.meetingsDir);
    return names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)).filter(isSafeId);
  }

  async hasBackup(id: string): Promise<boolean> {
    return (await this.history.list(id)).some((version) => version.kind === 'saved');
  }

  /** Earlier versions of a meeting, newest first: saved ones and conflict copies. */
  async listVersions(id: string): Promise<StoredVersion[]> {
    await this.checkpoint(id);
    return this.history.list(id);
  }

  async read(id: string): Promise<Meeting> {
    const file = this.fileOf(id);
    // Opening, exporting, a lookup: the journaled saves go into the file (failing that, read from memory).
    if (this.journal.latest(id)) await this.checkpoint(id).catch((error: unknown) => warnCheckpoint(id, error));
    const held = this.journal.latest(id);
    if (held) return held;
    // A journal no store of this process wrote (another store's, left by a kill) is replayed on first reading.
    if (this.journal.claimReplay(id)) await recoverJournal(this.recovering, id);
    return runExclusive(`meeting:${id}`, async () => {
      const identity = await identityOf(file);
      const cached = this.lastRead.get(id);
      if (cached && identity !== undefined && cached.identity === identity) return cached.meeting;
      const text = await readTextIfPresent(file);
      if (text === undefined) return this.restoreFromBackup(id, 'the meeting file is missing');
      const result = checkHeldId(id, parseMeetingFile(text));
      if (result.ok) {
        // The identity from before the read: should the file change meanwhile, the next read sees it.
        if (identity !== undefined) this.lastRead.set(id, { identity, meeting: result.meeting });
        this.known.remember(file, identity, text);
        return this.remember(markValidated(MeetingSchema, result.meeting));
      }
      if (result.kind === 'newer-version') {
        throw new ApiError('storage', `${file} was written by a newer Notulist: ${result.problems.join('; ')}`);
      }
      // Not damage: moving it to quarantine would take it out of the list for a typo in one date.
      if (result.kind === 'impossible-date') throw new ImpossibleDateError(file, result.summary, result.dates, result.problems);
      this.onNotice(await moveToQuarantine(this.workspaceDir, file, result.problems.join('; '), this.now()));
      return this.restoreFromBackup(id, 'the meeting file was damaged');
    });
  }

  /**
   * Keeps the current version as a backup, then replaces it durably. The backup is a hard link
   * (a copy where links are not supported): no second full write and fsync on every keystroke
   * pause, and the meeting file itself is never absent, not even for a moment.
   */
  async write(meeting: Meeting): Promise<WriteOutcome> {
    return runExclusive(`meeting:${meeting.id}`, () => this.writeWhole(meeting));
  }

  /** Writes only while the meeting is still at revision `base`: false when a save came between (sync's merge then retries). */
  async writeIfAt(meeting: Meeting, base: string): Promise<boolean> {
    if (!this.sections.get(meeting.id)) await this.read(meeting.id).catch(() => undefined);
    return runExclusive(`meeting:${meeting.id}`, async () => this.sections.get(meeting.id)?.revision === base && (await this.writeWhole(meeting), true));
  }

  private writeWhole({ sections, ...header }: Meeting): Promise<WriteOutcome> {
    return this.writeJoined(header, sections);
  }

  /** The revision (updatedAt) for a version of the meeting written at `at` (see SavedSections). */
  nextRevision(id: string, at: Date): string {
    return this.sections.nextRevision(id, at);
  }

  /**
   * Saves the meeting's own fields with its domain tables in `order` as `applySavedChanges` puts
   * them. Throws invalid-argument when the meeting is no longer at `base` (another tab saved, a
   * version was restored, the core restarted after another program wrote the file) or for a
   * domain table or item it does not know, so the caller can send the whole meeting instead.
   */
  async writeChanges(
    header: Omit<Meeting, 'sections'>,
    base: string,
    order: string[],
    changed: Section[],
    changedItems: readonly { sectionId: string; item: AgendaItem }[] = [],
  ): Promise<WriteOutcome> {
    this.fileOf(header.id);
    if (!this.sections.get(header.id)) await this.read(header.id).catch(() => undefined);
    return runExclusive(`meeting:${header.id}`, async () => {
      const cached = this.sections.get(header.id);
      if (cached?.revision !== base) {
        throw new ApiError('invalid-argument', `meeting ${header.id}: these changes were made on revision ${base}, but the meeting is at ${cached?.revision ?? 'an unknown revision'}; send the whole meeting`);
      }
      const changes = { meeting: header, base, sectionOrder: order, sections: changed, items: changedItems };
      const sections = applySavedChanges(cached.byId, changes);
      return (await this.journaled(changes, sections)) ? {} : this.writeJoined(header, sections);
    });
  }

  /**
   * Appends the changes to the meeting's journal when its file is still the version this store
   * last read or wrote; false when it is not (the whole write then keeps another program's
   * version as a conflict copy, as ever) or the journal cannot be written to.
   */
  private async journaled(changes: SavedChanges, sections: Section[]): Promise<boolean> {
    const { meeting: header } = changes;
    const known = this.lastRead.get(header.id);
    if (!known) return false;
    // The limits are checked on the processor while the file's identity is read from the disk.
    const identity = identityOf(this.fileOf(header.id));
    assertWithinLimits({ ...header, sections });
    if (known.identity !== (await identity)) return false;
    const meeting = markValidated(MeetingSchema, { ...header, sections });
    if (!(await this.journal.append(changes, meeting))) return false;
    this.sections.set(header.id, header.updatedAt, sections);
    this.lastRead.set(header.id, { identity: known.identity, meeting });
    for (const listener of this.listeners) listener(header.id, meeting);
    return true;
  }

  /** Writes the journaled saves of a meeting into its file and empties its journal; nothing when there are none. */
  checkpoint(id: string): Promise<void> {
    return runExclusive(`meeting:${id}`, () => this.checkpointHeld(id));
  }

  /** The checkpoint, inside the meeting's exclusive section. Not a save: the change listeners heard of it already. */
  private async checkpointHeld(id: string): Promise<void> {
    const latest = this.journal.latest(id);
    if (!latest) return;
    const { sections, ...header } = latest;
    await this.writeJoined(header, sections, true);
  }

  /** Checkpoints every meeting with journaled saves: on closing, and before the search index reads meeting files. */
  async checkpointAll(): Promise<void> {
    for (const id of this.journal.pendingIds()) await this.checkpoint(id).catch((error: unknown) => warnCheckpoint(id, error));
  }

  /** No more timed checkpoints, and every journal written into its file: on closing the core. */
  async close(): Promise<void> {
    await this.checkpointAll();
    await this.journal.stop();
  }

  /**
   * Writes the meeting from its header and domain tables, then empties its journal (this whole
   * version holds everything in it); run inside the meeting's exclusive section.
   */
  private async writeJoined(header: Omit<Meeting, 'sections'>, sections: Section[], checkpoint = false): Promise<WriteOutcome> {
    const meetingId = header.id;
    // The journaled version goes into the file first, so this write keeps it as a saved version like any other.
    if (!checkpoint) await this.checkpointHeld(meetingId);
    // Compact JSON, the same document JSON.stringify(meeting) would give with `sections` last.
    const text = jsonWithArray(header, 'sections', sections.map((section) => this.encoded.of(section)));
    // Checked before the old version is replaced, while the new one is on its way to the disk.
    const { conflictCopy, identity } = await this.replace(meetingId, header.name, text, () => assertWithinLimits({ ...header, sections }));
    await this.journal.clear(meetingId);
    this.sections.set(meetingId, header.updatedAt, sections);
    // What was just written is what the next read would find; it came validated from the request.
    if (identity !== undefined) this.lastRead.set(meetingId, { identity, meeting: markValidated(MeetingSchema, { ...header, sections }) });
    if (!checkpoint) for (const listener of this.listeners) listener(meetingId, { ...header, sections });
    return conflictCopy ? { conflictCopy } : {};
  }

  /** Writes `text` as the meeting's file, keeping the version it replaces (see MeetingFileWrites). */
  private replace(id: string, name: string, text: string | Uint8Array, check?: () => void): Promise<Replaced> {
    this.lastRead.delete(id);
    return this.writes.replace(id, this.fileOf(id), name, text, check);
  }

  /**
   * Puts an earlier version back in place; the version it replaces is kept as a version itself,
   * so the restore can be undone by restoring that one.
   */
  async restoreVersion(id: string, version: string): Promise<{ meeting: Meeting; undoVersion: string }> {
    const file = this.fileOf(id);
    // The version on screen becomes a version of its own first, so the restore can be undone.
    await this.checkpoint(id);
    return runExclusive(`meeting:${id}`, async () => {
      const text = await this.history.read(id, version);
      if (text === undefined) throw new ApiError('not-found', `meeting ${id} has no earlier version ${version}`);
      const result = checkHeldId(id, parseMeetingFile(withoutByteOrderMark(text)));
      if (!result.ok) throw new ApiError('storage', `version ${version} of meeting ${id} cannot be read: ${result.problems.join('; ')}`);
      const { kept, conflictCopy } = await this.replace(id, result.meeting.name, text);
      this.remember(result.meeting);
      for (const listener of this.listeners) listener(id, result.meeting);
      const undoVersion = kept ? `saved/${basename(kept)}` : conflictCopy ? `conflict/${basename(conflictCopy)}` : '';
      return { meeting: result.meeting, undoVersion };
    });
  }

  /** Deleting never destroys: the file and its versions move to trash/. */
  async moveToTrash(id: string): Promise<void> {
    const file = this.fileOf(id);
    await this.checkpoint(id);
    await this.journal.forget(id);
    this.sections.delete(id);
    this.lastRead.delete(id);
    this.known.forget(file);
    return runExclusive(`meeting:${id}`, async () => {
      await this.writes.moveToTrash(id, file, join(this.workspaceDir, 'trash'), this.now());
      await unlink(this.journal.fileOf(id)).catch(() => undefined);
      for (const listener of this.listeners) listener(id);
    });
  }

  /** The latest sound saved version takes the place of a missing or damaged file. */
  private async restoreFromBackup(id: string, why: string): Promise<Meeting> {
    return this.remember(await this.writes.restoreLatestBackup(id, this.fileOf(id), why));
  }

  /** Domain tables are encoded only when a save needs them: reading stays a parse, not a parse and a stringify. */
  private remember(meeting: Meeting): Meeting {
    this.sections.set(meeting.id, meeting.updatedAt, meeting.sections);
    return meeting;
  }
}
