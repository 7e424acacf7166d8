import { parseConflictCopyName } from '../../../shared/sync/conflict-copy-names';
import { DeviceFileSchema, PeopleDocumentSchema, parseExchangeFile, type DeviceFile } from '../../../shared/sync/exchange-files';
import type { NodeState } from '../../../shared/sync/node-versions';
import { contentHash } from './content-hash';
import { DEVICES_FOLDER, MEETINGS_FOLDER, deviceFilePath, deviceOfFileName, meetingFilePath, meetingIdOfFolder, peopleFilePath } from './exchange-paths';
import { bytesText } from './local-sync-state';
import type { SyncFs } from './sync-fs';

export interface DeviceEntry {
  device: string;
  file: DeviceFile;
  hash: string;
}

/** Another device's file, where it was read and as what. */
interface RemoteSource {
  device: string;
  /** Where the file was read, for messages. */
  path: string;
  /** The published hash the file matches; absent for a service's conflict copy and a former id's file. */
  hash?: string;
  /** For a conflict copy: where it lies, to move it to the attic once merged. */
  copy?: string;
}

/** Another device's nodes (of the people directory), parsed and checked, ready to merge. */
export interface RemoteNodes extends RemoteSource {
  nodes: NodeState;
}

/**
 * Another device's file of one meeting, as text: the meeting's round parses and checks only
 * the nodes that differ from its own state (remoteChanges), so it is not parsed here.
 */
export interface RemoteMeetingFile extends RemoteSource {
  text: string;
}

export interface ExchangeView {
  devices: DeviceEntry[];
  /** This device's own file as the folder holds it (a copied profile or restore shows here). */
  own?: { hash: string; file?: DeviceFile };
  /** Conflict copies of this device's own device file: another writer under its id. */
  ownDeviceCopies: string[];
  remotes: Map<string, RemoteMeetingFile[]>;
  /** Other devices' people directories that changed since applied. */
  people: RemoteNodes[];
  /** Files announced but not (yet) readable as announced: retried next round. */
  waiting: string[];
  problems: string[];
}

async function readText(fs: SyncFs, path: string, view: ExchangeView): Promise<{ text: string; hash: string } | undefined> {
  try {
    const bytes = await fs.read(path);
    return bytes && { text: bytesText(bytes), hash: contentHash(bytes) };
  } catch {
    // A cloud-only placeholder or a time-out: not there yet, never "deleted".
    view.waiting.push(path);
    return undefined;
  }
}

/** Reads the few device files: who is there and what each published. */
async function readDevices(fs: SyncFs, me: string, view: ExchangeView): Promise<void> {
  for (const name of await fs.list(DEVICES_FOLDER)) {
    const device = deviceOfFileName(name);
    if (device === undefined) {
      const copy = parseConflictCopyName(name, (original) => deviceOfFileName(original) !== undefined);
      if (copy && deviceOfFileName(copy.original) === me) view.ownDeviceCopies.push(`${DEVICES_FOLDER}/${name}`);
      continue;
    }
    const read = await readText(fs, deviceFilePath(device), view);
    if (!read) continue;
    const parsed = parseExchangeFile(DeviceFileSchema, read.text);
    if (device === me) view.own = { hash: read.hash, file: parsed.ok ? parsed.value : undefined };
    else if (!parsed.ok) view.waiting.push(deviceFilePath(device));
    else if (parsed.value.device === device) view.devices.push({ device, file: parsed.value, hash: read.hash });
  }
}

function addRemote(view: ExchangeView, meetingId: string, remote: RemoteMeetingFile): void {
  view.remotes.set(meetingId, [...(view.remotes.get(meetingId) ?? []), remote]);
}

/** A published meeting file, used only when its bytes are the ones its device file names. */
async function fetchPublished(fs: SyncFs, entry: DeviceEntry, meetingId: string, view: ExchangeView): Promise<void> {
  const path = meetingFilePath(meetingId, entry.device);
  const read = await readText(fs, path, view);
  if (!read || read.hash !== entry.file.meetings[meetingId]!.hash) {
    if (read) view.waiting.push(path);
    return;
  }
  addRemote(view, meetingId, { device: entry.device, path, text: read.text, hash: read.hash });
}

async function fetchPeople(fs: SyncFs, entry: DeviceEntry, view: ExchangeView): Promise<void> {
  const path = peopleFilePath(entry.device);
  const read = await readText(fs, path, view);
  if (!read || read.hash !== entry.file.people!.hash) {
    if (read) view.waiting.push(path);
    return;
  }
  const parsed = parseExchangeFile(PeopleDocumentSchema, read.text);
  if (!parsed.ok || parsed.value.device !== entry.device) view.problems.push(`${path}: ${parsed.ok ? 'names another device' : parsed.message}`);
  else view.people.push({ device: entry.device, path, nodes: parsed.value.nodes, hash: read.hash });
}

/** The service's conflict copies in one meeting's folder; merging them is harmless (idempotent). */
async function readConflictCopies(fs: SyncFs, folder: string, former: readonly string[], view: ExchangeView): Promise<void> {
  const meetingId = meetingIdOfFolder(folder);
  for (const name of await fs.list(`${MEETINGS_FOLDER}/${folder}`)) {
    const copy = parseConflictCopyName(name, (original) => deviceOfFileName(original) !== undefined);
    // This workspace's files under a former id: merged as found, since no device file names them any more.
    const formerDevice = former.find((device) => name === `${device}.json`);
    const device = formerDevice ?? (copy && deviceOfFileName(copy.original));
    if (!device) continue;
    const path = `${MEETINGS_FOLDER}/${folder}/${name}`;
    const read = await readText(fs, path, view);
    if (read) addRemote(view, meetingId, { device, path, text: read.text, copy: formerDevice ? undefined : path });
  }
}

/**
 * What the exchange folder holds for this device now: the device files, and the meeting files
 * whose published hash differs from what was applied (`applied`, per device and meeting).
 * With `full`, every meeting folder is also searched for the service's conflict copies and
 * for this workspace's files under `former` ids.
 */
export async function readExchange(
  fs: SyncFs,
  me: string,
  applied: { meetings: Record<string, Record<string, string>>; people: Record<string, string> },
  full: boolean,
  former: readonly string[] = [],
): Promise<ExchangeView> {
  const view: ExchangeView = { devices: [], ownDeviceCopies: [], remotes: new Map(), people: [], waiting: [], problems: [] };
  await readDevices(fs, me, view);
  for (const entry of view.devices) {
    for (const [meetingId, published] of Object.entries(entry.file.meetings)) {
      if (applied.meetings[entry.device]?.[meetingId] !== published.hash) await fetchPublished(fs, entry, meetingId, view);
    }
    if (entry.file.people && applied.people[entry.device] !== entry.file.people.hash) await fetchPeople(fs, entry, view);
  }
  if (full) for (const folder of await fs.list(MEETINGS_FOLDER)) if (!folder.startsWith('.')) await readConflictCopies(fs, folder, former, view);
  return view;
}
