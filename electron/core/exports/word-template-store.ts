import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { WordTemplateError } from '../../../shared/export/word-template';
import { WORD_TEMPLATE_LIMITS } from '../../../shared/export/word-template-package';
import { safeFileNamePart } from '../../../shared/format/file-names';
import { writeFileDurable } from '../storage/durable-write';

/** The organisation's own Word templates live in the workspace, so every shell can use them. */
function templatesDir(workspaceDir: string): string {
  return join(workspaceDir, 'templates');
}

/** Stores a checked template under a safe name and returns that name. */
export async function storeWordTemplate(workspaceDir: string, fileName: string, bytes: Uint8Array): Promise<string> {
  const name = `${safeFileNamePart(fileName.replace(/\.(docx|dotx)$/i, '')) || 'sjabloon'}.docx`;
  await mkdir(templatesDir(workspaceDir), { recursive: true });
  await writeFileDurable(join(templatesDir(workspaceDir), name), bytes);
  return name;
}

/** The stored template's bytes; a missing file is a clear export error, not a silent fallback. */
export async function loadWordTemplate(workspaceDir: string, name: string): Promise<Uint8Array | undefined> {
  if (!name) return undefined;
  try {
    return await readWordTemplateFile(join(templatesDir(workspaceDir), safeFileNamePart(name)));
  } catch (error) {
    if (error instanceof WordTemplateError) throw new ApiError('export', `the Word template ${name}: ${error.message}`);
    throw new ApiError('export', `the Word template ${name} is missing from ${templatesDir(workspaceDir)}; choose it again in the settings`);
  }
}

/** A template file's bytes; one over the size limit is refused before it is read into memory. */
export async function readWordTemplateFile(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    if (size > WORD_TEMPLATE_LIMITS.fileBytes) {
      const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
      throw new WordTemplateError(`the template is ${mb(size)}; at most ${mb(WORD_TEMPLATE_LIMITS.fileBytes)} is accepted`, 'too-large');
    }
    return await file.readFile();
  } finally {
    await file.close();
  }
}
