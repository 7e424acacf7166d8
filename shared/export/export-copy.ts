/**
 * The copy of each exported resumé in the shared folder, for colleagues who open the folder
 * without Notulist: `<shared folder>/Resumés/<year of the meeting>/<file name>`. Free of zod
 * and Node, so the settings screen names the same folder the core writes.
 */
export const EXPORT_COPY_FOLDER = 'Resumés';

/** The tree's folder for a meeting of `date` (ISO `YYYY-MM-DD`), as path segments under the shared folder. */
export function exportCopyFolder(date: string): [string, string] {
  const year = /^\d{4}/.exec(date)?.[0] ?? 'zonder datum';
  return [EXPORT_COPY_FOLDER, year];
}

/** `name.docx` for n = 1, else `name (n).docx`: the names tried, in order, until one is free or holds the same bytes. */
export function numberedFileName(fileName: string, n: number): string {
  if (n === 1) return fileName;
  const dot = fileName.lastIndexOf('.');
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const extension = dot > 0 ? fileName.slice(dot) : '';
  return `${stem} (${n})${extension}`;
}
