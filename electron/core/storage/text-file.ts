import { readFile } from 'node:fs/promises';
import { ApiError } from '../../../shared/api/errors';
import { isMissing } from './fs-errors';

/**
 * Notepad and some editors on Windows start UTF-8 files with a byte-order mark, which JSON.parse
 * refuses; such a file is perfectly readable and must not be quarantined for it.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A text file without its byte-order mark; undefined when it is not there, a storage error when it cannot be read. */
export async function readTextIfPresent(file: string): Promise<string | undefined> {
  try {
    return withoutByteOrderMark(await readFile(file, 'utf8'));
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw new ApiError('storage', `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
