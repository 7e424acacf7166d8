import { z } from 'zod';
import { describeIssues } from '../api/errors';
import { canonicalJson } from './canonical-json';
import { CLOCK_STAMP_PATTERN } from './hybrid-clock';
import type { NodeState } from './node-versions';

/**
 * The files of the exchange folder, as schemas: the one definition the reader, the writer and
 * the tests share. Bumped when a file changes shape; a device refuses a newer format rather
 * than misread it (and stops syncing with a message, its workspace untouched).
 */
export const SYNC_FORMAT = 1;

export const FormatFileSchema = z.object({ app: z.literal('notulist'), format: z.number().int().min(1) });
export type FormatFile = z.infer<typeof FormatFileSchema>;

export type FormatCheck = { ok: true } | { ok: false; reason: 'newer' | 'invalid'; message: string };

export function formatFileText(): string {
  return `${JSON.stringify({ app: 'notulist', format: SYNC_FORMAT } satisfies FormatFile, null, 2)}\n`;
}

export function checkFormatFile(text: string): FormatCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid', message: 'format.json is not JSON (still arriving, or damaged)' };
  }
  const parsed = FormatFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid', message: `format.json is not a Notulist sync format: ${describeIssues(parsed.error).join('; ')}` };
  if (parsed.data.format > SYNC_FORMAT) {
    return { ok: false, reason: 'newer', message: `the shared folder uses sync format ${parsed.data.format}, newer than this Notulist understands (${SYNC_FORMAT}); update Notulist` };
  }
  return { ok: true };
}

/** Device ids: lower-case letters and digits only, so case-insensitive file systems cannot collide. */
export const DEVICE_ID_PATTERN = /^[a-z0-9]{12}$/;
export const DeviceIdSchema = z.string().regex(DEVICE_ID_PATTERN);

const VersionSchema = z.object({
  dot: z.tuple([DeviceIdSchema, z.number().int().min(1)]),
  seen: z.record(DeviceIdSchema, z.number().int().min(1)),
  at: z.string().regex(CLOCK_STAMP_PATTERN),
  value: z.unknown(),
  deleted: z.literal(true).optional(),
});

/** One node's current versions. */
export const NodeVersionsSchema = z.array(VersionSchema).min(1) as unknown as z.ZodType<NodeState[string]>;

export const NodeStateSchema = z.record(z.string().min(1), NodeVersionsSchema) as unknown as z.ZodType<NodeState>;

/** `meetings/<id>/<device>.json`: that device's whole merged meeting, node by node. */
export const MeetingDocumentSchema = z.object({
  format: z.literal(SYNC_FORMAT),
  meeting: z.string().min(1),
  device: DeviceIdSchema,
  nodes: NodeStateSchema,
});
export type MeetingDocument = z.infer<typeof MeetingDocumentSchema>;

/** `people/<device>.json`: the device's merged people directory, a node per person. */
export const PeopleDocumentSchema = z.object({ format: z.literal(SYNC_FORMAT), device: DeviceIdSchema, nodes: NodeStateSchema });
export type PeopleDocument = z.infer<typeof PeopleDocumentSchema>;

/** What a device published of one document: its hash (sha-256 hex) and size in bytes. */
export const PublishedSchema = z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().min(0) });
export type Published = z.infer<typeof PublishedSchema>;

/** `devices/<device>.json`, written last in a round: it names the versions of the files above. */
export const DeviceFileSchema = z.object({
  format: z.literal(SYNC_FORMAT),
  device: DeviceIdSchema,
  name: z.string(),
  /** Made once per install; another value under this id means a copied profile or a restore. */
  installNonce: z.string().min(8),
  /** Counts this device's rounds that wrote: a higher count than a device remembers means it was restored. */
  round: z.number().int().min(0),
  clock: z.string().regex(CLOCK_STAMP_PATTERN),
  meetings: z.record(z.string().min(1), PublishedSchema),
  people: PublishedSchema.optional(),
  /** The heartbeat: the meeting this device last saved and when (ISO), for "… notuleert dit overleg". */
  minuting: z.object({ meeting: z.string().min(1), at: z.string() }).optional(),
});
export type DeviceFile = z.infer<typeof DeviceFileSchema>;

/** Stable text: the same state always gives the same bytes, hence the same hash. */
export function documentText(document: MeetingDocument | PeopleDocument | DeviceFile): string {
  return canonicalJson(document);
}

/** documentText of a meeting document, from its nodes' canonical text (made once per round). */
export function meetingDocumentText(meetingId: string, device: string, nodesText: string): string {
  return `{"device":${JSON.stringify(device)},"format":${SYNC_FORMAT},"meeting":${JSON.stringify(meetingId)},"nodes":${nodesText}}`;
}

export type ParsedFile<T> = { ok: true; value: T } | { ok: false; message: string };

export function parseExchangeFile<T>(schema: z.ZodType<T>, text: string): ParsedFile<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'not JSON (still arriving, or damaged)' };
  }
  if (typeof raw === 'object' && raw !== null && typeof (raw as { format?: unknown }).format === 'number' && (raw as { format: number }).format > SYNC_FORMAT) {
    return { ok: false, message: `written in sync format ${(raw as { format: number }).format}, newer than this Notulist understands` };
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: describeIssues(parsed.error).join('; ') };
}
