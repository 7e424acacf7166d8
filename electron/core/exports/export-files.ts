import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurable } from '../storage/durable-write';
import { runExclusive } from '../storage/keyed-queue';

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** `name.docx`, else `name (2).docx`, `name (3).docx`: an earlier export is never overwritten. */
export async function freeFileName(folder: string, fileName: string): Promise<string> {
  const dot = fileName.lastIndexOf('.');
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const extension = dot > 0 ? fileName.slice(dot) : '';
  for (let n = 1; ; n += 1) {
    const candidate = join(folder, n === 1 ? fileName : `${stem} (${n})${extension}`);
    if (!(await exists(candidate))) return candidate;
  }
}

/** Writes a new numbered version in `folder`; two exports at once still get distinct names. */
export function writeNewVersion(folder: string, fileName: string, bytes: Uint8Array): Promise<string> {
  return runExclusive(`export:${folder}`, async () => {
    await mkdir(folder, { recursive: true });
    const target = await freeFileName(folder, fileName);
    await writeFileDurable(target, bytes);
    return target;
  });
}
