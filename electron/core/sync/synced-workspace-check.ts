import { access } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { SYNC_SERVICE_MARKERS, syncServiceByName } from '../../../shared/sync/synced-workspace';

/**
 * The file-sync service that copies the workspace folder itself, if any: by the folder names on
 * its path, else by a service's marker in the folder or one of its parents. Unreadable parents
 * count as unmarked: this only warns.
 */
export async function syncServiceAroundWorkspace(workspaceDir: string): Promise<string | undefined> {
  const byName = syncServiceByName(resolve(workspaceDir));
  if (byName) return byName;
  for (let folder = resolve(workspaceDir); ; folder = dirname(folder)) {
    for (const [marker, service] of SYNC_SERVICE_MARKERS) {
      if (await access(join(folder, marker)).then(() => true, () => false)) return service;
    }
    if (dirname(folder) === folder) return undefined;
  }
}
