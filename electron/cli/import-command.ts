import { homedir } from 'node:os';
import { access, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { importResume } from '../../shared/archive/import/resume-import';
import type { ImportResumeResult } from '../../shared/archive/import-schemas';
import { fileHash } from '../core/archive/imported-files';
import { createNotulistCore, type OpenCore } from '../core/notulist-core';
import { writeFileDurable } from '../core/storage/durable-write';
import { resolveWorkspaceDir } from '../core/workspace/workspace-path';
import { CliError, EXIT } from './cli-error';
import type { CommandOutput } from './commands';

export interface ImportCommandOptions {
  output?: string | undefined;
  force?: boolean | undefined;
  workspace?: string | undefined;
}

/** The .docx files of a folder and its subfolders, by path (code points: the same on every machine); Word's "~$" lock files are not documents. */
async function documentsIn(folder: string): Promise<string[]> {
  const names = await readdir(folder, { recursive: true });
  return names
    .filter((name) => name.toLowerCase().endsWith('.docx') && !basename(name).startsWith('~$'))
    .sort()
    .map((name) => join(folder, name));
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`, EXIT.io);
  }
}

/** `-o meeting.json`: the meeting file of one document, written instead of added to a workspace. */
async function importToFile(path: string, options: ImportCommandOptions, io: CommandOutput): Promise<number> {
  const target = resolve(options.output!);
  if (!options.force && (await access(target).then(() => true, () => false))) {
    throw new CliError(`${target} already exists; choose another -o or add --force`, EXIT.usage);
  }
  const bytes = await readInput(path);
  const result = await importResume(bytes, { fileName: basename(path), hash: fileHash(bytes), now: new Date() });
  if (!result.ok) throw new CliError(`${path} was not imported: ${result.reason}`, EXIT.invalidInput);
  try {
    await writeFileDurable(target, `${JSON.stringify(result.meeting, null, 2)}\n`);
  } catch (error) {
    throw new CliError(`cannot write ${target}: ${error instanceof Error ? error.message : String(error)}`, EXIT.io);
  }
  io.out(target);
  return EXIT.ok;
}

/** One line per document: what became of it. */
function describeOutcome(result: ImportResumeResult): string {
  switch (result.outcome) {
    case 'imported':
      return `imported "${result.meeting.name}" of ${result.meeting.date}${result.warnings.map((warning) => `; ${warning}`).join('')}`;
    case 'duplicate':
      return `skipped: already imported as "${result.meeting.name}" of ${result.meeting.date}`;
    case 'failed':
      return `failed: ${result.reason}`;
  }
}

async function importIntoWorkspace(files: string[], base: string, core: OpenCore, io: CommandOutput): Promise<Record<ImportResumeResult['outcome'], number>> {
  const counts = { imported: 0, duplicate: 0, failed: 0 };
  for (const [index, file] of files.entries()) {
    const bytes = await readFile(file).catch(() => undefined);
    const result: ImportResumeResult = bytes
      ? await core.importResume({ fileName: basename(file), base64: Buffer.from(bytes).toString('base64') })
      : { outcome: 'failed', problem: 'unreadable', reason: 'the file cannot be read' };
    counts[result.outcome] += 1;
    io.out(`[${index + 1}/${files.length}] ${relative(base, file) || basename(file)}: ${describeOutcome(result)}`);
  }
  return counts;
}

/**
 * `notulist import <file.docx|folder>`: past resumés into the workspace (--workspace, else
 * NOTULIST_HOME, else the app's own), a line per document and a summary; exit 1 when any failed.
 */
export async function importCommand(path: string | undefined, options: ImportCommandOptions, io: CommandOutput, env: NodeJS.ProcessEnv): Promise<number> {
  if (!path) throw new CliError('missing <file.docx|folder> argument', EXIT.usage);
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new CliError(`cannot read ${path}: no such file or folder`, EXIT.io);
  if (options.output !== undefined) {
    if (info.isDirectory()) throw new CliError('-o writes one meeting file: give one .docx, not a folder', EXIT.usage);
    return importToFile(path, options, io);
  }
  const files = info.isDirectory() ? await documentsIn(path) : [path];
  const workspace = options.workspace ?? resolveWorkspaceDir(env, process.platform, homedir());
  const core = await createNotulistCore({ workspaceDir: workspace, appVersion: 'cli' }).catch((error: unknown) => {
    throw new CliError(`workspace ${workspace}: ${error instanceof Error ? error.message : String(error)}`, EXIT.io);
  });
  try {
    const counts = await importIntoWorkspace(files, info.isDirectory() ? path : '', core, io);
    io.out(`${files.length} ${files.length === 1 ? 'file' : 'files'} into ${workspace}: ${counts.imported} imported, ${counts.duplicate} skipped as duplicate, ${counts.failed} failed`);
    return counts.failed > 0 ? EXIT.invalidInput : EXIT.ok;
  } finally {
    await core.close();
  }
}
