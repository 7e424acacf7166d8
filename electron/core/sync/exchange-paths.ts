import { DEVICE_ID_PATTERN } from '../../../shared/sync/exchange-files';

/**
 * The layout of the exchange folder, `notulist-sync/` in the shared folder. Each device writes
 * only the files named after it; names are lower-case and never renamed, so a case-insensitive
 * file system cannot make two of one.
 */
export const EXCHANGE_FOLDER = 'notulist-sync';
export const FORMAT_FILE = 'format.json';
export const DEVICES_FOLDER = 'devices';
export const MEETINGS_FOLDER = 'meetings';
export const PEOPLE_FOLDER = 'people';
export const ATTIC_FOLDER = 'attic';

export const deviceFilePath = (device: string): string => `${DEVICES_FOLDER}/${device}.json`;
export const peopleFilePath = (device: string): string => `${PEOPLE_FOLDER}/${device}.json`;

/**
 * A meeting id as a lower-case folder name, one to one: `_` becomes `__` and a capital `_x`.
 * Meeting ids are letters, digits, `-` and `_`, so nothing else needs escaping.
 */
export function meetingFolder(id: string): string {
  return id.replace(/_/g, '__').replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

export function meetingIdOfFolder(folder: string): string {
  return folder.replace(/_(_|[a-z])/g, (_, next: string) => (next === '_' ? '_' : next.toUpperCase()));
}

export const meetingFilePath = (meetingId: string, device: string): string => `${MEETINGS_FOLDER}/${meetingFolder(meetingId)}/${device}.json`;

/** The device a name in devices/, meetings/<id>/ or people/ belongs to, if it is one of ours. */
export function deviceOfFileName(name: string): string | undefined {
  const device = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
  return DEVICE_ID_PATTERN.test(device) ? device : undefined;
}

/** Where a merged conflict copy goes: the attic, under its folder and a stamp, never overwriting. */
export const atticPath = (from: string, stamp: string): string => `${ATTIC_FOLDER}/${stamp.replace(/[^0-9a-z]/gi, '')}-${from.replace(/\//g, '--')}`;
