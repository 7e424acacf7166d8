import type { SyncFs } from '../../../electron/core/sync/sync-fs';

/** A fault a simulated disk answers with, like Node's: an error carrying a code. */
export function fsError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

const versionSerials = new WeakMap<Uint8Array, number>();
let serials = 0;

/** An in-memory folder: what one device sees on disk. Every write and move is logged. */
export class MemoryFs implements SyncFs {
  readonly files = new Map<string, Uint8Array>();
  /** Paths that read as a cloud-only placeholder: the read fails until the file arrives. */
  readonly placeholders = new Set<string>();
  /** Writes fail with EPERM (after the retries a real rename makes) while set. */
  flaky = false;
  /** Every write and move this folder's owner made, in order. */
  readonly log: string[] = [];
  onWrite: (path: string, data: Uint8Array | undefined, movedFrom?: string) => void = () => undefined;

  async read(path: string): Promise<Uint8Array | undefined> {
    if (this.placeholders.has(path)) throw fsError('ETIMEDOUT', path);
    return this.files.get(path);
  }

  async write(path: string, data: Uint8Array, beforeReplace?: () => Promise<void>): Promise<void> {
    if (this.flaky) throw fsError('EPERM', path);
    await beforeReplace?.();
    this.files.set(path, data);
    this.log.push(path);
    this.onWrite(path, data);
  }

  async append(path: string, data: Uint8Array): Promise<void> {
    if (this.flaky) throw fsError('EPERM', path);
    const old = this.files.get(path) ?? new Uint8Array();
    const joined = new Uint8Array(old.length + data.length);
    joined.set(old);
    joined.set(data, old.length);
    this.files.set(path, joined);
    this.log.push(path);
    this.onWrite(path, joined);
  }

  /** Each file version its own serial, as an inode and mtime would: the same bytes put back read as that version again. */
  async identity(path: string): Promise<string | undefined> {
    const data = this.files.get(path);
    if (!data) return undefined;
    let serial = versionSerials.get(data);
    if (serial === undefined) versionSerials.set(data, (serial = (serials += 1)));
    return `${serial}:${data.length}`;
  }

  async list(folder: string): Promise<string[]> {
    const prefix = `${folder}/`;
    const names = new Set<string>();
    for (const path of this.files.keys()) if (path.startsWith(prefix)) names.add(path.slice(prefix.length).split('/')[0]!);
    return [...names].sort();
  }

  async move(from: string, to: string): Promise<void> {
    const data = this.files.get(from);
    if (!data) throw fsError('ENOENT', from);
    if (this.flaky) throw fsError('EPERM', from);
    this.files.delete(from);
    this.files.set(to, data);
    this.log.push(`${from} -> ${to}`);
    this.onWrite(from, undefined);
    this.onWrite(to, data, from);
  }

  /** Set by the sync service, not logged: a file arriving or going. */
  land(path: string, data: Uint8Array | undefined): void {
    this.placeholders.delete(path);
    if (data) this.files.set(path, data);
    else this.files.delete(path);
  }

  snapshot(): Map<string, Uint8Array> {
    return new Map(this.files);
  }

  restore(files: Map<string, Uint8Array>): void {
    this.files.clear();
    for (const [path, data] of files) this.files.set(path, data);
  }
}
