import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { safeFileNamePart } from '../../shared/format/file-names';
import { writeFileDurable } from './durable-write';

/** The organisation's own Word templates live in the workspace, so every shell can use them. */
function templatesDir(workspaceDir: string): string {
  return join(workspaceDir, 'templates');
}

/** Stores a checked template under a safe name and returns that name. */
export async function storeWordTemplate(workspaceDir: string, fileName: string, bytes: Uint8Array): Promise<string> {
  const name = `${safeFileNamePart(fileName.replace(/\.docx$/i, '')) || 'sjabloon'}.docx`;
  await mkdir(templatesDir(workspaceDir), { recursive: true });
  await writeFileDurable(join(templatesDir(workspaceDir), name), bytes);
  return name;
}

/** The stored template's bytes; a missing file is a clear export error, not a silent fallback. */
export async function loadWordTemplate(workspaceDir: string, name: string): Promise<Uint8Array | undefined> {
  if (!name) return undefined;
  try {
    return await readFile(join(templatesDir(workspaceDir), safeFileNamePart(name)));
  } catch {
    throw new ApiError('export', `the Word template ${name} is missing from ${templatesDir(workspaceDir)}; choose it again in the settings`);
  }
}
