import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notice } from '../../../shared/api/contract';
import type { Meeting } from '../../../shared/model/meeting';
import { ApiError } from '../../../shared/api/errors';
import { meetingLimitProblems } from '../../../shared/model/limits';
import { parseMeetingFile } from '../../../shared/model/meeting-file';
import { writeFileDurable } from '../storage/durable-write';
import { isMissing } from '../storage/fs-errors';
import { identityOf, type KnownVersions } from '../storage/known-versions';
import { withoutByteOrderMark } from '../storage/text-file';
import type { MeetingHistory } from './meeting-history';
import { checkHeldId } from './meeting-ids';

/** Never write a file that reading it back would refuse. */
export function assertWithinLimits(meeting: Meeting): void {
  const overLimits = meetingLimitProblems(meeting);
  if (overLimits.length > 0) throw new ApiError('too-large', `meeting ${meeting.id} is over Notulist's limits`, overLimits.map((problem) => problem.message));
}

export interface Replaced {
  /** Where another program's version went, when the file was not the one this store knew. */
  conflictCopy?: string;
  /** Where the replaced version is kept as a saved one. */
  kept?: string;
  identity?: string;
}

/**
 * Replacing a meeting file whole, keeping the version it replaces: as a saved version, or, when
 * another program changed the file since this store read or wrote it, as a conflict copy (and
 * the user is told). Run inside the meeting's exclusive section.
 */
export class MeetingFileWrites {
  constructor(
    private readonly history: MeetingHistory,
    private readonly known: KnownVersions,
    private readonly onNotice: (notice: Notice) => void,
  ) {}

  /** Writes `text` as meeting `id`'s `file`; `check` may refuse before the old version is replaced. */
  async replace(id: string, file: string, name: string, text: string | Uint8Array, check?: () => void): Promise<Replaced> {
    let conflictCopy: string | undefined;
    let kept: string | undefined;
    let identity: string | undefined;
    // What must come first waits on the disk (the check on the processor) beside the new version's write.
    await writeFileDurable(file, text, undefined, {
      beforeReplace: async () => {
        const onDisk = await this.known.check(file);
        check?.();
        if (onDisk === 'changed') conflictCopy = await this.keepConflictCopy(id, name, file);
        // A version kept as a conflict copy is not kept a second time as a saved one.
        if (!conflictCopy) kept = await this.history.keep('saved', id, file);
        await this.history.prune(id);
      },
      afterReplace: async () => {
        identity = await identityOf(file);
      },
    });
    this.known.remember(file, identity, text);
    return { conflictCopy, kept, ...(identity === undefined ? {} : { identity }) };
  }

  private async keepConflictCopy(id: string, name: string, file: string): Promise<string | undefined> {
    const copy = await this.history.keep('conflict', id, file);
    const message = `meeting "${name}" (${id}) was changed outside Notulist while open; that version is kept as ${copy} and this one saved`;
    if (copy) this.onNotice({ code: 'conflict', message, file, movedTo: copy, meetingName: name });
    return copy;
  }

  /** Deleting never destroys: the meeting's `file` and its versions move into the `trash` folder, under one stamp. */
  async moveToTrash(id: string, file: string, trash: string, now: Date): Promise<void> {
    await mkdir(trash, { recursive: true });
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    await rename(file, join(trash, `${stamp}-${id}.json`)).catch((error: unknown) => {
      if (!isMissing(error)) throw error;
    });
    await this.history.moveToTrash(id, join(trash, `${stamp}-${id}`));
  }

  /** Puts the latest saved version that reads as a sound meeting in place of meeting `id`'s missing or damaged `file`. */
  async restoreLatestBackup(id: string, file: string, why: string): Promise<Meeting> {
    for (const version of await this.history.list(id)) {
      if (version.kind !== 'saved') continue;
      const text = await this.history.read(id, version.version);
      const result = text === undefined ? undefined : checkHeldId(id, parseMeetingFile(withoutByteOrderMark(text)));
      if (!result?.ok) continue;
      await writeFileDurable(file, text!);
      this.known.remember(file, await identityOf(file), text!);
      this.onNotice({ code: 'restored-from-backup', message: `meeting ${id}: ${why}; restored its version of ${version.savedAt} from the backups`, file });
      return result.meeting;
    }
    throw new ApiError(why.includes('missing') ? 'not-found' : 'storage', `meeting ${id}: ${why} and no usable backup exists`);
  }
}
