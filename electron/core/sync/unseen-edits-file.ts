import { z } from 'zod';
import { canonicalJson } from '../../../shared/sync/canonical-json';
import type { UnseenValues } from '../../../shared/sync/stale-save-merge';
import { bytesText } from './local-sync-state';
import type { SyncFs } from './sync-fs';

/** In the workspace's own sync folder: what a blind save typed, until a round has recorded it. */
export const UNSEEN_EDITS_FILE = 'unseen-edits.json';

/** One node's value as sync wrote it; `removed`: sync took the node away (JSON has no undefined). */
const UnseenValueSchema = z.union([z.object({ node: z.string(), value: z.unknown() }), z.object({ node: z.string(), removed: z.literal(true) })]);

const UnseenEditsFileSchema = z.object({
  format: z.literal(1),
  /** By meeting: each blind save's revision and the nodes it changed without seeing sync's value. */
  saves: z.record(z.string(), z.array(z.object({ revision: z.string(), values: z.array(UnseenValueSchema) }))),
});

export type UnseenSaves = Map<string, { revision: string; values: UnseenValues }[]>;

export function unseenEditsText(saves: UnseenSaves): string {
  const byMeeting = Object.fromEntries(
    [...saves].map(([meetingId, list]) => [
      meetingId,
      list.map(({ revision, values }) => ({
        revision,
        values: [...values].map(([node, value]) => (value === undefined ? { node, removed: true as const } : { node, value })),
      })),
    ]),
  );
  return canonicalJson({ format: 1, saves: byMeeting });
}

/** Undefined for a text that is not such a file (the caller says so; it never throws). */
export function parseUnseenEdits(text: string): UnseenSaves | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = UnseenEditsFileSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const saves: UnseenSaves = new Map();
  for (const [meetingId, list] of Object.entries(parsed.data.saves)) {
    saves.set(
      meetingId,
      list.map(({ revision, values }) => ({ revision, values: new Map(values.map((entry) => [entry.node, 'removed' in entry ? undefined : entry.value])) })),
    );
  }
  return saves;
}

/** The notes as last written; empty when there is no file. A damaged one is said, never fatal: the next note replaces it. */
export async function loadUnseenEdits(local: SyncFs, warn: (message: string) => void): Promise<UnseenSaves> {
  const bytes = await local.read(UNSEEN_EDITS_FILE);
  if (!bytes) return new Map();
  const saves = parseUnseenEdits(bytesText(bytes));
  if (saves) return saves;
  warn(`sync/${UNSEEN_EDITS_FILE} cannot be read; edits typed over a sync round just before the last stop are recorded as made on sync's value`);
  return new Map();
}

export async function saveUnseenEdits(local: SyncFs, saves: UnseenSaves): Promise<void> {
  await local.write(UNSEEN_EDITS_FILE, new TextEncoder().encode(unseenEditsText(saves)));
}
