import { access } from 'node:fs/promises';

import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { resumeFileName } from '../../shared/format/file-names';
import { MeetingSchema } from '../../shared/model/meeting';
import { renderResumeDocx } from '../../shared/export/resume-docx';
import { writeFileDurable } from '../core/durable-write';
import { freeFileName } from '../core/export-files';
import { CliError, EXIT } from './cli-error';
import { readMeetingArgument } from './meeting-input';

export interface CommandOutput {
  out: (line: string) => void;
}

export const USAGE = `Usage: notulist <command> [options]

Commands:
  export <meeting.json> [-o out.docx] [--force]
                          write the resumé as DOCX (default: "<date> Resumé <name>.docx"
                          next to the meeting file, numbered if that name is taken)
  validate <meeting.json> check a meeting file; exit 1 with a list of problems
  schema                  print the JSON Schema of the meeting file
  help                    show this text

Exit codes: 0 ok, 1 invalid meeting file, 2 wrong command line, 3 read/write failure.`;

export async function exportCommand(path: string | undefined, options: { output?: string; force?: boolean }, io: CommandOutput): Promise<number> {
  const meeting = await readMeetingArgument(path);
  let target: string;
  if (options.output) {
    target = resolve(options.output);
    if (!options.force && (await access(target).then(() => true, () => false))) {
      throw new CliError(`${target} already exists; choose another -o or add --force`, EXIT.usage);
    }
  } else {
    target = await freeFileName(dirname(resolve(path!)), resumeFileName(meeting.date, meeting.name));
  }
  const bytes = await renderResumeDocx(meeting);
  try {
    await writeFileDurable(target, bytes);
  } catch (error) {
    throw new CliError(`cannot write ${target}: ${error instanceof Error ? error.message : String(error)}`, EXIT.io);
  }
  io.out(target);
  return EXIT.ok;
}

export async function validateCommand(path: string | undefined, io: CommandOutput): Promise<number> {
  const meeting = await readMeetingArgument(path);
  const items = meeting.sections.reduce((sum, section) => sum + section.items.length, 0);
  io.out(`${path}: valid meeting "${meeting.name}" of ${meeting.date} (${meeting.sections.length} sections, ${items} items)`);
  return EXIT.ok;
}

export function schemaCommand(io: CommandOutput): number {
  const schema = z.toJSONSchema(MeetingSchema, { io: 'input', unrepresentable: 'any' });
  io.out(JSON.stringify({ title: 'Notulist meeting file', ...schema }, null, 2));
  return EXIT.ok;
}
