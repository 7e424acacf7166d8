import { randomBytes } from 'node:crypto';
import { SYNC_FORMAT, documentText, formatFileText, type DeviceFile } from '../../../shared/sync/exchange-files';
import { contentHash } from './content-hash';
import type { ExchangeView } from './exchange-reader';
import { DEVICES_FOLDER, FORMAT_FILE, deviceFilePath } from './exchange-paths';
import type { LocalSyncState } from './local-sync-state';
import type { SyncFs } from './sync-fs';

export interface SyncIdentityDeps {
  /** The name other devices show ("Laptop Marielle"). */
  deviceName: string;
  newDeviceId: () => string;
  newInstallNonce: () => string;
  /** The meeting being minuted here, written into the device file as its heartbeat. */
  minuting?: () => { meeting: string; at: string } | undefined;
}

/** 12 characters of a-z0-9: lower-case only, so names cannot collide on any file system. */
export function randomDeviceId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(12)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

export const randomInstallNonce = (): string => randomBytes(16).toString('hex');

/**
 * Whether this device is still the only writer under its id. Its own device file in the folder
 * should be the one it wrote last; one with another install nonce, or with a round at least as
 * high that it did not write, means a copied profile or a workspace restored from a backup
 * (which would reuse version counters and break the merge). Then the device takes a new id:
 * its old files become another device's, and are merged like any other.
 */
export function checkIdentity(state: LocalSyncState, view: ExchangeView, deps: SyncIdentityDeps): { state: LocalSyncState; changed: boolean } {
  const own = view.own;
  const foreign =
    view.ownDeviceCopies.length > 0 ||
    (own !== undefined && own.hash !== state.deviceFileHash && own.file !== undefined && (own.file.installNonce !== state.installNonce || own.file.round >= state.round));
  return foreign ? { state: withNewIdentity(state, deps), changed: true } : { state, changed: false };
}

/**
 * The same workspace under a new device id: nothing applied or published under it yet, the
 * merged nodes and revisions kept, the old id remembered so its files are merged back.
 */
export function withNewIdentity(state: LocalSyncState, deps: SyncIdentityDeps): LocalSyncState {
  return {
    ...state,
    device: deps.newDeviceId(),
    installNonce: deps.newInstallNonce(),
    round: 0,
    deviceFileHash: undefined,
    applied: {},
    published: {},
    unpublished: [],
    appliedPeople: {},
    publishedPeople: undefined,
    formerDevices: [...state.formerDevices, state.device],
  };
}

/** Writes the device file; its hash, or undefined when the folder refused it (tried next round). */
export async function publishDeviceFile(exchange: SyncFs, deps: SyncIdentityDeps, state: LocalSyncState): Promise<string | undefined> {
  const file: DeviceFile = { format: SYNC_FORMAT, device: state.device, name: deps.deviceName, installNonce: state.installNonce, round: state.round, clock: state.clock, meetings: state.published };
  if (state.publishedPeople) file.people = state.publishedPeople;
  const minuting = deps.minuting?.();
  if (minuting) file.minuting = minuting;
  const bytes = new TextEncoder().encode(documentText(file));
  try {
    await exchange.write(deviceFilePath(state.device), bytes);
    return contentHash(bytes);
  } catch {
    return undefined;
  }
}

export type SetUpResult = { ok: true; created: boolean } | { ok: false; message: string };

/**
 * Makes a folder the exchange point: writes format.json into a new one. A folder with device
 * files but no format.json was emptied or half-synced: it is not silently made new again.
 */
export async function setUpExchange(exchange: SyncFs): Promise<SetUpResult> {
  if (await exchange.read(FORMAT_FILE)) return { ok: true, created: false };
  if ((await exchange.list(DEVICES_FOLDER)).length > 0) {
    return { ok: false, message: 'the folder holds Notulist device files but no format.json: it may still be arriving; try again once the sync service is done' };
  }
  await exchange.write(FORMAT_FILE, new TextEncoder().encode(formatFileText()));
  return { ok: true, created: true };
}
