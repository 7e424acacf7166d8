import { readFile } from 'node:fs/promises';
import { parseMeetingFile } from '../../shared/model/meeting-file';
import type { Meeting } from '../../shared/model/meeting';
import { CliError, EXIT } from './cli-error';

/** Reads and validates a meeting file named on the command line. */
export async function readMeetingArgument(path: string | undefined): Promise<Meeting> {
  if (!path) throw new CliError('missing <meeting.json> argument', EXIT.usage);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code ?? 'unreadable';
    throw new CliError(`cannot read ${path}: ${reason}`, EXIT.io);
  }
  const result = parseMeetingFile(text);
  if (!result.ok) throw new CliError(`${path} is not a valid meeting file`, EXIT.invalidInput, result.problems);
  return result.meeting;
}
