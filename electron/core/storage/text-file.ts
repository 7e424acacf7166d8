/**
 * Notepad and some editors on Windows start UTF-8 files with a byte-order mark, which JSON.parse
 * refuses; such a file is perfectly readable and must not be quarantined for it.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
