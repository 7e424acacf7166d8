import { z } from 'zod';
import { NotesSchema } from './rich-text';
import { AttendanceSchema } from './person';
import { ActionSchema, AgendaDocumentSchema, IsoDateSchema, IsoDateTextSchema, ItemStatusSchema, ProposalSchema } from './agenda-details';

import { AGENDA_ITEM_KINDS, MEETING_SCHEMA_VERSION } from './vocabulary';

export { AGENDA_ITEM_KINDS, MEETING_SCHEMA_VERSION };
export const AgendaItemKindSchema = z.enum(AGENDA_ITEM_KINDS);
export type AgendaItemKind = z.infer<typeof AgendaItemKindSchema>;

/** A moment as an ISO 8601 timestamp with its offset, e.g. 2023-02-23T13:00:00.000Z. */
export const InstantSchema = z.string().datetime({ offset: true });

/** One stretch of time an item was under discussion; no end while it still is. */
export const TimeIntervalSchema = z.object({ start: InstantSchema, end: InstantSchema.optional() });
export type TimeInterval = z.infer<typeof TimeIntervalSchema>;

export const AgendaItemSchema = z.object({
  id: z.string().min(1),
  kind: AgendaItemKindSchema,
  title: z.string(),
  notes: NotesSchema.default([]),
  status: ItemStatusSchema.default('open'),
  /** Left out of the public export. */
  confidential: z.boolean().default(false),
  /** Names of the portfolio holder(s) who bring the item in. */
  portfolioHolders: z.array(z.string()).default([]),
  plannedMinutes: z.number().int().min(0).max(600).optional(),
  /** Time booked on the item before version 3 recorded it as intervals. */
  actualSeconds: z.number().min(0).default(0),
  /** When the item was under discussion (version 3): the record its clock is read from. */
  intervals: z.array(TimeIntervalSchema).optional(),
  documents: z.array(AgendaDocumentSchema).default([]),
  proposals: z.array(ProposalSchema).default([]),
  /** The decision as it goes into the besluitenlijst. */
  decision: z.string().default(''),
  actions: z.array(ActionSchema).default([]),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

/** A domain table of the meeting (JEUGD EN ONDERWIJS), with its own chair and agenda. */
export const SectionSchema = z.object({
  id: z.string().min(1),
  /** Key of a standard domain table, if the section was made from one. */
  domain: z.string().optional(),
  title: z.string(),
  chair: z.string().default(''),
  /** Left out of the public export, with all its items. */
  confidential: z.boolean().default(false),
  items: z.array(AgendaItemSchema),
});
export type Section = z.infer<typeof SectionSchema>;

/** Where an imported meeting came from: a Word resumé read into the archive (docs/archive.md). */
export const ImportedFromSchema = z.object({
  /** The document's own file name. */
  fileName: z.string(),
  /** SHA-256 of the document, in hex: the same file is not imported twice. */
  hash: z.string(),
  at: InstantSchema,
  /** The copy kept in the workspace, relative to it (imports/<meeting id>.docx). */
  file: z.string().optional(),
});
export type ImportedFrom = z.infer<typeof ImportedFromSchema>;

export const MeetingSchema = z.object({
  schemaVersion: z.literal(MEETING_SCHEMA_VERSION),
  id: z.string().min(1),
  name: z.string().min(1),
  date: IsoDateSchema,
  /** The date the resumé was drawn up; shown as the second date line. */
  documentDate: IsoDateSchema.optional(),
  location: z.string().default(''),
  contactPerson: z.string().default(''),
  contactEmail: z.string().default(''),
  confidential: z.boolean().default(false),
  /** The document reference ("kenmerk"), e.g. 23.0001000. */
  reference: z.string().default(''),
  attendees: z.array(AttendanceSchema).default([]),
  sections: z.array(SectionSchema),
  /** When the secretary started and ended the meeting (version 3); the meeting clock runs from the start. */
  startedAt: InstantSchema.optional(),
  endedAt: InstantSchema.optional(),
  /** Set when the meeting was imported from a Word resumé. */
  imported: ImportedFromSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

/** Why a meeting file cannot be opened as it is; the file is kept in place and listed with a warning. */
export const MeetingFileProblemSchema = z.object({
  code: z.enum(['impossible-date']),
  /** English, for logs; the UI words it in Dutch from the code and values. */
  message: z.string(),
  file: z.string(),
  /** The values at fault as the file holds them (2023-02-30). */
  values: z.array(z.string()),
});
export type MeetingFileProblem = z.infer<typeof MeetingFileProblemSchema>;

/** What the meeting list shows; kept in the workspace index so listing reads no meeting file. */
export const MeetingSummarySchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  /** By shape only: an index written before impossible dates were refused must still load. */
  date: IsoDateTextSchema,
  updatedAt: z.string(),
  /** The meeting was imported from a Word resumé (the list marks it). */
  imported: z.boolean().optional(),
  /** Set by the core when listing, never stored in the index. */
  problem: MeetingFileProblemSchema.optional(),
});
export type MeetingSummary = z.infer<typeof MeetingSummarySchema>;

export function summarize(meeting: Meeting): MeetingSummary {
  return { id: meeting.id, name: meeting.name, date: meeting.date, updatedAt: meeting.updatedAt, ...(meeting.imported ? { imported: true } : {}) };
}
