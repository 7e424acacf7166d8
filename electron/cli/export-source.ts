import type { ExportCopy } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { WordTemplateError } from '../../shared/export/word-template';
import { readWordTemplateFile } from '../core/exports/word-template-store';
import { defaultExportSource, workspaceExportSource, type ExportSource } from '../core/exports/resume-export';
import { readWorkspaceSettings } from '../core/workspace/workspace-settings';
import { ExportCopies } from '../core/exports/export-copies';
import type { ExportToCopy } from '../core/exports/export-copy';
import { CliError, EXIT } from './cli-error';

export interface ExportSourceOptions {
  /** The workspace whose house style, Word template and organisation name to use; else NOTULIST_HOME. */
  workspace?: string | undefined;
  /** An own Word template for this run (`--template`), over the workspace's. */
  template?: string | undefined;
  /** The organisation's name for this run, over the workspace's. */
  organisation?: string | undefined;
}

/** The workspace `notulist export` uses: --workspace, else NOTULIST_HOME; undefined for neither. */
export const exportWorkspace = (options: ExportSourceOptions, env: NodeJS.ProcessEnv): string | undefined => options.workspace ?? (env.NOTULIST_HOME || undefined);

/**
 * With the workspace's copyExportsToSyncFolder on and a shared folder set, the written export is
 * copied there as the app copies its own (or noted for the next round when the folder is away).
 */
export async function copyToSyncFolder(workspace: string | undefined, copy: ExportToCopy): Promise<ExportCopy | undefined> {
  const settings = workspace ? await readWorkspaceSettings(workspace).catch(() => undefined) : undefined;
  if (!workspace || !settings?.syncFolder || !settings.copyExportsToSyncFolder) return undefined;
  return new ExportCopies(workspace).copy(settings.syncFolder, copy);
}

/** What `notulist export` builds with: the workspace's as the app would, or the built-in default. */
export async function exportSourceFor(options: ExportSourceOptions, env: NodeJS.ProcessEnv): Promise<ExportSource> {
  const workspace = exportWorkspace(options, env);
  let source = defaultExportSource();
  try {
    const settings = workspace ? await readWorkspaceSettings(workspace) : undefined;
    // A Word template given for this run replaces the workspace's, which then need not be readable.
    if (workspace && settings && !options.template) source = await workspaceExportSource(workspace, settings);
    else if (settings) source = { houseStyle: settings.houseStyle, organisationName: settings.organisationName };
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(`workspace ${workspace}: ${error.message}`, EXIT.io, error.details);
    throw error;
  }
  if (options.template) {
    const wordTemplate = await readWordTemplateFile(options.template).catch((error: unknown) => {
      if (error instanceof WordTemplateError) throw new CliError(`template ${options.template}: ${error.message}`, EXIT.invalidInput);
      throw new CliError(`cannot read the template ${options.template}`, EXIT.io);
    });
    source = { ...source, wordTemplate };
  }
  if (options.organisation !== undefined) source = { ...source, organisationName: options.organisation };
  return source;
}
