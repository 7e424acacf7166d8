import { access } from 'node:fs/promises';

import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { MeetingSchema } from '../../shared/model/meeting';
import { ApiError } from '../../shared/api/errors';
import { buildResumeFile } from '../core/exports/resume-export';
import { writeFileDurable } from '../core/storage/durable-write';
import { freeFileName } from '../core/exports/export-files';
import { CliError, EXIT } from './cli-error';
import { copyToSyncFolder, exportSourceFor, exportWorkspace, type ExportSourceOptions } from './export-source';
import { readMeetingArgument } from './meeting-input';

export interface CommandOutput {
  out: (line: string) => void;
}

export const USAGE = `Usage: notulist <command> [options]

Commands:
  export <meeting.json> [-o out.docx] [--force] [--public] [--workspace DIR]
                        [--template own.docx] [--organisation NAME]
                          write the resumé as DOCX (default: "<date> Resumé <name>.docx"
                          next to the meeting file, numbered if that name is taken);
                          --public leaves out the tables and items marked confidential,
                          otherwise a meeting with confidential content is exported as
                          "… (vertrouwelijk).docx", marked on every page;
                          --workspace (or NOTULIST_HOME) uses that workspace's house style,
                          Word template and organisation name, as the app does; without
                          either, the built-in house style of a new workspace;
                          --template fills an organisation's own .docx that holds
                          {{inhoud}} (and optionally {{titel}}, {{vergadering}}, {{algemeen}}, …);
                          --organisation sets the organisation's name for this run;
                          with the workspace's "copy exports to the shared folder" on,
                          also copies it to <shared folder>/Resumés/<year> (a second line
                          says where, or that the copy waits for the folder)
  import <file.docx|folder> [-o meeting.json] [--force] [--workspace DIR]
                          import past Word resumés (a folder: every .docx in it and its
                          subfolders) into the workspace (--workspace, else NOTULIST_HOME,
                          else the app's own), marked imported, the .docx kept beside each;
                          a file imported before is skipped; prints a line per document and
                          a summary; exit 1 when any document was not a resumé;
                          -o writes one document's meeting file instead (--force overwrites)
  validate <meeting.json> check a meeting file; exit 1 with a list of problems
  validate --workspace DIR
                          list the sync conflicts waiting in the workspace; exit 1 if any
  sync [--full] [--workspace DIR]
                          one sync round with the workspace's shared folder (set in
                          Instellingen); prints what it wrote, what is still arriving,
                          problems and open conflicts; --full also merges the sync
                          service's conflict copies; exit 3 when sync stopped
  schema                  print the JSON Schema of the meeting file
  help                    show this text

Exit codes: 0 ok, 1 invalid meeting file or document not imported, 2 wrong command line,
3 read/write failure.`;

export async function exportCommand(
  path: string | undefined,
  options: { output?: string; force?: boolean; public?: boolean } & ExportSourceOptions,
  io: CommandOutput,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const meeting = await readMeetingArgument(path);
  const source = await exportSourceFor(options, env);
  const file = await buildResumeFile(meeting, source, options.public ?? false).catch((error: unknown) => {
    if (error instanceof ApiError) throw new CliError(error.message, EXIT.invalidInput, error.details);
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
  const copy = await copyToSyncFolder(exportWorkspace(options, env), { source: target, fileName: file.fileName, date: meeting.date });
  if (copy?.status === 'copied') io.out(`copied to ${copy.path}`);
  if (copy?.status === 'waiting') io.out('the copy to the shared folder waits until it can be reached: the next sync round makes it');
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
