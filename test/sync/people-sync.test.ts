import { cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../shared/model/person';
import type { LocalMeetings } from '../../electron/core/sync/local-meetings';
import type { LocalPeople } from '../../electron/core/sync/people-round';
import { diskSyncFs } from '../../electron/core/sync/sync-fs';
import { randomDeviceId, randomInstallNonce, setUpExchange } from '../../electron/core/sync/sync-identity';
import { runSyncRound } from '../../electron/core/sync/sync-round';
import { useTempDirs } from '../support/temp-workspace';
import { CopyingService, exchangeRounds } from './copying-service';

const tempDir = useTempDirs();

/** A directory kept in memory, saved with a new revision each time, as notulist.json would be. */
class Directory implements LocalPeople {
  people: Person[] = [];
  private saves = 0;
  async revision() {
    return String(this.saves);
  }
  async read() {
    return this.people;
  }
  async write(people: Person[], base: string) {
    if (base !== String(this.saves)) return undefined;
    this.save(people);
    return String(this.saves);
  }
  save(people: Person[]) {
    this.people = people;
    this.saves += 1;
  }
}

const noMeetings: LocalMeetings = { revisions: async () => new Map(), read: async () => undefined, write: async () => undefined, remove: async () => false };
const person = (id: string, name: string, municipality = ''): Person => ({ id, name, municipality, portfolios: [], email: '' });

async function laptop(root: string, name: string) {
  const shared = join(root, `${name}-shared`);
  await mkdir(shared, { recursive: true });
  const directory = new Directory();
  const deps = {
    exchange: diskSyncFs(shared),
    local: diskSyncFs(join(root, `${name}-workspace`, 'sync')),
    meetings: noMeetings,
    people: directory,
    deviceName: name,
    newDeviceId: randomDeviceId,
    newInstallNonce: randomInstallNonce,
    now: () => Date.now(),
  };
  return { shared, directory, deps, sync: () => runSyncRound(deps) };
}

async function exchange(a: Awaited<ReturnType<typeof laptop>>, b: Awaited<ReturnType<typeof laptop>>) {
  await exchangeRounds(a, b, new CopyingService([a.shared, b.shared]));
}

describe('the people directory over the shared folder', () => {
  it('brings people added on either laptop to both, and goes quiet', async () => {
    const root = await tempDir();
    const [a, b] = [await laptop(root, 'a'), await laptop(root, 'b')];
    await setUpExchange(a.deps.exchange);
    await cp(a.shared, b.shared, { recursive: true });
    a.directory.save([person('p1', 'Joke Lanphen', 'Blaricum')]);
    b.directory.save([person('p2', 'Roland Boom', 'Huizen')]);
    await exchange(a, b);
    for (const side of [a, b]) expect(side.directory.people.map((entry) => entry.name)).toEqual(['Joke Lanphen', 'Roland Boom']);
    expect((await a.sync()).wrote).toEqual([]);
  });

  it('keeps a person edited on one laptop while deleted on the other', async () => {
    const root = await tempDir();
    const [a, b] = [await laptop(root, 'a'), await laptop(root, 'b')];
    await setUpExchange(a.deps.exchange);
    await cp(a.shared, b.shared, { recursive: true });
    a.directory.save([person('p1', 'Joke Lanphen')]);
    await exchange(a, b);
    a.directory.save([]);
    b.directory.save([person('p1', 'Joke Lanphen', 'Laren')]);
    await exchange(a, b);
    for (const side of [a, b]) expect(side.directory.people).toEqual([person('p1', 'Joke Lanphen', 'Laren')]);
  });
});
