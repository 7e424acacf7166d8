import { setUpExchange } from '../../../electron/core/sync/sync-identity';
import type { Meeting } from '../../../shared/model/meeting';
import { mergeStaleSave } from '../../../shared/sync/stale-save-merge';
import { applyEdit, startMeeting, touchedNodes, type Edit } from './meeting-edits';
import { Rng } from './rng';
import { SimDevice } from './sim-device';
import { SimService, type Fault } from './sim-service';

export type Step =
  | { type: 'edit'; device: number; edit: Edit }
  /** Typing during a round: the edit is made on the version the device's editor last showed, then merged as the core does. */
  | { type: 'stale-edit'; device: number; edit: Edit }
  | { type: 'sync'; device: number; full: boolean }
  | { type: 'deliver'; count: number; fault: Fault }
  | { type: 'flaky'; device: number; on: boolean }
  | { type: 'clock'; device: number; jump: number }
  /** The person moves the meeting to the trash. */
  | { type: 'delete'; device: number }
  | { type: 'backup'; device: number }
  | { type: 'restore'; device: number };

export interface Scenario {
  devices: number;
  seed: number;
  steps: Step[];
}

export const MEETING_ID = 'm1';
const TOKEN = /T\d+\./g;
export const tokensIn = (text: string): string[] => text.match(TOKEN) ?? [];

/** What happened in a run, for the properties to judge. */
export class World {
  readonly service: SimService;
  readonly devices: SimDevice[];
  readonly rng: Rng;
  time = Date.parse('2026-03-01T09:00:00.000Z');
  /** Every token an edit typed, with the device that typed it. */
  readonly created = new Map<string, number>();
  /** Tokens a device removed while it had them in front of it: knowingly replaced. */
  readonly superseded = new Set<string>();
  /** Tokens typed after a backup that never left the device before it was restored. */
  readonly lostByRestore = new Set<string>();
  /** Tokens whose last copy anywhere the service itself destroyed (a revert): no device can bring them back. */
  readonly lostByService = new Set<string>();
  /** Tokens a device had in front of it when it deleted the meeting: knowingly deleted with it. */
  readonly deletedKnowingly = new Set<string>();
  /** Per value node, which device incarnations edited it in place. */
  readonly touched = new Map<string, Set<string>>();
  private readonly epochs: number[];
  private readonly sinceBackup: Map<number, string[]> = new Map();
  private ids = 0;

  constructor(readonly scenario: Scenario) {
    this.rng = new Rng(scenario.seed);
    this.service = new SimService(scenario.devices);
    this.devices = this.service.replicas.map((replica, index) => new SimDevice(index, replica, this.rng, () => this.time));
    this.epochs = this.devices.map(() => 0);
    this.service.onRevert = (lost) => {
      const everywhere = this.everyCopy();
      for (const token of tokensIn(new TextDecoder().decode(lost))) if (!everywhere.includes(token)) this.lostByService.add(token);
    };
  }

  /** Every byte of every copy: the shared folder's, the sync states' and the workspaces'. */
  private everyCopy(): string {
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    return [
      ...this.service.replicas.flatMap((replica) => [...replica.files.values()].map(decode)),
      ...this.devices.flatMap((device) => [...device.local.files.values()].map(decode)),
      ...this.devices.flatMap((device) => [...device.workspace.meetings.values()].map((meeting) => JSON.stringify(meeting))),
    ].join('\n');
  }

  /** The first device sets up the folder and starts the meeting; all receive it. */
  async setUp(): Promise<void> {
    await setUpExchange(this.devices[0]!.exchange);
    this.devices[0]!.workspace.save(startMeeting());
    await this.devices[0]!.sync(true);
    this.service.deliverAll();
    for (const device of this.devices.slice(1)) await device.sync(true);
  }

