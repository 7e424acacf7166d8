// The `notulist` command: `npm run notulist -- <command>`, or `notulist <command>` when installed.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { CliError, EXIT } from './cli-error';
import { exportCommand, schemaCommand, USAGE, validateCommand, type CommandOutput } from './commands';
import { importCommand } from './import-command';
import { syncCommand, validateWorkspaceCommand } from './sync-command';

export async function runCli(argv: string[], io: CommandOutput & { err: (line: string) => void }, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          output: { type: 'string', short: 'o' },
          force: { type: 'boolean' },
          public: { type: 'boolean' },
          template: { type: 'string' },
          workspace: { type: 'string' },
          organisation: { type: 'string' },
          full: { type: 'boolean' },
        },
      });
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error), EXIT.usage);
    }
    const [file, extra] = parsed.positionals;
    if (extra !== undefined) throw new CliError(`unexpected argument: ${extra}`, EXIT.usage);
    switch (command) {
      case 'export':
        return await exportCommand(file, parsed.values, io, env);
      case 'validate':
        if (file === undefined && parsed.values.workspace !== undefined) return await validateWorkspaceCommand(parsed.values.workspace, io);
        return await validateCommand(file, io);
      case 'sync':
        return await syncCommand(parsed.values, io, env);
      case 'schema':
        return schemaCommand(io);
      case 'import':
        return await importCommand(file, parsed.values, io, env);
      default:
        throw new CliError(`unknown command "${command}"; run "notulist help"`, EXIT.usage);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`notulist: ${error.message}`);
      for (const detail of error.details) io.err(`  ${detail}`);
      return error.exitCode;
    }
    throw error;
  }
}

/** Runs the CLI on this process's arguments and sets its exit code. */
export function runCliProcess(): Promise<void> {
  return runCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      // Not a user mistake: a bug. Keep the stack for the bug report.
      console.error('notulist: internal error:', error);
      process.exitCode = 70;
    });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void runCliProcess();
