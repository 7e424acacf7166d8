import { checkFormatFile } from '../../../shared/sync/exchange-files';
import { formatClock, parseClock, receiveClock, tickClock, ZERO_CLOCK } from '../../../shared/sync/hybrid-clock';
import type { SyncReport, SyncStop } from '../../../shared/sync/sync-schemas';
import { readExchange, type ExchangeView } from './exchange-reader';
import { FORMAT_FILE, atticPath, meetingFilePath, peopleFilePath } from './exchange-paths';
import { contentHash } from './content-hash';
import { checkIdentity, publishDeviceFile, withNewIdentity, type SyncIdentityDeps } from './sync-identity';
import type { LocalMeetings } from './local-meetings';
import { bytesText, freshLocalState, loadLocalState, sameState, saveLocalState, type LocalSyncState } from './local-sync-state';
import { syncMeeting } from './meeting-round';
import { DELETED_REVISION } from '../../../shared/sync/deleted-revision';
import { syncPeople, type LocalPeople } from './people-round';
import type { SyncFs } from './sync-fs';

export interface SyncDeps extends SyncIdentityDeps {
  /** The exchange folder (`<shared folder>/notulist-sync`). */
  exchange: SyncFs;
  /** The workspace's own sync folder (`<workspace>/sync`). */
  local: SyncFs;
  meetings: LocalMeetings;
  /** The people directory; left out, it is not synced. */
  people?: LocalPeople;
  now: () => number;
}

const stopped = (stop: SyncStop, message: string, device?: string): SyncReport => ({ status: 'stopped', stop, message, device, wrote: [], conflicts: 0, notices: [], waiting: [], problems: [] });

/** format.json decides whether this folder is one we may write to at all. */
async function checkFormat(exchange: SyncFs): Promise<SyncReport | undefined> {
  const bytes = await exchange.read(FORMAT_FILE);
  if (!bytes) return stopped('format-missing', 'the shared folder has no notulist-sync/format.json: it was moved, emptied or is not synced here yet; sync stops until it is back');
  const check = checkFormatFile(bytesText(bytes));
  if (check.ok) return undefined;
  return stopped(check.reason === 'newer' ? 'format-newer' : 'format-invalid', check.message);
}

function receiveClocks(state: LocalSyncState, view: ExchangeView, now: number): string {
  let clock = parseClock(state.clock) ?? ZERO_CLOCK;
  for (const entry of view.devices) clock = receiveClock(clock, parseClock(entry.file.clock) ?? ZERO_CLOCK, now);
  return formatClock(tickClock(clock, now));
}

/**
 * One sync round: read the device files, fetch what changed, merge meeting by meeting, write
 * the meeting files, then the device file last. It never waits on a lock and never loops on
 * the folder's state, so it always ends; an unreachable folder ends it at once, with all
 * work kept locally. `full` also looks for the service's conflict copies (start, hourly).
 */
export async function runSyncRound(deps: SyncDeps, options: { full?: boolean } = {}): Promise<SyncReport> {
  let state: LocalSyncState | undefined;
  try {
    state = await loadLocalState(deps.local);
  } catch (error) {
    return stopped('local-state', error instanceof Error ? error.message : String(error));
  }
  const initial = state ?? freshLocalState(deps.newDeviceId(), deps.newInstallNonce());
  // A device that never published under its id (new, or renewed after a restore) looks everywhere.
  const full = (options.full ?? false) || initial.round === 0;
  let view: ExchangeView;
  try {
    const formatStop = await checkFormat(deps.exchange);
    if (formatStop) return { ...formatStop, device: initial.device };
    view = await readExchange(deps.exchange, initial.device, { meetings: initial.applied, people: initial.appliedPeople }, full, initial.formerDevices);
  } catch (error) {
    return stopped('unreachable', `the shared folder cannot be read: ${error instanceof Error ? error.message : String(error)}`, initial.device);
  }
  const identity = checkIdentity(initial, view, deps);
  if (identity.changed) {
    // Under a new id nothing was applied or published; re-read with it (this round's view was under the old one).
    view = await readExchange(deps.exchange, identity.state.device, { meetings: {}, people: {} }, true, identity.state.formerDevices).catch(() => view);
  }
  try {
    return await syncWithView(deps, identity.state, view, state === undefined || identity.changed, full);
  } catch (error) {
    // The workspace's own files could not be written (disk full, permissions): nothing was
    // published that names them, so the next round simply tries again.
    return stopped('local-state', `the workspace could not be written: ${error instanceof Error ? error.message : String(error)}`, identity.state.device);
  }
}

