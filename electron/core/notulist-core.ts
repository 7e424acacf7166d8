import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notice, NotulistCore } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { archiveImportApi } from './archive/archive-import-api';
import type { CoreContext, CoreOptions } from './core-context';
import { ExportCopies } from './exports/export-copies';
import { exportsApi } from './exports/exports-api';
import { MeetingIndex, reconcileIndex } from './meetings/meeting-index';
import { MeetingStore } from './meetings/meeting-store';
import { meetingsApi } from './meetings/meetings-api';
import { UnopenableMeetings } from './meetings/unopenable-meetings';
import { peopleApi } from './people/people-api';
import { settingsApi } from './settings/settings-api';
import { flushSearchIndex, searchApi } from './search/search-api';
import { removeStaleTempFiles } from './storage/durable-write';
import { NoticeLog } from './workspace/notice-log';
import { workspaceApi } from './workspace/workspace-api';
import { openWorkspaceDb } from './workspace/workspace-db';
import { StaleBases } from './sync/stale-bases';
import { localSyncFs } from './sync/sync-deps';
import { UnseenEdits } from './sync/unseen-edits';
import { syncApi } from './sync/sync-api';

export type { CoreOptions, FileShell } from './core-context';

export type OpenCore = NotulistCore & { close(): Promise<void> };

/** The folders where writeFileDurable puts its temp files. */
const WRITTEN_FOLDERS = ['.', 'meetings', 'templates', 'exports', 'imports', 'sync', 'sync/meetings'];

/** A workspace the core cannot write to is said plainly, not as the first failing call's errno. */
async function prepareFolders(workspaceDir: string, store: MeetingStore): Promise<void> {
  try {
    await mkdir(workspaceDir, { recursive: true });
    await store.init();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiError('storage', `the workspace folder ${workspaceDir} cannot be written to (${reason}); Notulist needs a folder it may write in: fix its permissions or set NOTULIST_HOME`);
  }
}

/** Opens the services the domains share: the notices log, notulist.json, the meeting files and their index. */
async function openContext(options: CoreOptions): Promise<CoreContext> {
  const now = options.now ?? (() => new Date());
  await mkdir(options.workspaceDir, { recursive: true }).catch(() => undefined);
  const log = await NoticeLog.open(options.workspaceDir, now);
  const notify = (notice: Notice): void => {
    console.warn(`notulist: ${notice.message}`);
    log.add(notice);
  };
  const db = await openWorkspaceDb(options.workspaceDir, notify, now);
  const store = new MeetingStore(options.workspaceDir, notify, now);
  await prepareFolders(options.workspaceDir, store);
  // Temp files of writes a crash interrupted: only ours, and only old enough not to be under way.
  for (const folder of WRITTEN_FOLDERS) await removeStaleTempFiles(join(options.workspaceDir, folder), now());
  const unopenable = new UnopenableMeetings();
  await reconcileIndex(db, store, notify, unopenable);
  const unseen = await UnseenEdits.open(localSyncFs(options.workspaceDir), (message) => console.warn(`notulist: ${message}`));
  return { options, now, log, notify, db, store, index: new MeetingIndex(db), unopenable, staleBases: new StaleBases(unseen), exportCopies: new ExportCopies(options.workspaceDir) };
}

/**
 * The Node core behind every shell: the desktop app, the browser host, the tests. Each domain
 * gives its part of the contract; a new domain is one more line here.
 */
export async function createNotulistCore(options: CoreOptions): Promise<OpenCore> {
  const ctx = await openContext(options);
  const sync = syncApi(ctx);
  const meetings = meetingsApi(ctx);
  return {
    ...workspaceApi(ctx),
    ...meetings,
    // The meeting last opened may be on screen: sync does not move it to the trash under the editor.
    getMeeting: async (args) => {
      sync.runner.opened(args.id);
      return meetings.getMeeting(args);
    },
    ...peopleApi(ctx),
    ...settingsApi(ctx),
    ...exportsApi(ctx),
    ...archiveImportApi(ctx),
    ...searchApi(ctx),
    ...sync.api,
    close: async () => {
      await sync.stop();
      // Journaled saves go into their meeting files before the search index takes their identities.
      await ctx.store.close();
      await flushSearchIndex(ctx);
      await ctx.index.flush();
      await ctx.log.flush();
    },
  };
}
