import { Low } from 'lowdb';
import { join } from 'node:path';
import { z } from 'zod';
import type { Notice } from '../../shared/api/contract';
import { MeetingSummarySchema } from '../../shared/model/meeting';
import { PersonSchema } from '../../shared/model/person';
import { DEFAULT_SETTINGS, StoredSettingsSchema } from '../../shared/model/settings';
import { DurableJsonAdapter } from './durable-json-adapter';

/** notulist.json: settings, the people directory and the meeting index. */
export const WorkspaceFileSchema = z.object({
  version: z.literal(1),
  settings: StoredSettingsSchema,
  people: z.array(PersonSchema).default([]),
  meetings: z.array(MeetingSummarySchema).default([]),
});
export type WorkspaceFile = z.infer<typeof WorkspaceFileSchema>;

export function emptyWorkspace(): WorkspaceFile {
  return { version: 1, settings: { ...DEFAULT_SETTINGS }, people: [], meetings: [] };
}

export type WorkspaceDb = Low<WorkspaceFile>;

export async function openWorkspaceDb(workspaceDir: string, onNotice: (notice: Notice) => void, now: () => Date): Promise<WorkspaceDb> {
  const adapter = new DurableJsonAdapter(join(workspaceDir, 'notulist.json'), WorkspaceFileSchema, workspaceDir, onNotice, now);
  const db = new Low<WorkspaceFile>(adapter, emptyWorkspace());
  await db.read();
  return db;
}
