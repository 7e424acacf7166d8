import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Meeting } from '../../../shared/model/meeting';
import type { Person } from '../../../shared/model/person';
import { canonicalJson } from '../../../shared/sync/canonical-json';
import type { CoreContext } from '../core-context';
import { contentHash } from './content-hash';
import { EXCHANGE_FOLDER } from './exchange-paths';
import type { LocalPeople } from './people-round';
import { storeMeetings } from './store-meetings';
import { diskSyncFs, type SyncFs } from './sync-fs';
import { randomDeviceId, randomInstallNonce } from './sync-identity';
import type { SyncDeps } from './sync-round';

/** The workspace's own sync folder: what this device remembers (never in the shared folder). */
export const localSyncFs = (workspaceDir: string): SyncFs => diskSyncFs(join(workspaceDir, 'sync'));

/** The people directory in notulist.json as sync sees it. */
function workspacePeople({ db }: CoreContext): LocalPeople {
  const revisionOf = (people: readonly Person[]) => contentHash(new TextEncoder().encode(canonicalJson(people)));
  return {
    revision: async () => revisionOf(db.data.people),
    read: async () => structuredClone(db.data.people),
    async write(people, base) {
      if (revisionOf(db.data.people) !== base) return undefined;
      db.data.people = people;
      await db.write();
      return revisionOf(people);
    },
  };
}

export interface SyncHooks {
  onWriting: (meeting: Meeting) => void;
  /** A meeting sync wrote into the workspace, and the version it replaced. */
  onWritten: (meeting: Meeting, replaced: Meeting | undefined) => void;
  minuting: () => { meeting: string; at: string } | undefined;
  inUse: (id: string) => boolean;
  /** A meeting sync is about to move to the trash (deleted on another device). */
  onRemoving: (id: string) => void;
}

/**
 * What a round needs, over the workspace and the shared folder `folder`. The meetings' revisions
 * come from the index, so an idle round reads no meeting file; the device is named by the
 * secretary's name in the settings where there is one ("Marielle notuleert dit overleg").
 */
export function coreSyncDeps(ctx: CoreContext, folder: string, hooks: SyncHooks): SyncDeps {
  const { db, store, index, now } = ctx;
  const meetings = storeMeetings(store, now, {
    listRevisions: async () => new Map(db.data.meetings.map((entry) => [entry.id, entry.updatedAt])),
    onWriting: hooks.onWriting,
    onWritten: async (meeting, replaced) => {
      await index.saveEntry(meeting);
      hooks.onWritten(meeting, replaced);
    },
    unseen: ctx.staleBases.unseen,
    inUse: hooks.inUse,
    onRemoving: hooks.onRemoving,
    onRemoved: async (id) => {
      const name = db.data.meetings.find((entry) => entry.id === id)?.name;
      db.data.meetings = db.data.meetings.filter((entry) => entry.id !== id);
      await db.write();
      ctx.notify({ code: 'deleted-elsewhere', message: `meeting "${name ?? id}" (${id}) was deleted on another device; moved to this workspace's trash too`, file: `meetings/${id}.json`, ...(name ? { meetingName: name } : {}) });
    },
  });
  return {
    exchange: diskSyncFs(join(folder, EXCHANGE_FOLDER), undefined, folder),
    local: localSyncFs(ctx.options.workspaceDir),
    meetings,
    people: workspacePeople(ctx),
    deviceName: db.data.settings.contactPerson.trim() || hostname(),
    newDeviceId: randomDeviceId,
    newInstallNonce: randomInstallNonce,
    minuting: hooks.minuting,
    now: () => now().getTime(),
  };
}
