import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/** pandoc and LibreOffice as independent readers of the produced DOCX. */

const run = promisify(execFile);

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const HAS_PANDOC = onPath('pandoc');
/** LibreOffice's command is `soffice`, on some systems only `libreoffice`. */
export const SOFFICE = ['soffice', 'libreoffice'].find(onPath);
/** Why a LibreOffice check was skipped, shown by the test reporter. */
export const NO_SOFFICE = 'LibreOffice (soffice) is not on PATH; install it to run this check';

/** Writes the bytes to a fresh temp folder as resume.docx; the caller removes the folder. */
export async function writeTempDocx(bytes: Uint8Array): Promise<{ dir: string; file: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'notulist-docx-'));
  const file = join(dir, 'resume.docx');
  await writeFile(file, bytes);
  return { dir, file, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** `pandoc -f docx -t <format>`; standalone so the Title-styled RESUMÉ (pandoc's title) is kept. */
export async function pandoc(bytes: Uint8Array, to: string): Promise<string> {
  const temp = await writeTempDocx(bytes);
  try {
    const { stdout } = await run('pandoc', ['-f', 'docx', '-t', to, '--standalone', '--wrap=none', temp.file], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } finally {
    await temp.cleanup();
  }
}

/**
 * `soffice --headless --convert-to <filter>` with a private profile, so the test neither
 * touches nor waits for a user's running LibreOffice. Returns the converted file's bytes.
 */
export async function sofficeConvert(bytes: Uint8Array, filter: string): Promise<Buffer> {
  if (!SOFFICE) throw new Error('LibreOffice is not installed');
  const temp = await writeTempDocx(bytes);
  try {
    const profile = pathToFileURL(join(temp.dir, 'profile')).href;
    const outdir = join(temp.dir, 'out');
    await run(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outdir, temp.file], {
      timeout: 120_000,
    });
    const produced = await readdir(outdir).catch(() => []);
    const stem = basename(temp.file, '.docx');
    const output = produced.find((name) => name.startsWith(`${stem}.`));
    if (!output) throw new Error(`LibreOffice produced nothing for ${filter} (folder holds: ${produced.join(', ') || 'nothing'})`);
    return await readFile(join(outdir, output));
  } finally {
    await temp.cleanup();
  }
}
