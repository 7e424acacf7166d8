import type { Meeting } from '../../../shared/model/meeting';
import { runSyncRound } from '../../../electron/core/sync/sync-round';
import type { SyncReport } from '../../../shared/sync/sync-schemas';
import { MemoryFs } from './memory-fs';
import type { Rng } from './rng';
import { SimWorkspace } from './sim-workspace';

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** One laptop: its workspace, its sync state, its copy of the shared folder and its clock. */
export class SimDevice {
  readonly workspace: SimWorkspace;
  readonly local = new MemoryFs();
  /** Every device id this laptop synced under (a restore gives it a new one). */
  readonly ids = new Set<string>();
  clockOffset = 0;
  private backup?: { workspace: ReturnType<SimWorkspace['snapshot']>; local: Map<string, Uint8Array> };
  lastReport?: SyncReport;
  /** The meeting as the editor last showed it (its last save): a stale edit is made on it. */
  onScreen?: Meeting;

  constructor(
    readonly index: number,
    readonly exchange: MemoryFs,
    private readonly rng: Rng,
    private readonly time: () => number,
  ) {
    this.workspace = new SimWorkspace(`d${index}`);
  }

  private randomText(length: number): string {
    return Array.from({ length }, () => ID_ALPHABET[this.rng.int(ID_ALPHABET.length)]).join('');
  }

  async sync(full: boolean): Promise<SyncReport> {
    const report = await runSyncRound(
      {
        exchange: this.exchange,
        local: this.local,
        meetings: this.workspace,
        deviceName: `Laptop ${this.index}`,
        newDeviceId: () => this.randomText(12),
        newInstallNonce: () => this.randomText(16),
        now: () => this.time() + this.clockOffset,
      },
      { full },
    );
    if (report.device) this.ids.add(report.device);
    this.lastReport = report;
    return report;
  }

  meeting(id: string): Meeting | undefined {
    return this.workspace.meetings.get(id);
  }

  takeBackup(): void {
    this.backup = { workspace: this.workspace.snapshot(), local: this.local.snapshot() };
  }

  /** Puts the workspace and its sync state back as the backup had them; false without one. */
  restoreBackup(): boolean {
    if (!this.backup) return false;
    this.workspace.restore(this.backup.workspace);
    this.local.restore(this.backup.local);
    return true;
  }

  /** Writes made to the exchange folder, the workspace and the sync state so far. */
  writeCount(): number {
    return this.exchange.log.length + this.local.log.length + this.workspace.writes;
  }
}
