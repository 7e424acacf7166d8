/**
 * The names sync services give the losing side of a conflict. Notulist never has two writers
 * to one file, but a copied profile, a restore or a service's own glitch can still make one;
 * such a copy is read, merged (merging is idempotent) and moved to the attic.
 */
export interface ConflictCopy {
  /** The name the copy is a copy of (`abc123def456.json`). */
  original: string;
  service: 'syncthing' | 'dropbox' | 'onedrive';
  /** The device (or computer) the service names, as it spells it. */
  by: string;
}

/** `name.sync-conflict-20231010-101010-ABCDEF7.ext` */
const SYNCTHING = /^(.+?)\.sync-conflict-(\d{8})-(\d{6})-([A-Z0-9]{7})(\.[^.]+)?$/;
/** `name (Marielle's conflicted copy 2023-10-10).ext`, `name (conflicted copy 2023-10-10 (1)).ext` */
const DROPBOX = /^(.+?) \(((?:[^()]|\(\d+\))*?)conflicted copy(?:[^()]|\(\d+\))*\)(\.[^.]+)?$/i;
/** `name-COMPUTERNAME.ext`: only for names Notulist writes, since any name may hold a dash. */
const ONEDRIVE = /^(.+?)(\.[^.]+)$/;
const COMPUTER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,14}$/;

function parseOneDrive(name: string, isOwnName: (original: string) => boolean): ConflictCopy | undefined {
  const match = ONEDRIVE.exec(name);
  if (!match || isOwnName(name)) return undefined;
  const [, stem, extension] = match as unknown as [string, string, string];
  // The computer name may itself hold dashes (LAPTOP-7QX2): try each dash as the split.
  for (let dash = stem.indexOf('-'); dash > 0; dash = stem.indexOf('-', dash + 1)) {
    const original = `${stem.slice(0, dash)}${extension}`;
    const by = stem.slice(dash + 1);
    if (COMPUTER_NAME.test(by) && isOwnName(original)) return { original, service: 'onedrive', by };
  }
  return undefined;
}

/** Whether `name` is a service's conflict copy; `isOwnName` tells Notulist's own names (for OneDrive). */
export function parseConflictCopyName(name: string, isOwnName: (original: string) => boolean): ConflictCopy | undefined {
  const syncthing = SYNCTHING.exec(name);
  if (syncthing) return { original: `${syncthing[1]}${syncthing[5] ?? ''}`, service: 'syncthing', by: syncthing[4]! };
  const dropbox = DROPBOX.exec(name);
  if (dropbox) return { original: `${dropbox[1]}${dropbox[3] ?? ''}`, service: 'dropbox', by: dropbox[2]!.replace(/'s\s*$/i, '').trim() };
  return parseOneDrive(name, isOwnName);
}
