import type { Rng } from './rng';
import { MemoryFs } from './memory-fs';

/** How a delivery goes wrong, as the real services do. */
export const FAULTS = ['none', 'duplicate', 'truncate', 'stale', 'placeholder', 'vanish', 'revert', 'conflict-copy'] as const;
export type Fault = (typeof FAULTS)[number];

interface Transfer {
  /** Rises with every change: an older version never replaces a newer one that arrived. */
  seq: number;
  to: number;
  path: string;
  /** undefined: the file was removed (moved to the attic). */
  data: Uint8Array | undefined;
  /** Spreads an older version the service put back: what it overwrites may be a last copy. */
  reverted?: true;
}

/**
 * A file-sync service between the devices' copies of the shared folder: every change made in
 * one copy is queued for each other copy and delivered late, out of order, twice, half-written,
 * as an older version, as a placeholder, or as a conflict copy, until a quiet spell delivers
 * the latest of everything.
 */
export class SimService {
  readonly replicas: MemoryFs[];
  private queue: Transfer[] = [];
  /** Every version each path ever had, oldest first: what a stale delivery serves. */
  private history = new Map<string, Uint8Array[]>();
  private seq = 0;
  /** Per copy and path, the newest change that arrived whole. */
  private arrived = new Map<string, number>();
  private latest = new Map<string, Uint8Array | undefined>();
  /** Told, after a revert, of the bytes it put aside: the oracle checks whether they were the last copy. */
  onRevert: (lost: Uint8Array) => void = () => undefined;
  /** Which copy each path was last written in: its device's. */
  private writer = new Map<string, number>();

  constructor(devices: number) {
    this.replicas = Array.from({ length: devices }, (_, index) => {
      const replica = new MemoryFs();
      replica.onWrite = (path, data) => this.changed(index, path, data);
      return replica;
    });
  }

  private changed(from: number, path: string, data: Uint8Array | undefined, reverted?: true): void {
    if (data) this.history.set(path, [...(this.history.get(path) ?? []), data]);
    this.latest.set(path, data);
    this.writer.set(path, from);
    this.seq += 1;
    this.replicas.forEach((_, to) => {
      if (to !== from) this.queue.push({ seq: this.seq, to, path, data, ...(reverted && { reverted }) });
    });
  }

  /** Lands a change whole, unless a newer one of the path already arrived there. */
  private arrive(transfer: Transfer): void {
    const key = `${transfer.to}\u0000${transfer.path}`;
    if ((this.arrived.get(key) ?? 0) > transfer.seq) return;
    this.arrived.set(key, transfer.seq);
    const replaced = this.replicas[transfer.to]!.files.get(transfer.path);
    this.replicas[transfer.to]!.land(transfer.path, transfer.data);
    if (transfer.reverted && replaced) this.onRevert(replaced);
  }

  /** Delivers up to `count` queued changes, picked at random, with `fault` on the first. */
  deliver(rng: Rng, count: number, fault: Fault): void {
    for (let done = 0; done < count && this.queue.length > 0; done += 1) {
      const index = rng.int(this.queue.length);
      const transfer = this.queue[index]!;
      const withFault = done === 0 ? fault : 'none';
      if (withFault === 'none' || !transfer.data) {
        this.queue.splice(index, 1);
        this.arrive(transfer);
      } else this.deliverBadly(rng, transfer, withFault);
    }
  }

  /** The fault lands; the path's true latest version is queued again, so it still arrives later. */
  private deliverBadly(rng: Rng, transfer: Transfer, fault: Fault): void {
    const replica = this.replicas[transfer.to]!;
    const data = transfer.data!;
    if (fault !== 'conflict-copy') {
      this.seq += 1;
      this.queue.push({ seq: this.seq, to: transfer.to, path: transfer.path, data: this.latest.get(transfer.path) });
    }
    if (fault === 'duplicate') replica.land(transfer.path, data);
    if (fault === 'truncate') replica.land(transfer.path, data.slice(0, rng.int(data.length)));
    if (fault === 'placeholder') replica.placeholders.add(transfer.path);
    // Gone for a while (a network drive away, a half-synced folder): format.json included.
    if (fault === 'vanish') replica.land(transfer.path, undefined);
    if (fault === 'stale') {
      const versions = this.history.get(transfer.path) ?? [];
      const old = versions[rng.int(versions.length)];
      if (old) replica.land(transfer.path, old);
    }
    if (fault === 'revert') {
      // An older version put back in the writer's own copy (a restored share, a sync gone wrong).
      const versions = this.history.get(transfer.path) ?? [];
      const old = versions[rng.int(versions.length)];
      const writer = this.writer.get(transfer.path);
      if (old && writer !== undefined) {
        const replaced = this.replicas[writer]!.files.get(transfer.path);
        this.replicas[writer]!.land(transfer.path, old);
        if (replaced) this.onRevert(replaced);
        // The service sees a change in that copy and spreads it like any other.
        this.changed(writer, transfer.path, old, true);
      }
    }
    if (fault === 'conflict-copy') {
      const versions = this.history.get(transfer.path) ?? [];
      const old = versions[rng.int(versions.length)] ?? data;
      const copy = transfer.path.replace(/\.json$/, `.sync-conflict-20260101-120000-${'ABCDEFG'.slice(0, 7)}.json`);
      // The copy appears in every copy of the folder, the writer's own included.
      for (const target of this.replicas) target.land(copy, old);
    }
  }

  /** A quiet spell: everything arrives, in order, whole; placeholders download. */
  deliverAll(): void {
    for (const transfer of this.queue) this.arrive(transfer);
    this.queue = [];
    for (const replica of this.replicas) replica.placeholders.clear();
  }
}
