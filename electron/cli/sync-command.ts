import { homedir } from 'node:os';
import { createNotulistCore, type OpenCore } from '../core/notulist-core';
import { resolveWorkspaceDir } from '../core/workspace/workspace-path';
import { CliError, EXIT } from './cli-error';
import type { CommandOutput } from './commands';

async function openWorkspace(workspace: string): Promise<OpenCore> {
  return createNotulistCore({ workspaceDir: workspace, appVersion: 'cli', syncTimers: false }).catch((error: unknown) => {
    throw new CliError(`workspace ${workspace}: ${error instanceof Error ? error.message : String(error)}`, EXIT.io);
  });
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * `notulist sync [--workspace DIR] [--full]`: one round with the shared folder set in the
 * workspace, for headless use (a scheduled task). Exit 0 when the round ran, 3 when it stopped.
 */
export async function syncCommand(options: { workspace?: string; full?: boolean }, io: CommandOutput, env: NodeJS.ProcessEnv): Promise<number> {
  const workspace = options.workspace ?? resolveWorkspaceDir(env, process.platform, homedir());
  const core = await openWorkspace(workspace);
  try {
    const folder = (await core.getSettings(undefined)).syncFolder;
    if (!folder) throw new CliError(`workspace ${workspace} has no shared folder; choose one in Instellingen`, EXIT.io);
    const report = await core.syncNow({ full: options.full ?? false });
    if (report.status === 'stopped') throw new CliError(`sync stopped (${report.stop ?? 'unknown'}): ${report.message ?? ''}`, EXIT.io);
    io.out(`synced ${workspace} with ${folder} as device ${report.device ?? '?'}: wrote ${count(report.wrote.length, 'file')}, ${count(report.waiting.length, 'file')} waiting, ${count(report.problems.length, 'problem')}, ${count(report.conflicts, 'open conflict')}`);
    for (const line of report.waiting) io.out(`  waiting: ${line}`);
    for (const line of report.problems) io.out(`  problem: ${line}`);
    return EXIT.ok;
  } finally {
    await core.close();
  }
}

/** `notulist validate --workspace DIR`: the sync conflicts waiting in the workspace's meetings. Exit 1 when there are any. */
export async function validateWorkspaceCommand(workspace: string, io: CommandOutput): Promise<number> {
  const core = await openWorkspace(workspace);
  try {
    let open = 0;
    for (const meeting of await core.listMeetings(undefined)) {
      const conflicts = (await core.listSyncConflicts({ id: meeting.id })).filter((conflict) => conflict.kind === 'value');
      open += conflicts.length;
      for (const conflict of conflicts) io.out(`${meeting.id} "${meeting.name}" of ${meeting.date}: conflict in ${conflict.node} (${conflict.versions.length} versions)`);
    }
    io.out(`${workspace}: ${count(open, 'open sync conflict')}`);
    return open === 0 ? EXIT.ok : EXIT.invalidInput;
  } finally {
    await core.close();
  }
}
