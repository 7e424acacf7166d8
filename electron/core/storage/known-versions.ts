import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

/** Which version of a file is on disk: a durable write replaces the inode, an edit in place the times. */
export async function identityOf(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file, { bigint: true });
    return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
  } catch {
    return undefined;
  }
}

function sha256(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

interface Known {
  identity: string;
  /** The content's hash, made only when a check needs it: hashing every save costs time. */
  hash?: string;
  bytes?: string | Uint8Array;
}

export type DiskState = 'ours' | 'missing' | 'unknown' | 'changed';

/**
 * What this process last read or wrote for each file, to tell its own version from one another
 * program (a sync client, a restored copy, a second Notulist) put there since. A file is ours
 * when its identity (inode, size, times) is unchanged or, failing that, its content hash is.
 */
export class KnownVersions {
  private readonly known = new Map<string, Known>();

  remember(file: string, identity: string | undefined, bytes: string | Uint8Array): void {
    if (identity === undefined) this.known.delete(file);
    else this.known.set(file, { identity, bytes });
  }

  forget(file: string): void {
    this.known.delete(file);
  }

  /** 'unknown': never read or written here (e.g. after a restart), so nothing to compare with. */
  async check(file: string): Promise<DiskState> {
    const identity = await identityOf(file);
    if (identity === undefined) return 'missing';
    const known = this.known.get(file);
    if (!known) return 'unknown';
    if (known.identity === identity) return 'ours';
    const size = identity.split(':')[2];
    const knownSize = known.identity.split(':')[2];
    if (size !== knownSize) return 'changed';
    let current: Buffer;
    try {
      current = await readFile(file);
    } catch {
      return 'missing';
    }
    known.hash ??= sha256(known.bytes ?? '');
    known.bytes = undefined;
    if (sha256(current) !== known.hash) return 'changed';
    // Touched or copied back unchanged: still ours, and next time the identity says so at once.
    known.identity = identity;
    return 'ours';
  }
}
