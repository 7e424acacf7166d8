import { access, readFile } from 'node:fs/promises';

import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { MeetingSchema } from '../../shared/model/meeting';
import { exportResume } from '../../shared/export/export-resume';
import { WordTemplateError } from '../../shared/export/word-template';
import { DEFAULT_TEMPLATE } from '../../shared/model/template-settings';
import { writeFileDurable } from '../core/durable-write';
import { freeFileName } from '../core/export-files';
import { CliError, EXIT } from './cli-error';
import { readMeetingArgument } from './meeting-input';

export interface CommandOutput {
  out: (line: string) => void;
}

export const USAGE = `Usage: notulist <command> [options]

Commands:
  export <meeting.json> [-o out.docx] [--force] [--public] [--template own.docx]
                          write the resumé as DOCX (default: "<date> Resumé <name>.docx"
                          next to the meeting file, numbered if that name is taken);
                          --public leaves out the tables and items marked confidential,
                          otherwise a meeting with confidential content is exported as
                          "… (vertrouwelijk).docx", marked on every page;
                          --template fills an organisation's own .docx that holds
                          {{inhoud}} (and optionally {{titel}}, {{vergadering}}, {{algemeen}}, …)
  validate <meeting.json> check a meeting file; exit 1 with a list of problems
  schema                  print the JSON Schema of the meeting file
  help                    show this text

Exit codes: 0 ok, 1 invalid meeting file, 2 wrong command line, 3 read/write failure.`;

export async function exportCommand(
  path: string | undefined,
  options: { output?: string; force?: boolean; public?: boolean; template?: string },
  io: CommandOutput,
): Promise<number> {
  const meeting = await readMeetingArgument(path);
  let wordTemplate: Uint8Array | undefined;
  if (options.template) {
    wordTemplate = await readFile(options.template).catch(() => {
      throw new CliError(`cannot read the template ${options.template}`, EXIT.io);
    });
  }
  const file = await exportResume(meeting, DEFAULT_TEMPLATE, { public: options.public ?? false, ...(wordTemplate ? { wordTemplate } : {}) }).catch((error: unknown) => {
    if (error instanceof WordTemplateError) throw new CliError(`template ${options.template}: ${error.message}`, EXIT.invalidInput);
    throw error;
  });
  let target: string;
  if (options.output) {
    target = resolve(options.output);
    if (!options.force && (await access(target).then(() => true, () => false))) {
      throw new CliError(`${target} already exists; choose another -o or add --force`, EXIT.usage);
    }
  } else {
    target = await freeFileName(dirname(resolve(path!)), file.fileName);
  }
  try {
    await writeFileDurable(target, file.bytes);
  } catch (error) {
    throw new CliError(`cannot write ${target}: ${error instanceof Error ? error.message : String(error)}`, EXIT.io);
  }
  io.out(target);
  return EXIT.ok;
}

export async function validateCommand(path: string | undefined, io: CommandOutput): Promise<number> {
  const meeting = await readMeetingArgument(path);
  const items = meeting.sections.reduce((sum, section) => sum + section.items.length, 0);
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  io.out(`${path}: valid meeting "${meeting.name}" of ${meeting.date} (${count(meeting.sections.length, 'section')}, ${count(items, 'item')})`);
  return EXIT.ok;
}

export function schemaCommand(io: CommandOutput): number {
  const schema = z.toJSONSchema(MeetingSchema, { io: 'input', unrepresentable: 'any' });
  io.out(JSON.stringify({ title: 'Notulist meeting file', ...schema }, null, 2));
  return EXIT.ok;
}
