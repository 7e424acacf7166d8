import { z } from 'zod';
import { AgendaItemSchema, MeetingSchema, MeetingSummarySchema, SectionSchema } from '../model/meeting';
import { SettingsPatchSchema, SettingsSchema } from '../model/settings';
import { PersonSchema } from '../model/person';
import { ActionSchema } from '../model/agenda-details';
import { NewMeetingSchema } from '../agenda/new-meeting-schema';
import { ImportResumeArgsSchema, ImportResumeResultSchema } from '../archive/import-schemas';
import { ConflictSchema, ResolutionSchema, SetSyncFolderResultSchema, SyncReportSchema, SyncStatusSchema } from '../sync/sync-schemas';
import { DecisionsAndActionsFilterSchema, DecisionsAndActionsSchema, ExportDecisionsAndActionsArgsSchema, SearchArgsSchema, SearchResultSchema } from '../search/search-schemas';

/** Something the core noticed and the user must be told, e.g. a quarantined file. */
export const NoticeSchema = z.object({
  code: z.enum(['quarantined', 'missing-meeting-file', 'restored-from-backup', 'conflict', 'newer-file', 'repaired', 'unwritable', 'deleted-elsewhere', 'revived-elsewhere']),
  /** English, for logs. */
  message: z.string(),
  file: z.string(),
  movedTo: z.string().optional(),
  /** Given by the core's notices log: what dismissNotice takes. */
  id: z.string().optional(),
  /** When it was noticed (ISO). */
  at: z.string().optional(),
  /** The meeting concerned, by name (a conflict). */
  meetingName: z.string().optional(),
  /** The reason or problems, in English, for a person to act on. */
  details: z.string().optional(),
});
export type Notice = z.infer<typeof NoticeSchema>;

const IdArgs = z.object({ id: z.string().min(1) });

/** An export's copy in the shared folder (Resumés/<year>): made, with its path, or waiting for the folder. */
export const ExportCopySchema = z.union([z.object({ status: z.literal('copied'), path: z.string() }), z.object({ status: z.literal('waiting') })]);
export type ExportCopy = z.infer<typeof ExportCopySchema>;

/** An earlier version of a meeting: replaced by a save, or kept aside because another program changed the file. */
export const MeetingVersionSchema = z.object({
  version: z.string(),
  kind: z.enum(['saved', 'conflict']),
  savedAt: z.string(),
  size: z.number().int().nonnegative(),
});
export type MeetingVersion = z.infer<typeof MeetingVersionSchema>;

/** A file set aside in quarantine/, with why. */
export const QuarantinedFileSchema = z.object({ file: z.string(), movedTo: z.string(), reason: z.string(), at: z.string() });
export type QuarantinedFile = z.infer<typeof QuarantinedFileSchema>;

/**
 * A save's answer: when, and where the version another program had put there was kept, if any.
 * `savedAt` is the saved version's revision (its updatedAt): the base of the next saveMeetingChanges.
 */
const SavedSchema = z.object({
  savedAt: z.string(),
  conflictCopy: z.string().optional(),
  /** The base was replaced by a sync round meanwhile: both sides were merged, so reload the meeting. */
  merged: z.boolean().optional(),
});
const NoArgs = z.object({}).optional();

const PreviousMeetingSchema = z
  .object({
    meeting: MeetingSummarySchema,
    openActions: z.array(z.object({ itemId: z.string(), itemTitle: z.string(), action: ActionSchema })),
  })
  .nullable();

/**
 * The one API between the UI and the Node core. The Electron IPC bridge, the browser host's
 * HTTP routes, the renderer's client and the tests are all derived from this object.
 */
