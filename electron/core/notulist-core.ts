import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Notice, NotulistCore } from '../../shared/api/contract';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { findPreviousMeeting } from '../../shared/agenda/previous-meeting';
import { summarize, type Meeting, type MeetingSummary } from '../../shared/model/meeting';
import { readWordTemplate, WordTemplateError } from '../../shared/export/word-template';
import { storeWordTemplate } from './exports/word-template-store';
import { buildResumeFile, workspaceExportSource } from './exports/resume-export';
import { ApiError } from '../../shared/api/errors';
import { writeNewVersion } from './exports/export-files';
import { ImpossibleDateError } from './meetings/impossible-date-error';
import { MeetingStore } from './meetings/meeting-store';
import { UnopenableMeetings } from './meetings/unopenable-meetings';
import { NoticeLog } from './workspace/notice-log';
import { listQuarantine } from './storage/quarantine';
import { removeStaleTempFiles } from './storage/durable-write';
import { openWorkspaceDb, type WorkspaceDb } from './workspace/workspace-db';

export interface CoreOptions {
  workspaceDir: string;
  appVersion: string;
  /** The clock; tests fix it. */
  now?: () => Date;
  /** The desktop's file shell (Electron's `shell`); absent in the browser host and the CLI. */
  shell?: FileShell;
}

export interface FileShell {
  /** Resolves to an error message, or '' when the file was opened. */
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
}

export type OpenCore = NotulistCore & { close(): Promise<void> };

function byDateDescending(a: MeetingSummary, b: MeetingSummary): number {
  return b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt);
}

/**
 * Brings the index in line with the meeting files: files not indexed are added (a crash between
 * writing a meeting and its index, or a file copied in by hand); entries without a file or a
 * backup are dropped, with a notice.
 */
async function reconcileIndex(db: WorkspaceDb, store: MeetingStore, notify: (notice: Notice) => void, unopenable: UnopenableMeetings): Promise<void> {
  const onDisk = new Set(await store.listIds());
  const indexed = new Set(db.data.meetings.map((entry) => entry.id));
  let changed = false;
  for (const id of onDisk) {
    if (indexed.has(id)) continue;
    try {
      db.data.meetings.push(summarize(await store.read(id)));
      changed = true;
    } catch (error) {
      // Listed with its problem, not indexed; any other failure the store quarantined and said so.
      if (error instanceof ImpossibleDateError) unopenable.record(id, error);
    }
  }
  const kept: MeetingSummary[] = [];
  for (const entry of db.data.meetings) {
    if (onDisk.has(entry.id) || (await store.hasBackup(entry.id))) {
      kept.push(entry);
    } else {
      notify({ code: 'missing-meeting-file', message: `the meeting "${entry.name}" of ${entry.date} has no file any more`, file: store.fileOf(entry.id) });
      changed = true;
    }
  }
  db.data.meetings = kept;
  // A notulist.json that may not be written keeps its index; the meeting files are what counts.
  if (changed && !db.readOnly) await db.write();
}

/** The folders where writeFileDurable puts its temp files. */
const WRITTEN_FOLDERS = ['.', 'meetings', 'templates', 'exports'];

/** A workspace the core cannot write to is said plainly, not as the first failing call's errno. */
async function prepareFolders(workspaceDir: string, store: MeetingStore): Promise<void> {
  try {
    await mkdir(workspaceDir, { recursive: true });
    await store.init();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiError('storage', `the workspace folder ${workspaceDir} cannot be written to (${reason}); Notulist needs a folder it may write in: fix its permissions or set NOTULIST_HOME`);
  }
}

