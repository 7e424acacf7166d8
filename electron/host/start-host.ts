import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT, RENDERER_DIST } from '../core/page/app-paths';
import { createNotulistCore } from '../core/notulist-core';
import { resolveWorkspaceDir } from '../core/workspace/workspace-path';
import { loadHostSession, saveHostSession } from './host-session';
import { startHost, type HostOptions, type RunningHost } from './http-host';

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Port from NOTULIST_PORT, else 0 (a free one); a bad value is a clear error, not a surprise port. */
export function portFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.NOTULIST_PORT;
  if (raw === undefined || raw === '') return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`NOTULIST_PORT must be a port number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

/**
 * Serves on the port asked for; without NOTULIST_PORT, first on the port this workspace used
 * last (so an open tab finds a restarted host), and on a free one when that is taken.
 */
async function startOnPreferredPort(options: HostOptions, env: NodeJS.ProcessEnv, remembered: number | undefined): Promise<RunningHost> {
  const asked = env.NOTULIST_PORT !== undefined && env.NOTULIST_PORT !== '';
  if (asked || remembered === undefined) return startHost({ ...options, port: portFromEnv(env) });
  try {
    return await startHost({ ...options, port: remembered });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return startHost({ ...options, port: 0 });
  }
}

/** Opens the workspace and serves the app; the URL goes on a line of its own for scripts to read. */
export async function runBrowserHost(env: NodeJS.ProcessEnv = process.env): Promise<RunningHost> {
  if (!existsSync(join(RENDERER_DIST, 'index.html'))) {
    throw new Error(`the renderer is not built (${RENDERER_DIST} is missing): run "npm run build" first`);
  }
  const workspaceDir = resolveWorkspaceDir(env, process.platform, homedir());
  const core = await createNotulistCore({ workspaceDir, appVersion: appVersion() });
  const session = await loadHostSession(workspaceDir);
  const host = await startOnPreferredPort({ core, staticDir: RENDERER_DIST, sessionSecret: session.sessionSecret }, env, session.port);
  await saveHostSession(workspaceDir, { sessionSecret: session.sessionSecret, port: host.port });
  console.log(`Notulist workspace: ${workspaceDir}`);
  console.log('Notulist is running in your browser at:');
  console.log(host.url);
  const stop = (): void => {
    void host
      .close()
      .then(() => core.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return host;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runBrowserHost().catch((error: unknown) => {
    console.error(`notulist: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
