import { z } from 'zod';

/**
 * What sync tells the rest of the app, as schemas: the API contract takes its sync methods'
 * results from here, and the engine's types are these, so the two cannot drift apart.
 */

export const SyncNoticeSchema = z.object({
  kind: z.enum([
    'edited-while-deleted' /* an edit concurrent with a deletion: the edit is kept */,
    'revived' /* deleted, but something inside it was edited meanwhile: it is back */,
    'unplaced' /* its place cannot be found (its parent is unknown): kept, not shown */,
  ]),
  entity: z.string(),
});
export type SyncNotice = z.infer<typeof SyncNoticeSchema>;

/** One version of a node in conflict, as the UI shows it ("Marielle, 14:02"). */
export const ConflictVersionSchema = z.object({
  /** `<device>:<counter>`: what "Kies" names. */
  version: z.string(),
  device: z.string(),
  /** The device's name from its device file ("Marielle"), where the core knows it. */
  deviceName: z.string().optional(),
  at: z.string(),
  value: z.unknown(),
});
export type ConflictVersion = z.infer<typeof ConflictVersionSchema>;

export const ConflictSchema = z.object({
  node: z.string(),
  /** The entity the node belongs to (`block:p2`), or `meeting` for a meeting field. */
  entity: z.string(),
  /** A position conflict (moved to two places) is harmless: the first place is used meanwhile. */
  kind: z.enum(['value', 'position']),
  /** In display order: the first is what the meeting shows until the conflict is resolved. */
  versions: z.array(ConflictVersionSchema),
});
export type Conflict = z.infer<typeof ConflictSchema>;

/** "Kies" one version by its name, or "Combineer" the texts. */
export const ResolutionSchema = z.union([z.object({ choose: z.string().min(1) }), z.object({ combine: z.literal(true) })]);
export type Resolution = z.infer<typeof ResolutionSchema>;

export const SYNC_STOPS = ['unreachable', 'format-missing', 'format-newer', 'format-invalid', 'local-state'] as const;
export type SyncStop = (typeof SYNC_STOPS)[number];

export const SyncReportSchema = z.object({
  status: z.enum(['done', 'stopped']),
  stop: z.enum(SYNC_STOPS).optional(),
  /** English, for the log; the UI words the stop in Dutch from `stop`. */
  message: z.string().optional(),
  device: z.string().optional(),
  /** What this round wrote, in order: workspace meetings, local state, exchange files. */
  wrote: z.array(z.string()),
  /** Value conflicts waiting for a person, over the meetings synced this round. */
  conflicts: z.number().int().min(0),
  /** The same by meeting, for each meeting synced this round (0 included: its conflicts ended). */
  meetingConflicts: z.record(z.string(), z.number().int().min(0)).optional(),
  notices: z.array(z.object({ meeting: z.string(), notice: SyncNoticeSchema })),
  /** Files announced but not yet arrived whole; and problems (a damaged file), each a line. */
  waiting: z.array(z.string()),
  problems: z.array(z.string()),
});
export type SyncReport = z.infer<typeof SyncReportSchema>;

/** Another device minuting a meeting right now (its device file's heartbeat). */
export const MinutingSchema = z.object({ meeting: z.string(), deviceName: z.string(), at: z.string() });
export type Minuting = z.infer<typeof MinutingSchema>;

/** What the header shows, cheap to ask for every few seconds: no file is read to answer it. */
export const SyncStatusSchema = z.object({
  /** The shared folder; absent: sync is off and the app works locally only. */
  folder: z.string().optional(),
  /** The last round's report and when it ended (ISO); absent before the first round. */
  report: SyncReportSchema.optional(),
  at: z.string().optional(),
  /** Open value conflicts by meeting id (only meetings with at least one). */
  conflicts: z.record(z.string(), z.number().int().min(1)),
  /** Meetings sync wrote into the workspace, with the revision it wrote (the open editor reloads), or `deleted` when it moved one to the trash. */
  written: z.record(z.string(), z.string()),
  minuting: z.array(MinutingSchema),
  /** Exported resumés whose copy in the shared folder waits for it to be reachable (absent: none). */
  exportCopiesWaiting: z.number().int().min(1).optional(),
  /** The file-sync service that copies the workspace itself (a warning: docs/sync.md, Guards). */
  workspaceSyncedBy: z.string().optional(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

export const SetSyncFolderResultSchema = z.union([
  z.object({ ok: z.literal(true), folder: z.string().optional() }),
  /** `message` is English; `reason` is what the UI words in Dutch. */
  z.object({ ok: z.literal(false), reason: z.enum(['not-a-folder', 'half-synced', 'inside-workspace']), message: z.string() }),
]);
export type SetSyncFolderResult = z.infer<typeof SetSyncFolderResultSchema>;
