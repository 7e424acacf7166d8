import { readFile } from 'node:fs/promises';
import { withJournal } from '../../electron/core/meetings/meeting-journal';
import { parseMeetingFile } from '../../shared/model/meeting-file';

/**
 * A meeting file's text as the next start reads it: the saves the host still holds in the
 * journal beside it (meetings/<id>.journal, written into the file at its next checkpoint) applied.
 * A file that is missing or not a meeting is given as it is ('' when missing).
 */
export async function savedMeetingText(file: string): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const parsed = parseMeetingFile(text);
  if (!parsed.ok) return text;
  return JSON.stringify((await withJournal(file, parsed.meeting)).meeting);
}
