import { createHash } from 'node:crypto';

/** What a device file names a published file by: sha-256 of its bytes, hex. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
