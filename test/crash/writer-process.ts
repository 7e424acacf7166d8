import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..', '..');
const URL_LINE = /^(http:\/\/127\.0\.0\.1:\d+\/\S*)$/m;

/** The real writer: the browser host as `npm run web` starts it, on one workspace. */
export interface Writer {
  /** The URL the host printed, as a secretary would open it. */
  url: string;
  child: ChildProcess;
}

/**
 * The host's code (electron/host/start-host.ts and the core) bundled into one file, as the Electron
 * main is: a restart then costs Node's start, not seconds of TypeScript transpiling per trial.
 * app-paths.ts finds the project from its own import.meta.url, so the bundle is told that URL.
 */
export async function bundleWriter(): Promise<string> {
  const outfile = join(await mkdtemp(join(tmpdir(), 'notulist-crash-writer-')), 'writer.mjs');
  await build({
    entryPoints: [join(ROOT, 'test', 'crash', 'writer-entry.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(ROOT, 'electron', 'core', 'page', 'app-paths.ts')).href) },
    banner: { js: "import { createRequire as __crashCreateRequire } from 'node:module'; const require = __crashCreateRequire(process.argv[1]);" },
  });
  return outfile;
}

/** Starts the host in a process of its own and waits for the URL line it prints when ready. */
export async function startWriter(bundle: string, workspace: string): Promise<Writer> {
  // Plain Node on the bundle: the pid killed is the pid that writes.
  const child = spawn(process.execPath, [bundle], {
    cwd: ROOT,
    env: { ...process.env, NOTULIST_HOME: workspace, NOTULIST_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the host did not print its URL within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = URL_LINE.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolveUrl(match[1]!);
    };
    const onExit = (code: number | null): void => {
      clearTimeout(timer);
      reject(new Error(`the host exited with ${code} before it was ready:\n${output}`));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', onExit);
  });
  return { url, child };
}

/** kill -9: no exit handlers, no flush; whatever the disk holds now is what the next start finds. */
export async function killHard(writer: Writer): Promise<void> {
  await stopWith(writer, 'SIGKILL');
}

/** The ordinary way out, at the end of a run. */
export async function stopGently(writer: Writer): Promise<void> {
  await stopWith(writer, 'SIGTERM');
}

async function stopWith(writer: Writer, signal: NodeJS.Signals): Promise<void> {
  const { child } = writer;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  child.kill(signal);
  await exited;
}
