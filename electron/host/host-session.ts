import { randomBytes } from 'node:crypto';
import { chmod, open, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** What the browser host keeps in the workspace between starts; readable by its owner only. */
const HostSessionSchema = z.object({
  /** The session cookie's value: a tab that has it keeps working after a restart. */
  sessionSecret: z.string().min(32),
  /** The port last served, tried first on the next start so an open tab finds the host again. */
  port: z.number().int().min(1).max(65535).optional(),
});
export type HostSession = z.infer<typeof HostSessionSchema>;

export const HOST_SESSION_FILE = 'browser-host.json';

/**
 * The workspace's host session, or a new one when there is none or it is unreadable: it holds
 * no meeting data, so starting afresh only means the open tabs need the new link.
 */
export async function loadHostSession(workspaceDir: string): Promise<HostSession> {
  try {
    const parsed = HostSessionSchema.safeParse(JSON.parse(await readFile(join(workspaceDir, HOST_SESSION_FILE), 'utf8')));
    if (parsed.success) return parsed.data;
    console.warn(`notulist: ${HOST_SESSION_FILE} is not valid; open tabs need the new link`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      console.warn(`notulist: could not read ${HOST_SESSION_FILE} (${error instanceof Error ? error.message : String(error)}); open tabs need the new link`);
    }
  }
  return { sessionSecret: randomBytes(24).toString('base64url') };
}

/** Written whole (temp file and rename) with mode 0600: the secret is as good as the link. */
export async function saveHostSession(workspaceDir: string, session: HostSession): Promise<void> {
  const path = join(workspaceDir, HOST_SESSION_FILE);
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(session, null, 2)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(temp, 0o600);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
