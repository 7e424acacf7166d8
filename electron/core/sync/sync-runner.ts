import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DeviceFileSchema, parseExchangeFile } from '../../../shared/sync/exchange-files';
import type { Minuting, SyncReport, SyncStatus } from '../../../shared/sync/sync-schemas';
import type { CoreContext } from '../core-context';
import { DEVICES_FOLDER, EXCHANGE_FOLDER, meetingIdOfFolder } from './exchange-paths';
import { removeStaleExchangeTempFiles } from './exchange-temp-files';
import { bytesText } from './local-sync-state';
import { meetingConflicts } from './meeting-conflicts';
import { coreSyncDeps } from './sync-deps';
import type { SyncFs } from './sync-fs';
import { DELETED_REVISION } from '../../../shared/sync/deleted-revision';
import { MEETING_NODE } from '../../../shared/sync/node-ids';
import { runSyncRound, type SyncDeps } from './sync-round';

/** When rounds run: shortly after a save, every 30 s, a full pass hourly (and one at start). */
export const SYNC_TIMING = { afterSaveMs: 2_000, everyMs: 30_000, fullEveryMs: 60 * 60_000 };
const OFF: SyncReport = { status: 'stopped', wrote: [], conflicts: 0, notices: [], waiting: [], problems: [] };

/** A device that saved a meeting this recently is minuting it. */
const MINUTING_FOR_MS = 10 * 60_000;

/**
 * Runs the sync rounds of one workspace: one queue for rounds and resolutions, so two never
 * interleave; the timers; and the status the header asks for, kept in memory so asking costs
 * nothing. Without a shared folder nothing runs.
 */
export class SyncRunner {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly timers: NodeJS.Timeout[] = [];
  private saveTimer: NodeJS.Timeout | undefined;
  private report: SyncReport | undefined;
  private at: string | undefined;
  private conflicts: Record<string, number> = {};
  private readonly written: Record<string, string> = {};
  private others: Minuting[] = [];
  /** Device names by id, from the device files: what a conflict shows ("Marielle, 14:02"). */
  names: Record<string, string> = {};
  private lastSaved: { meeting: string; at: string } | undefined;
  /** Revisions sync is writing: the store's change listener tells them from the person's saves. */
  private readonly syncWriting = new Set<string>();
  private stopped = false;
  /** Whether every meeting's conflicts were counted once (the first round); later rounds report theirs. */
  private counted = false;

  /** The meeting on screen, as far as the core knows. */
  private lastOpened: string | undefined;
  /** Meetings this device moved to the trash because another deleted them. */
  private readonly removing = new Set<string>();

  constructor(private readonly ctx: CoreContext) {
    ctx.store.onChange((id, meeting) => {
      if (!meeting) {
        // Moved to the trash by the person: the deletion is spread soon. Sync's own removals are not.
        if (!this.removing.delete(id)) this.roundSoon();
        return;
      }
      if (this.syncWriting.delete(meeting.updatedAt)) return;
      this.lastSaved = { meeting: id, at: ctx.now().toISOString() };
      this.roundSoon();
    });
  }

  get folder(): string | undefined {
    return this.ctx.db.data.settings.syncFolder || undefined;
  }

  deps(folder = this.folder): SyncDeps | undefined {
    if (!folder) return undefined;
    return coreSyncDeps(this.ctx, folder, {
      onWriting: (meeting) => this.syncWriting.add(meeting.updatedAt),
      onWritten: (meeting, replaced) => {
        this.written[meeting.id] = meeting.updatedAt;
        if (replaced) this.ctx.staleBases.remember(replaced);
      },
      minuting: () => this.lastSaved,
      inUse: (id) => this.inUse(id),
      onRemoving: (id) => {
        this.removing.add(id);
        this.written[id] = DELETED_REVISION;
      },
    });
  }

  /** A meeting deleted here or everywhere that an edit elsewhere brought back: the person is told. */
  private tellRevived(report: SyncReport): void {
    for (const { meeting, notice } of report.notices) {
      if (notice.kind !== 'revived' || notice.entity !== MEETING_NODE) continue;
      const name = this.ctx.db.data.meetings.find((entry) => entry.id === meeting)?.name;
      this.ctx.notify({ code: 'revived-elsewhere', message: `meeting "${name ?? meeting}" (${meeting}) was deleted, but edited on another device without seeing that: it is back`, file: `meetings/${meeting}.json`, ...(name ? { meetingName: name } : {}) });
    }
  }

  /** The meeting on screen, as the renderer last said (opening it, or asking the status); undefined: none. */
  opened(id: string | undefined): void {
    this.lastOpened = id;
  }

  /** On screen: deleted elsewhere, it stays until she leaves it (her typing meanwhile revives it). */
  private inUse(id: string): boolean {
    return this.lastOpened === id;
  }

