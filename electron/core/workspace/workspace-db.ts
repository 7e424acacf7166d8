import { Low } from 'lowdb';
import { join } from 'node:path';
import type { Notice } from '../../../shared/api/contract';
import { DurableJsonAdapter } from '../storage/durable-json-adapter';
import { emptyWorkspace, interpretWorkspaceFile, type WorkspaceFile } from './workspace-file';

export { emptyWorkspace, WorkspaceFileSchema, type WorkspaceFile } from './workspace-file';

export type WorkspaceDb = Low<WorkspaceFile> & {
  /** notulist.json is from a newer Notulist, or damaged and could not be set aside: writes are refused. */
  readonly readOnly: boolean;
};

export async function openWorkspaceDb(workspaceDir: string, onNotice: (notice: Notice) => void, now: () => Date): Promise<WorkspaceDb> {
  const adapter = new DurableJsonAdapter(join(workspaceDir, 'notulist.json'), interpretWorkspaceFile, workspaceDir, onNotice, now);
  const db = new Low<WorkspaceFile>(adapter, emptyWorkspace());
  await db.read();
  return Object.defineProperty(db, 'readOnly', { get: () => adapter.readOnly }) as WorkspaceDb;
}