/** The Node core behind every shell: the desktop app, the browser host, the tests. */
export async function createNotulistCore(options: CoreOptions): Promise<OpenCore> {
  const now = options.now ?? (() => new Date());
  await mkdir(options.workspaceDir, { recursive: true }).catch(() => undefined);
  const log = await NoticeLog.open(options.workspaceDir, now);
  const notify = (notice: Notice): void => {
    console.warn(`notulist: ${notice.message}`);
    log.add(notice);
  };
  const db = await openWorkspaceDb(options.workspaceDir, notify, now);
  const store = new MeetingStore(options.workspaceDir, notify, now);
  await prepareFolders(options.workspaceDir, store);
  // Temp files of writes a crash interrupted: only ours, and only old enough not to be under way.
  for (const folder of WRITTEN_FOLDERS) await removeStaleTempFiles(join(options.workspaceDir, folder), now());
  const unopenable = new UnopenableMeetings();
  await reconcileIndex(db, store, notify, unopenable);
  const exportsDir = join(options.workspaceDir, 'exports');

  let indexDirty = false;

  async function saveIndexEntry(meeting: Meeting): Promise<void> {
    const summary = summarize(meeting);
    const index = db.data.meetings.findIndex((entry) => entry.id === meeting.id);
    const current = db.data.meetings[index];
    // The index is rewritten only when what the list shows changes: no second file write per
    // keystroke pause. The newer updatedAt is written on close or with the next index change;
    // after a crash the list may show an older time, never lose a meeting.
    if (current && current.name === summary.name && current.date === summary.date) {
      current.updatedAt = summary.updatedAt;
      indexDirty = true;
      return;
    }
    if (current) db.data.meetings[index] = summary;
    else db.data.meetings.push(summary);
    if (db.readOnly) return;
    await db.write();
    indexDirty = false;
  }

  return {
    getInfo: async () => ({ appVersion: options.appVersion, workspace: options.workspaceDir, notices: log.list(), canOpenFiles: options.shell !== undefined }),
    listMeetings: async () => unopenable.list(db.data.meetings, (id) => store.fileOf(id)).sort(byDateDescending),
    createMeeting: async (input) => {
      const meeting = createMeeting(input, db.data.settings, now());
      await store.write(meeting);
      await saveIndexEntry(meeting);
      return meeting;
    },
    getMeeting: async ({ id }) => {
      try {
        const meeting = await store.read(id);
        unopenable.forget(id);
        return meeting;
      } catch (error) {
        if (error instanceof ImpossibleDateError) unopenable.record(id, error);
        throw error;
      }
    },
    saveMeeting: async ({ meeting }) => {
      const savedAt = now().toISOString();
      const saved = { ...meeting, updatedAt: savedAt };
      const outcome = await store.write(saved);
      unopenable.forget(saved.id);
      await saveIndexEntry(saved);
      return { savedAt, ...outcome };
    },
    saveMeetingChanges: async ({ meeting, sectionOrder, sections, items }) => {
      const savedAt = now().toISOString();
      const header = { ...meeting, updatedAt: savedAt };
      const outcome = await store.writeChanges(header, sectionOrder, sections, items);
      await saveIndexEntry({ ...header, sections: [] });
      return { savedAt, ...outcome };
    },
    deleteMeeting: async ({ id }) => {
      if (!db.data.meetings.some((entry) => entry.id === id) && !unopenable.has(id)) throw new ApiError('not-found', `no meeting ${id}`);
      await store.moveToTrash(id);
      unopenable.forget(id);
      db.data.meetings = db.data.meetings.filter((entry) => entry.id !== id);
      await db.write();
      return { deleted: true as const };
    },
    exportMeeting: async ({ id, public: publicOnly }) => {
      const meeting = await store.read(id);
      const file = await buildResumeFile(meeting, await workspaceExportSource(options.workspaceDir, db.data.settings), publicOnly ?? false);
      const path = await writeNewVersion(exportsDir, file.fileName, file.bytes);
      return { path, fileName: path.slice(exportsDir.length + 1), folder: exportsDir, confidential: file.confidential };
    },
    openExport: async ({ path, reveal }) => {
      if (!options.shell) throw new ApiError('unsupported', 'opening files needs the desktop app');
      // Only the app's own exports: a page must not be able to open arbitrary files.
      const target = resolve(path);
      if (dirname(target) !== resolve(exportsDir) || !target.endsWith('.docx')) {
        throw new ApiError('invalid-argument', `not an export of this workspace: ${path}`);
      }
      if (reveal) options.shell.showItemInFolder(target);
      else {
        const problem = await options.shell.openPath(target);
        if (problem) throw new ApiError('export', `could not open ${target}: ${problem}`);
      }
      return { opened: true as const };
    },
    getPreviousMeeting: async ({ id }) => {
      // Name and date come from the index: no second read of a long meeting on opening it.
      const current = db.data.meetings.find((entry) => entry.id === id);
      if (!current) throw new ApiError('not-found', `no meeting ${id}`);
      const summary = findPreviousMeeting(db.data.meetings, current);
      if (!summary) return null;
      const previous = await store.read(summary.id);
      const openActions = previous.sections.flatMap((section) =>
        section.items.flatMap((item) => item.actions.filter((action) => !action.done).map((action) => ({ itemId: item.id, itemTitle: item.title, action }))),
      );
      return { meeting: summary, openActions };
    },
    setWordTemplate: async (args) => {
      if ('clear' in args) {
        db.data.settings = { ...db.data.settings, template: { ...db.data.settings.template, wordTemplate: '' } };
        await db.write();
        return { ok: true as const, settings: db.data.settings };
      }
      let document: Uint8Array;
      try {
        // A .dotx is kept as the document it is converted to, so every export is a document.
        ({ document } = await readWordTemplate(Buffer.from(args.base64, 'base64')));
      } catch (error) {
        if (error instanceof WordTemplateError) return { ok: false as const, problem: error.problem, placeholders: error.placeholders };
        throw error;
      }
      const name = await storeWordTemplate(options.workspaceDir, args.fileName, document);
      db.data.settings = { ...db.data.settings, template: { ...db.data.settings.template, wordTemplate: name } };
      await db.write();
      return { ok: true as const, settings: db.data.settings };
    },
    listPeople: async () => [...db.data.people].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    savePerson: async ({ person }) => {
      const index = db.data.people.findIndex((p) => p.id === person.id);
      if (index >= 0) db.data.people[index] = person;
      else db.data.people.push(person);
      await db.write();
      return person;
    },
    deletePerson: async ({ id }) => {
      if (!db.data.people.some((p) => p.id === id)) throw new ApiError('not-found', `no person ${id}`);
      db.data.people = db.data.people.filter((p) => p.id !== id);
      await db.write();
      return { deleted: true as const };
    },
    getSettings: async () => db.data.settings,
    updateSettings: async (patch) => {
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      db.data.settings = { ...db.data.settings, ...defined };
      await db.write();
      return db.data.settings;
    },
    dismissNotice: async ({ id }) => ({ dismissed: log.dismiss(id) }),
    listMeetingVersions: async ({ id }) => store.listVersions(id),
    restoreMeetingVersion: async ({ id, version }) => {
      const restored = await store.restoreVersion(id, version);
      await saveIndexEntry(restored.meeting);
      return restored;
    },
    listQuarantine: async () => listQuarantine(options.workspaceDir),
    close: async () => {
      if (indexDirty && !db.readOnly) await db.write();
      indexDirty = false;
      await log.flush();
    },
  };
}