  /** Runs `task` after every round or resolution before it. */
  enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** One round now (queued); without a folder, a report that says sync is off. */
  round(full = false): Promise<SyncReport> {
    return this.enqueue(async () => {
      const deps = this.deps();
      if (!deps) return { ...OFF, message: 'no shared folder is set' };
      // A network drive away or a folder not mounted: the engine would read "format.json missing".
      const reachable = await stat(this.folder!).then((info) => info.isDirectory(), () => false);
      const report: SyncReport = reachable ? await runSyncRound(deps, { full }) : { ...OFF, stop: 'unreachable', message: `the shared folder ${this.folder} cannot be reached` };
      if (full && report.status === 'done' && report.device) await removeStaleExchangeTempFiles(join(this.folder!, EXCHANGE_FOLDER), report.device, this.ctx.now()).catch(() => undefined);
      // Exports whose copy waited for the folder: made now it is back.
      if (reachable) await this.ctx.exportCopies.retry(this.folder!).catch((error: unknown) => console.warn('notulist: waiting export copies:', error));
      this.report = report;
      this.at = this.ctx.now().toISOString();
      this.tellRevived(report);
      await this.refreshConflicts(deps.local, report);
      const devices = await readDevices(deps.exchange, report.device, this.ctx.now().getTime()).catch(() => undefined);
      if (devices) ({ minuting: this.others, names: this.names } = devices);
      if (report.device) this.names[report.device] = deps.deviceName;
      return report;
    });
  }

  status(): SyncStatus {
    const waiting = this.ctx.exportCopies.waiting;
    return { folder: this.folder, report: this.report, at: this.at, conflicts: { ...this.conflicts }, written: { ...this.written }, minuting: this.others, ...(waiting ? { exportCopiesWaiting: waiting } : {}) };
  }

  /** Starts the timers (a full round at once); again after the folder changed. */
  start(): void {
    this.clearTimers();
    if (!this.folder || this.stopped) return;
    const quietly = (full: boolean) => () => void this.round(full).catch((error: unknown) => console.warn('notulist: sync round failed:', error));
    this.timers.push(setTimeout(quietly(true), 0), setInterval(quietly(false), SYNC_TIMING.everyMs), setInterval(quietly(true), SYNC_TIMING.fullEveryMs));
    for (const timer of this.timers) timer.unref();
  }

  /**
   * Stops the timers and waits for the round under way. A save typed blind over sync's value
   * gets its round first: that is where the other text becomes a conflict instead of history.
   */
  async stop(): Promise<void> {
    this.clearTimers();
    if (!this.stopped && this.ctx.staleBases.unseen.pending) await this.round().catch(() => undefined);
    this.stopped = true;
    await this.queue;
    await this.ctx.staleBases.unseen.settled().catch(() => undefined);
  }

  forgetStatus(): void {
    this.report = undefined;
    this.at = undefined;
    this.others = [];
  }

  /** After a conflict was resolved: its count from the meeting's state. */
  async recount(local: SyncFs, meetingId: string): Promise<void> {
    this.setCount(meetingId, (await meetingConflicts(local, meetingId)).filter((conflict) => conflict.kind === 'value').length);
  }

  /** A round ~2 s from now, after the typing pauses (saves in a row push it back). */
  roundSoon(): void {
    if (!this.folder || this.stopped) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.round().catch(() => undefined), SYNC_TIMING.afterSaveMs);
    this.saveTimer.unref();
  }

  private clearTimers(): void {
    for (const timer of this.timers.splice(0)) clearTimeout(timer);
    clearTimeout(this.saveTimer);
  }

  private setCount(meetingId: string, count: number): void {
    if (count > 0) this.conflicts[meetingId] = count;
    else delete this.conflicts[meetingId];
  }

  /** Takes the counts of the meetings this round merged; on the first round, counts every meeting's once. */
  private async refreshConflicts(local: SyncFs, report: SyncReport): Promise<void> {
    if (!this.counted && report.status === 'done') {
      const ids = (await local.list('meetings')).filter((name) => name.endsWith('.json')).map((name) => meetingIdOfFolder(name.slice(0, -'.json'.length)));
      for (const id of ids) await this.recount(local, id).catch(() => undefined);
      this.counted = true;
    }
    for (const [id, count] of Object.entries(report.meetingConflicts ?? {})) this.setCount(id, count);
  }
}

/** The devices' names, and who else is minuting which meeting (their heartbeats): a few small files. */
async function readDevices(exchange: SyncFs, me: string | undefined, now: number): Promise<{ minuting: Minuting[]; names: Record<string, string> }> {
  const minuting: Minuting[] = [];
  const names: Record<string, string> = {};
  for (const file of await exchange.list(DEVICES_FOLDER)) {
    if (!file.endsWith('.json')) continue;
    const bytes = await exchange.read(`${DEVICES_FOLDER}/${file}`).catch(() => undefined);
    const parsed = bytes && parseExchangeFile(DeviceFileSchema, bytesText(bytes));
    if (!parsed?.ok) continue;
    const { device, name, minuting: beat } = parsed.value;
    names[device] = name;
    if (device !== me && beat && now - Date.parse(beat.at) < MINUTING_FOR_MS) minuting.push({ meeting: beat.meeting, deviceName: name, at: beat.at });
  }
  return { minuting, names };
}
