import type { Person } from '../../../shared/model/person';
import { canonicalJson } from '../../../shared/sync/canonical-json';
import { SYNC_FORMAT, documentText } from '../../../shared/sync/exchange-files';
import { mergeStates } from '../../../shared/sync/node-versions';
import { rebuildPeople, recordPeopleEdits, sortPeople } from '../../../shared/sync/people-nodes';
import { contentHash } from './content-hash';
import type { RemoteNodes } from './exchange-reader';
import { peopleFilePath } from './exchange-paths';
import { LOCAL_PEOPLE_STATE_FILE, loadNodeState, type LocalSyncState } from './local-sync-state';
import type { SyncFs } from './sync-fs';

/** The workspace's people directory as sync sees it; the core implements it over notulist.json. */
export interface LocalPeople {
  /** Changes whenever the directory is saved (a hash of it will do). */
  revision(): Promise<string>;
  read(): Promise<Person[]>;
  /** Saves the merged directory unless it is no longer at `base`; the new revision, or undefined. */
  write(people: Person[], base: string): Promise<string | undefined>;
}

/**
 * The people directory's round, as a meeting's: edits become versions, the other devices'
 * directories are merged, the result is saved (only on the revision it was read at), kept and
 * published. Updates `state` (revision, applied, published) in place; returns what it wrote.
 */
export async function syncPeople(people: LocalPeople, local: SyncFs, exchange: SyncFs, state: LocalSyncState, remotes: RemoteNodes[], at: string): Promise<string[]> {
  const revision = await people.revision();
  if (remotes.length === 0 && revision === state.peopleRevision && state.publishedPeople) return [];
  const wrote: string[] = [];
  const { state: before, text: beforeText } = await loadNodeState(local, LOCAL_PEOPLE_STATE_FILE, 'the people directory');
  const current = await people.read();
  const recorded = revision !== state.peopleRevision ? recordPeopleEdits(before, current, state.device, at).state : before;
  const merged = remotes.reduce((sum, remote) => mergeStates(sum, remote.nodes), recorded);
  const rebuilt = rebuildPeople(merged).people;
  let saved: string | undefined = revision;
  if (canonicalJson(rebuilt) !== canonicalJson(sortPeople(current))) {
    saved = await people.write(rebuilt, revision);
    // Saved meanwhile: nothing is kept, the next round starts from the newer directory.
    if (saved === undefined) return wrote;
    wrote.push('workspace:people');
  }
  const stateText = canonicalJson(merged);
  if (stateText !== beforeText) {
    await local.write(LOCAL_PEOPLE_STATE_FILE, new TextEncoder().encode(stateText));
    wrote.push('state:people');
  }
  state.peopleRevision = saved;
  for (const remote of remotes) if (remote.hash) state.appliedPeople[remote.device] = remote.hash;
  const bytes = new TextEncoder().encode(documentText({ format: SYNC_FORMAT, device: state.device, nodes: merged }));
  const hash = contentHash(bytes);
  if (state.publishedPeople?.hash !== hash) {
    await exchange.write(peopleFilePath(state.device), bytes).then(
      () => {
        state.publishedPeople = { hash, size: bytes.length };
        wrote.push(peopleFilePath(state.device));
      },
      // Refused by the folder (EPERM after retries): published stays, the next round tries again.
      () => undefined,
    );
  }
  return wrote;
}
