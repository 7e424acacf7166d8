import { basename } from 'node:path';
import type { NotulistCore } from '../../../shared/api/contract';
import { importResume } from '../../../shared/archive/import/resume-import';
import type { ImportResumeResult } from '../../../shared/archive/import-schemas';
import { summarize } from '../../../shared/model/meeting';
import type { CoreContext } from '../core-context';
import { runExclusive } from '../storage/keyed-queue';
import { fileHash, ImportedFiles } from './imported-files';

/** A real resumé is tens of kilobytes, with a logo a few hundred: a larger file is no resumé to read whole. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * The archive's import: a past Word resumé becomes a meeting of the workspace, marked imported,
 * the document kept beside it; the same document twice is skipped, naming the meeting it gave.
 */
export function archiveImportApi({ options, db, store, index, now }: CoreContext): Pick<NotulistCore, 'importResume'> {
  const files = new ImportedFiles(options.workspaceDir);
  const summaryOf = (id: string) => db.data.meetings.find((entry) => entry.id === id);

  const importOne = async (fileName: string, bytes: Uint8Array): Promise<ImportResumeResult> => {
    if (bytes.length > MAX_IMPORT_BYTES) {
      return { outcome: 'failed', problem: 'too-large', reason: `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a resumé of at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB is read` };
    }
    const hash = fileHash(bytes);
    const earlier = await files.meetingOf(hash, (id) => summaryOf(id) !== undefined);
    if (earlier !== undefined) return { outcome: 'duplicate', meeting: summaryOf(earlier)! };
    const result = await importResume(bytes, { fileName: basename(fileName), hash, now: now() });
    if (!result.ok) return { outcome: 'failed', problem: result.problem, reason: result.reason };
    const meeting = { ...result.meeting, imported: { ...result.meeting.imported!, file: ImportedFiles.relativePath(result.meeting.id) } };
    // The document first: a meeting is never listed without the file it came from.
    await files.keep(meeting.id, hash, bytes);
    await store.write(meeting);
    await index.saveEntry(meeting);
    return { outcome: 'imported', meeting: summarize(meeting), kept: result.kept, warnings: result.warnings };
  };

  return {
    // One import at a time: two copies of one document sent together must not both get in.
    importResume: ({ fileName, base64 }) => runExclusive(`import:${options.workspaceDir}`, () => importOne(fileName, Buffer.from(base64, 'base64'))),
  };
}
