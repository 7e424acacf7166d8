import { dirname, join, resolve } from 'node:path';
import type { NotulistCore } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { CoreContext } from '../core-context';
import { writeNewVersion } from './export-files';
import { buildResumeFile, workspaceExportSource } from './resume-export';

/** The resumé as a file in exports/: write it, open it in Word or show it in its folder. */
export function exportsApi({ db, store, options, exportCopies }: CoreContext): Pick<NotulistCore, 'exportMeeting' | 'openExport'> {
  const exportsDir = join(options.workspaceDir, 'exports');
  return {
    exportMeeting: async ({ id, public: publicOnly }) => {
      const meeting = await store.read(id);
      const file = await buildResumeFile(meeting, await workspaceExportSource(options.workspaceDir, db.data.settings), publicOnly ?? false);
      const path = await writeNewVersion(exportsDir, file.fileName, file.bytes);
      const { syncFolder, copyExportsToSyncFolder } = db.data.settings;
      const copy = syncFolder && copyExportsToSyncFolder ? await exportCopies.copy(syncFolder, { source: path, fileName: file.fileName, date: meeting.date }) : undefined;
      return { path, fileName: path.slice(exportsDir.length + 1), folder: exportsDir, confidential: file.confidential, ...(copy ? { copy } : {}) };
    },
    openExport: async ({ path, reveal }) => {
      if (!options.shell) throw new ApiError('unsupported', 'opening files needs the desktop app');
      // Only the app's own exports: a page must not be able to open arbitrary files.
      const target = resolve(path);
      if (dirname(target) !== resolve(exportsDir) || !target.endsWith('.docx')) {
        throw new ApiError('invalid-argument', `not an export of this workspace: ${path}`);
      }
      if (reveal) options.shell.showItemInFolder(target);
      else {
        const problem = await options.shell.openPath(target);
        if (problem) throw new ApiError('export', `could not open ${target}: ${problem}`);
      }
      return { opened: true as const };
    },
  };
}
