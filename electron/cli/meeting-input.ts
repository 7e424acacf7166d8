import { readFile } from 'node:fs/promises';
import { parseMeetingFile } from '../../shared/model/meeting-file';
import type { Meeting } from '../../shared/model/meeting';
import { withJournal } from '../core/meetings/meeting-journal';
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
  return withJournaledSaves(path, result.meeting);
}

/**
 * A workspace's meeting file with the saves still in the journal beside it (meetings/<id>.journal,
 * written into the file at the app's next checkpoint): the meeting as the app shows it.
 */
async function withJournaledSaves(path: string, meeting: Meeting): Promise<Meeting> {
  let outcome;
  try {
    outcome = await withJournal(path, meeting);
  } catch (error) {
    throw new CliError(`cannot read the journal beside ${path}: ${error instanceof Error ? error.message : String(error)}`, EXIT.io);
  }
  const problem = outcome.corrupt ?? outcome.problem;
  if (problem !== undefined) {
    throw new CliError(`the saves journaled beside ${path} cannot be applied (${problem}); open the workspace in Notulist once, which keeps the journal in quarantine/ and the meeting as far as it can`, EXIT.invalidInput);
  }
  return outcome.meeting;
}
