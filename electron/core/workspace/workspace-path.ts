import { join } from 'node:path';

/**
 * The workspace folder: NOTULIST_HOME, else where Electron's app.getPath('userData') puts the
 * data of an app named "Notulist", so the desktop app, the browser host and the CLI agree.
 */
export function resolveWorkspaceDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, homedir: string): string {
  if (env.NOTULIST_HOME) return env.NOTULIST_HOME;
  switch (platform) {
    case 'win32':
      return join(env.APPDATA || join(homedir, 'AppData', 'Roaming'), 'Notulist');
    case 'darwin':
      return join(homedir, 'Library', 'Application Support', 'Notulist');
    default:
      return join(env.XDG_CONFIG_HOME || join(homedir, '.config'), 'Notulist');
  }
}