export const contract = {
  getInfo: {
    args: NoArgs,
    result: z.object({
      appVersion: z.string(),
      workspace: z.string(),
      notices: z.array(NoticeSchema),
      /** Whether openExport works here: under Electron, not through the browser host. */
      canOpenFiles: z.boolean(),
    }),
  },
  listMeetings: { args: NoArgs, result: z.array(MeetingSummarySchema) },
  createMeeting: { args: NewMeetingSchema, result: MeetingSchema },
  getMeeting: { args: IdArgs, result: MeetingSchema },
  /**
   * Writes the whole meeting durably: the renderer's fallback when saveMeetingChanges is refused
   * (it saves with that within a second of every change).
   */
  saveMeeting: { args: z.object({ meeting: MeetingSchema }), result: SavedSchema },
  /**
   * The save the renderer makes while typing: the meeting's own fields, the order of its sections
   * (domain tables), the sections that changed since its last successful save and, for a section
   * whose own fields and order of items are as saved, only its changed items (see
   * shared/model/meeting-changes.ts). `base` is the revision the changes were made on: the
   * updatedAt getMeeting gave, or the last save's savedAt. The core applies them only on that very
   * revision; on any other, or for a section or item it does not know, it refuses
   * (invalid-argument) and the client sends the whole meeting.
   */
  saveMeetingChanges: {
    args: z.object({
      meeting: MeetingSchema.omit({ sections: true }),
      base: z.string().min(1),
      sectionOrder: z.array(z.string().min(1)),
      sections: z.array(SectionSchema),
      items: z.array(z.object({ sectionId: z.string().min(1), item: AgendaItemSchema })).optional(),
    }),
    result: SavedSchema,
  },
  deleteMeeting: { args: IdArgs, result: z.object({ deleted: z.literal(true) }) },
  /**
   * Writes the resumé to the exports folder: the full version, or with `public` the public one.
   * With copyExportsToSyncFolder on and a shared folder set, `copy` says where its copy went.
   */
  exportMeeting: {
    args: IdArgs.extend({ public: z.boolean().optional() }),
    result: z.object({ path: z.string(), fileName: z.string(), folder: z.string(), confidential: z.boolean(), copy: ExportCopySchema.optional() }),
  },
  /** Opens an exported file in its application (Word), or with `reveal` shows it in its folder. */
  openExport: { args: z.object({ path: z.string().min(1), reveal: z.boolean().optional() }), result: z.object({ opened: z.literal(true) }) },
  /**
   * The latest earlier meeting of the same name (whose resumé this one adopts) and its actions
   * not yet done, to tick off or carry forward; null when there is none.
   */
  getPreviousMeeting: { args: IdArgs, result: PreviousMeetingSchema },
  /**
   * Ticks off (or reopens) one action of meeting `id`'s previous meeting, in that meeting's own
   * file, durably; answers what getPreviousMeeting now answers. One call, not the older meeting
   * read, changed and saved by the UI.
   */
  setPreviousAction: {
    args: IdArgs.extend({ actionId: z.string().min(1), done: z.boolean() }),
    result: PreviousMeetingSchema,
  },
  /**
   * Checks and stores the organisation's own Word template (.docx or .dotx, as base64), or with
   * `clear` goes back to the built-in layout. A Word template that cannot be used is answered
   * with its problem.
   */
  setWordTemplate: {
    args: z.union([z.object({ fileName: z.string().min(1), base64: z.string().min(1) }), z.object({ clear: z.literal(true) })]),
    result: z.union([
      z.object({ ok: z.literal(true), settings: SettingsSchema }),
      z.object({
        ok: z.literal(false),
        problem: z.enum(['unreadable', 'unknown-placeholders', 'no-content', 'used-twice', 'too-large', 'macros', 'block-outside-body', 'text-beside-block']),
        placeholders: z.array(z.string()),
      }),
    ]),
  },
  listPeople: { args: NoArgs, result: z.array(PersonSchema) },
  /** Adds or replaces (by id) a person in the directory. */
  savePerson: { args: z.object({ person: PersonSchema }), result: PersonSchema },
  deletePerson: { args: IdArgs, result: z.object({ deleted: z.literal(true) }) },
  getSettings: { args: NoArgs, result: SettingsSchema },
  updateSettings: { args: SettingsPatchSchema, result: SettingsSchema },
  /** Closes a notice for good (it is kept across restarts until then). */
  dismissNotice: { args: z.object({ id: z.string().min(1) }), result: z.object({ dismissed: z.boolean() }) },
  /** The meeting's earlier versions, newest first (Eerdere versies). */
  listMeetingVersions: { args: IdArgs, result: z.array(MeetingVersionSchema) },
  /** Puts an earlier version back; the version it replaced becomes `undoVersion`, to restore for undo. */
  restoreMeetingVersion: {
    args: IdArgs.extend({ version: z.string().min(1) }),
    result: z.object({ meeting: MeetingSchema, undoVersion: z.string() }),
  },
  /** Files set aside in quarantine/, newest first, with the reason. */
  listQuarantine: { args: NoArgs, result: z.array(QuarantinedFileSchema) },
  /** Imports a past Word resumé into the archive as a meeting marked imported, the .docx kept beside it (docs/archive.md). */
  importResume: { args: ImportResumeArgsSchema, result: ImportResumeResultSchema },
  /** Every meeting's text: the best hits, each with a snippet, its hits marked (docs/search.md). */
  searchMeetings: { args: SearchArgsSchema, result: SearchResultSchema },
  /** Every decision and every open action across meetings (Besluiten en acties), newest first. */
  listDecisionsAndActions: { args: DecisionsAndActionsFilterSchema.optional(), result: DecisionsAndActionsSchema },
  /** Writes Besluiten en acties as DOCX or CSV into the exports folder. */
  exportDecisionsAndActions: {
    args: ExportDecisionsAndActionsArgsSchema,
    result: z.object({ path: z.string(), fileName: z.string(), folder: z.string() }),
  },
  /** Runs one sync round now (with `full`, also the service's conflict copies); its report. */
  syncNow: { args: z.object({ full: z.boolean().optional() }).optional(), result: SyncReportSchema },
  /**
   * The sync line in the header: folder, last round, open conflicts, who else is minuting
   * (docs/sync.md). `open` names the meeting on screen: sync keeps it out of the trash meanwhile.
   */
  getSyncStatus: { args: z.object({ open: z.string().min(1).optional() }).optional(), result: SyncStatusSchema },
  /**
   * Makes `path` the shared folder (set up on first use), or with an empty path turns sync off;
   * `copyExports` sets copyExportsToSyncFolder with it (the Gedeelde map form saves both).
   */
  setSyncFolder: { args: z.object({ path: z.string(), copyExports: z.boolean().optional() }), result: SetSyncFolderResultSchema },
  /** The OS folder dialog, under Electron only (getInfo's canOpenFiles): the chosen path, or null. */
  chooseSyncFolder: { args: NoArgs, result: z.object({ path: z.string().nullable() }) },
  /** The conflicts waiting in one meeting, each with every version (device, time, value). */
  listSyncConflicts: { args: IdArgs, result: z.array(ConflictSchema) },
  /** "Kies" one version or "Combineer" them: the meeting as it now is. */
  resolveSyncConflict: { args: IdArgs.extend({ node: z.string().min(1), resolution: ResolutionSchema }), result: MeetingSchema },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export type ArgsOf<M extends MethodName> = z.input<Contract[M]['args']>;
export type ResultOf<M extends MethodName> = z.output<Contract[M]['result']>;

/** What the UI calls: `window.notulist` under Electron, HTTP in the browser. */
export type NotulistApi = {
  [M in MethodName]: undefined extends ArgsOf<M>
    ? (args?: ArgsOf<M>) => Promise<ResultOf<M>>
    : (args: ArgsOf<M>) => Promise<ResultOf<M>>;
};

/** What the core implements: arguments arrive validated, results are validated on the way out. */
export type NotulistCore = {
  [M in MethodName]: (args: z.output<Contract[M]['args']>) => Promise<z.input<Contract[M]['result']>>;
};

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