async function syncWithView(deps: SyncDeps, start: LocalSyncState, view: ExchangeView, newIdentity: boolean, full: boolean): Promise<SyncReport> {
  const report: SyncReport = { status: 'done', device: start.device, wrote: [], conflicts: 0, notices: [], waiting: view.waiting, problems: view.problems };
  const state: LocalSyncState = structuredClone(start);
  const clock = receiveClocks(state, view, deps.now());
  const deviceFileCurrent = view.own?.hash !== undefined && view.own.hash === start.deviceFileHash;
  if (full || !deviceFileCurrent) await forgetDamagedPublications(deps.exchange, state, report);
  const copies = await syncEachMeeting(deps, state, view, { full, ownFileSuspect: full || !deviceFileCurrent }, clock, report);
  if (copies === 'rolled-back') {
    // Nothing of this round is kept: under the new id the next round merges the old id's files back.
    const renewed = withNewIdentity(start, deps);
    await saveLocalState(deps.local, renewed);
    report.problems.push(`this workspace is older than what it published as ${start.device} (restored from a backup?); it continues as ${renewed.device}`);
    return { ...report, device: renewed.device, wrote: [...report.wrote, 'state:device'] };
  }
  if (deps.people) {
    try {
      report.wrote.push(...(await syncPeople(deps.people, deps.local, deps.exchange, state, view.people, clock)));
    } catch (error) {
      report.problems.push(`people directory: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  // The device file is rewritten when it is not the one this device wrote last (a failed write, a lost file).
  await finishRound(deps, start, state, clock, newIdentity || !deviceFileCurrent, report);
  await moveToAttic(deps, [...copies, ...view.ownDeviceCopies], clock, report);
  return report;
}

/**
 * The meetings with news from elsewhere or edits here, each in its own round; returns the
 * conflict copies of its own to move, or 'rolled-back' when a meeting shows this workspace
 * is older than what it published (then the round stops before anything else is written).
 */
async function syncEachMeeting(
  deps: SyncDeps,
  state: LocalSyncState,
  view: ExchangeView,
  { full, ownFileSuspect }: { full: boolean; ownFileSuspect: boolean },
  clock: string,
  report: SyncReport,
): Promise<string[] | 'rolled-back'> {
  const local = await deps.meetings.revisions();
  const ids = new Set([...view.remotes.keys(), ...[...local].filter(([id, revision]) => state.revisions[id] !== revision).map(([id]) => id)]);
  for (const [id, revision] of Object.entries(state.revisions)) {
    // Known here but not published under this id (first round, or a new id after a restore).
    if (local.has(id) && (full || !state.published[id])) ids.add(id);
    // Moved to the trash here since the last round: the deletion is spread. Deleted, but its
    // file with the deletion lost (step 7) or not yet written under this id: published again.
    if (!local.has(id) && (revision !== DELETED_REVISION || !state.published[id])) ids.add(id);
  }
  // The folder refused its last publication: nothing else would bring this meeting up again (a deletion never).
  for (const id of state.unpublished) ids.add(id);
  const copies: string[] = [];
  for (const meetingId of [...ids].sort()) {
    const known = state.revisions[meetingId];
    const remotes = view.remotes.get(meetingId) ?? [];
    const deletedHere = !local.has(meetingId) && known !== undefined && known !== DELETED_REVISION;
    const input = { meetingId, device: state.device, at: clock, knownRevision: known, localRevision: local.get(meetingId), remotes, published: state.published[meetingId], ownFileSuspect, ownFileIdentity: state.ownFileIdentities[meetingId], deletedHere };
    const result = await syncMeeting(input, deps.local, deps.exchange, deps.meetings);
    if (result.status === 'rolled-back') return 'rolled-back';
    if (result.status === 'skipped') {
      report.problems.push(result.reason);
      continue;
    }
    report.wrote.push(...result.wrote);
    report.conflicts += result.conflicts;
    (report.meetingConflicts ??= {})[meetingId] = result.conflicts;
    report.notices.push(...result.notices.map((notice) => ({ meeting: meetingId, notice })));
    if (result.revision !== undefined) state.revisions[meetingId] = result.revision;
    if (result.published) state.published[meetingId] = result.published;
    if (result.ownFileIdentity) state.ownFileIdentities[meetingId] = result.ownFileIdentity;
    else delete state.ownFileIdentities[meetingId];
    state.unpublished = state.unpublished.filter((id) => id !== meetingId);
    if (result.unpublished) state.unpublished.push(meetingId);
    for (const { remote, message } of result.refused) report.problems.push(`${remote.path}: ${message}`);
    for (const remote of remotes.filter((candidate) => !result.refused.some((entry) => entry.remote === candidate))) {
      if (remote.hash) (state.applied[remote.device] ??= {})[meetingId] = remote.hash;
      if (remote.copy && remote.device === state.device) copies.push(remote.copy);
    }
  }
  return copies;
}

/** The device file last, and only when what it names changed: an idle round writes nothing. */
async function finishRound(deps: SyncDeps, start: LocalSyncState, state: LocalSyncState, clock: string, mustPublish: boolean, report: SyncReport): Promise<void> {
  if (mustPublish || !sameState(start.published, state.published) || !sameState(start.publishedPeople, state.publishedPeople)) {
    state.round += 1;
    state.clock = clock;
    const written = await publishDeviceFile(deps.exchange, deps, state);
    if (written) {
      state.deviceFileHash = written;
      report.wrote.push(`devices/${state.device}.json`);
    }
  }
  if (!sameState(start, state)) {
    await saveLocalState(deps.local, state);
    report.wrote.push('state:device');
  }
}

/**
 * Checks this device's own published files against what it published: a service that put an
 * older version back (a restored shared folder, a sync gone wrong) or lost one gets them
 * republished this round. Run when the device file is not the one written last, and hourly.
 */
async function forgetDamagedPublications(exchange: SyncFs, state: LocalSyncState, report: SyncReport): Promise<void> {
  const intact = async (path: string, hash: string) => {
    const bytes = await exchange.read(path).catch(() => undefined);
    return bytes !== undefined && contentHash(bytes) === hash;
  };
  for (const [meetingId, published] of Object.entries(state.published)) {
    if (!(await intact(meetingFilePath(meetingId, state.device), published.hash))) {
      delete state.published[meetingId];
      report.waiting.push(`${meetingFilePath(meetingId, state.device)} (republished)`);
    }
  }
  if (state.publishedPeople && !(await intact(peopleFilePath(state.device), state.publishedPeople.hash))) state.publishedPeople = undefined;
}

async function moveToAttic(deps: SyncDeps, copies: string[], clock: string, report: SyncReport): Promise<void> {
  for (const copy of copies) {
    await deps.exchange.move(copy, atticPath(copy, clock)).then(
      () => report.wrote.push(atticPath(copy, clock)),
      () => report.waiting.push(copy),
    );
  }
}
