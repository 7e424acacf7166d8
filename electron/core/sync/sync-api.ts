import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { NotulistCore } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { SetSyncFolderResult } from '../../../shared/sync/sync-schemas';
import type { CoreContext } from '../core-context';
import { EXCHANGE_FOLDER } from './exchange-paths';
import { meetingConflicts, resolveMeetingConflict } from './meeting-conflicts';
import { diskSyncFs } from './sync-fs';
import { setUpExchange } from './sync-identity';
import { runSyncRound } from './sync-round';
import { SyncRunner } from './sync-runner';
import { syncServiceAroundWorkspace } from './synced-workspace-check';

type SyncMethods = 'syncNow' | 'getSyncStatus' | 'setSyncFolder' | 'chooseSyncFolder' | 'listSyncConflicts' | 'resolveSyncConflict';

/** Checks a folder chosen as the shared folder and sets up its exchange folder on first use. */
async function prepareFolder(path: string, workspaceDir: string): Promise<SetSyncFolderResult> {
  const folder = resolve(path);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) return { ok: false, reason: 'not-a-folder', message: `${folder} is not a folder that can be reached from here` };
  const fromWorkspace = relative(resolve(workspaceDir), folder);
  if (fromWorkspace === '' || (!fromWorkspace.startsWith('..') && !isAbsolute(fromWorkspace))) {
    return { ok: false, reason: 'inside-workspace', message: `${folder} lies inside the workspace; choose the shared folder of the sync service` };
  }
  const setUp = await setUpExchange(diskSyncFs(join(folder, EXCHANGE_FOLDER), undefined, folder)).catch((error: unknown) => ({ ok: false as const, message: error instanceof Error ? error.message : String(error) }));
  if (!setUp.ok) return { ok: false, reason: 'half-synced', message: setUp.message };
  return { ok: true, folder };
}

/**
 * The sync domain: rounds on a timer and after saves, the status for the header, the choice of
 * the shared folder and the conflicts (docs/sync.md). Without a shared folder it does nothing.
 */
export function syncApi(ctx: CoreContext): { api: Pick<NotulistCore, SyncMethods>; runner: SyncRunner; stop: () => Promise<void> } {
  const runner = new SyncRunner(ctx);
  const timers = ctx.options.syncTimers ?? true;
  if (timers) runner.start();
  // Looked up once, when the status is first asked, not at start: a workspace does not move while the app runs.
  let workspaceSyncedBy: Promise<string | undefined> | undefined;
  const api: Pick<NotulistCore, SyncMethods> = {
    syncNow: async (args) => runner.round(args?.full ?? false),
    getSyncStatus: async (args) => {
      runner.opened(args?.open);
      const service = await (workspaceSyncedBy ??= syncServiceAroundWorkspace(ctx.options.workspaceDir));
      return { ...runner.status(), ...(service ? { workspaceSyncedBy: service } : {}) };
    },
    setSyncFolder: async ({ path, copyExports }) => {
      let result: SetSyncFolderResult = { ok: true };
      if (path.trim() !== '') result = await prepareFolder(path.trim(), ctx.options.workspaceDir);
      if (!result.ok) return result;
      await runner.enqueue(async () => {
        const copy = copyExports ?? ctx.db.data.settings.copyExportsToSyncFolder;
        ctx.db.data.settings = { ...ctx.db.data.settings, syncFolder: result.ok ? result.folder : undefined, copyExportsToSyncFolder: copy };
        await ctx.db.write();
        runner.forgetStatus();
      });
      if (timers) runner.start();
      return result;
    },
    chooseSyncFolder: async () => ({ path: (await ctx.options.shell?.chooseFolder?.()) ?? null }),
    listSyncConflicts: async ({ id }) => {
      const deps = runner.deps();
      if (!deps) return [];
      const conflicts = await meetingConflicts(deps.local, id);
      return conflicts.map((conflict) => ({ ...conflict, versions: conflict.versions.map((version) => ({ ...version, deviceName: runner.names[version.device] })) }));
    },
    resolveSyncConflict: async ({ id, node, resolution }) => {
      const deps = runner.deps();
      if (!deps) throw new ApiError('invalid-argument', 'no shared folder is set: there are no sync conflicts');
      return runner.enqueue(async () => {
        let outcome = await resolveMeetingConflict(deps.local, deps.meetings, id, node, resolution, deps.now());
        if (!outcome.ok && outcome.message.includes('sync first')) {
          // Edits typed since the last round are recorded by a round first; then the choice is made on them.
          await runSyncRound(deps);
          outcome = await resolveMeetingConflict(deps.local, deps.meetings, id, node, resolution, deps.now());
        }
        if (!outcome.ok) throw new ApiError('invalid-argument', outcome.message);
        await runner.recount(deps.local, id);
        runner.roundSoon();
        return ctx.store.read(id);
      });
    },
  };
  return { api, runner, stop: () => runner.stop() };
}