  async step(step: Step): Promise<void> {
    this.time += 1000;
    const device = 'device' in step ? this.devices[step.device % this.devices.length]! : undefined;
    switch (step.type) {
      case 'edit':
        return this.edit(device!, step.edit);
      case 'stale-edit':
        return this.edit(device!, step.edit, true);
      case 'sync':
        await device!.sync(step.full);
        return;
      case 'deliver':
        return this.service.deliver(this.rng, step.count, step.fault);
      case 'flaky':
        device!.exchange.flaky = step.on;
        return;
      case 'clock':
        device!.clockOffset += step.jump;
        return;
      case 'delete':
        return this.delete(device!);
      case 'backup':
        device!.takeBackup();
        this.sinceBackup.set(device!.index, []);
        return;
      case 'restore':
        return this.restore(device!);
    }
  }

  private edit(device: SimDevice, edit: Edit, stale = false): void {
    const current = device.meeting(MEETING_ID);
    if (!current) return;
    const before = (stale && device.onScreen) || current;
    const token = `T${this.created.size}.`;
    const after = applyEdit(before, edit, token, () => `n${(this.ids += 1)}x${device.index}`);
    if (after === before) return;
    const kept = new Set(tokensIn(JSON.stringify(after)));
    for (const old of tokensIn(JSON.stringify(before))) if (!kept.has(old)) this.superseded.add(old);
    if (kept.has(token)) {
      this.created.set(token, device.index);
      this.sinceBackup.get(device.index)?.push(token);
    }
    for (const node of touchedNodes(before, after)) this.touch(node, device);
    device.onScreen = before === current ? device.workspace.save(after) : this.saveOnStaleBase(device, before, current, after);
  }

  /** As the core's StaleBases: merged with what sync wrote meanwhile, the nodes typed blind noted for the next round. */
  private saveOnStaleBase(device: SimDevice, base: Meeting, current: Meeting, saved: Meeting): Meeting {
    const { meeting, unseen } = mergeStaleSave(base, current, saved);
    const written = device.workspace.save(meeting);
    device.workspace.unseen.add(written.id, written.updatedAt, unseen);
    return written;
  }

  private delete(device: SimDevice): void {
    const current = device.meeting(MEETING_ID);
    if (!current) return;
    for (const token of tokensIn(JSON.stringify(current))) this.deletedKnowingly.add(token);
    device.workspace.meetings.delete(MEETING_ID);
    device.onScreen = undefined;
  }

  private restore(device: SimDevice): void {
    if (!device.restoreBackup()) return;
    const everywhere = this.everyCopy();
    for (const token of this.sinceBackup.get(device.index) ?? []) if (!everywhere.includes(token)) this.lostByRestore.add(token);
    this.sinceBackup.set(device.index, []);
    this.epochs[device.index]! += 1;
    device.onScreen = undefined;
    // The restored workspace may hold values the device replaced after the backup: put back
    // under the new id, they are edits of its own and may rightly conflict with those it published.
    const restored = device.meeting(MEETING_ID);
    if (restored) for (const node of touchedNodes(startMeeting(), restored, true)) this.touch(node, device);
  }

  private touch(node: string, device: SimDevice): void {
    this.touched.set(node, (this.touched.get(node) ?? new Set()).add(`${device.index}:${this.epochs[device.index]}`));
  }

  /** A quiet spell: deliveries whole and in time, rounds on every device, until two rounds in a row write nothing. */
  async settle(maxCycles = 12): Promise<{ settled: boolean; cycles: number }> {
    for (const device of this.devices) device.exchange.flaky = false;
    let idle = 0;
    for (let cycle = 0; cycle < maxCycles; cycle += 1) {
      this.time += 30_000;
      this.service.deliverAll();
      const before = this.devices.map((device) => device.writeCount());
      for (const device of this.devices) await device.sync(cycle === 0);
      const wrote = this.devices.some((device, index) => device.writeCount() !== before[index] || device.lastReport?.status !== 'done');
      idle = wrote ? 0 : idle + 1;
      if (idle === 2) return { settled: true, cycles: cycle + 1 };
    }
    return { settled: false, cycles: maxCycles };
  }
}
