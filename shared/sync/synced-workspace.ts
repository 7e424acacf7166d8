/**
 * A workspace inside a folder a file-sync service copies is written by every laptop that opens
 * it: the service then makes conflict copies of notulist.json and the meetings instead of
 * merging them (issue 18). These recognise such a folder by its name or by the marker a service
 * leaves in it; docs/sync.md, Guards.
 */

/** Folder names the services give their synced roots on Windows and macOS. */
const SYNCED_FOLDER_NAMES: readonly [RegExp, string][] = [
  [/^OneDrive( - .+)?$/i, 'OneDrive'],
  [/^Dropbox( \(.+\))?$/i, 'Dropbox'],
  [/^(Google Drive|My Drive|Mijn Drive)$/i, 'Google Drive'],
  [/^(iCloud Drive|Mobile Documents)$/i, 'iCloud Drive'],
];

/** Files or folders a service keeps in the root it syncs. */
export const SYNC_SERVICE_MARKERS: readonly [string, string][] = [
  ['.stfolder', 'Syncthing'],
  ['.dropbox', 'Dropbox'],
  ['.dropbox.cache', 'Dropbox'],
];

/** The service whose synced root a path lies in, judged by the folder names along the path alone. */
export function syncServiceByName(path: string): string | undefined {
  for (const segment of path.split(/[\\/]+/)) {
    const found = SYNCED_FOLDER_NAMES.find(([pattern]) => pattern.test(segment));
    if (found) return found[1];
  }
  return undefined;
}
