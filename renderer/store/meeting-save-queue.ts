import type { NotulistApi, ResultOf } from '../../shared/api/contract';
import type { Meeting } from '../../shared/model/meeting';
import { createMeetingSaver, saveChangesArgs } from './save-changes';
import { createSaveQueue, type SaveQueue, type SaveStatus } from './save-queue';
import type { UnsentChanges } from './unsent-changes';

/** How often, at most, the changes not yet confirmed are written to browser storage while typing. */
const KEEP_EVERY_MS = 200;

export interface MeetingSaveQueueOptions {
  api: NotulistApi;
  /** The meeting as read from the core. */
  opened: Meeting;
  onStatus: (status: SaveStatus) => void;
  /** Where changes wait until the core confirms them. */
  unsent: UnsentChanges;
  /** The core's answer to each confirmed save (it may have kept another program's version aside). */
  onSaved?: (result: ResultOf<'saveMeeting'>) => void;
}

/**
 * The open meeting's saves: the save queue, plus every change since the last confirmed save
 * kept in browser storage until the core confirms it, so that a host that is away (stopped,
 * restarting) or a reload meanwhile loses nothing. The entry goes once the core has it all.
 */
export function createMeetingSaveQueue(options: MeetingSaveQueueOptions): SaveQueue {
  const { unsent } = options;
  const saver = createMeetingSaver(options.api, options.opened);
  let latest = options.opened;
  let keepTimer: ReturnType<typeof setTimeout> | undefined;
  let kept = false;

  const keep = (): void => {
    clearTimeout(keepTimer);
    keepTimer = undefined;
    if (latest === saver.saved().meeting) {
      if (kept) unsent.drop(latest.id);
      kept = false;
      return;
    }
    kept = unsent.keep(saveChangesArgs(saver.saved(), latest));
  };

  const queue = createSaveQueue({
    save: async (meeting) => {
      const result = await saver.save(meeting);
      options.onSaved?.(result);
      if (meeting === latest) keep();
      return result;
    },
    onStatus: (status) => {
      if (status.kind !== 'failed') return options.onStatus(status);
      keep();
      options.onStatus({ ...status, keptInBrowser: kept });
    },
  });

  return {
    schedule(meeting) {
      latest = meeting;
      queue.schedule(meeting);
      keepTimer ??= setTimeout(keep, KEEP_EVERY_MS);
    },
    flush() {
      // At once, before the save leaves: the page may be closing and the save never arrive.
      keep();
      return queue.flush();
    },
    hasUnsaved: () => queue.hasUnsaved(),
    dispose() {
      clearTimeout(keepTimer);
      queue.dispose();
    },
  };
}
