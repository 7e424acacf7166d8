import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError, describeIssues } from '../../../shared/api/errors';
import type { Settings } from '../../../shared/model/settings';
import { WorkspaceFileSchema } from './workspace-db';

/**
 * A workspace's settings, read without opening the workspace: nothing is written, repaired or
 * quarantined, so the CLI can use the app's house style while the app itself is running.
 */
export async function readWorkspaceSettings(workspaceDir: string): Promise<Settings> {
  const file = join(workspaceDir, 'notulist.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ApiError('not-found', `${workspaceDir} is not a Notulist workspace (it has no notulist.json)`);
    throw new ApiError('storage', `cannot read ${file}: ${code ?? String(error)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ApiError('storage', `${file} is not valid JSON; start Notulist once to set it aside`);
  }
  const parsed = WorkspaceFileSchema.safeParse(raw);
  if (!parsed.success) throw new ApiError('storage', `${file} is not a valid workspace file; start Notulist once to set it aside`, describeIssues(parsed.error));
  return parsed.data.settings;
}
