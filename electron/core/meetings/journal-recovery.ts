import { readdir } from 'node:fs/promises';
import type { Notice } from '../../../shared/api/contract';
import type { Meeting } from '../../../shared/model/meeting';
import { readJournal, truncateJournal } from '../storage/journal-file';
import { copyToQuarantine, moveToQuarantine } from '../storage/quarantine';
import { isSafeId } from './meeting-ids';
import { JOURNAL_SUFFIX, parseJournalRecord, replayJournal, type MeetingJournal } from './meeting-journal';

/** What recovery needs of the store. */
export interface RecoveringStore {
  workspaceDir: string;
  journal: MeetingJournal;
  read(id: string): Promise<Meeting>;
  checkpoint(id: string): Promise<void>;
  onNotice(notice: Notice): void;
  now(): Date;
}

/**
 * Replays the journals a crash (or a kill) left behind into their meeting files, before anything
 * reads them. A torn last record was never acknowledged and is dropped. A damaged record in the
 * middle, or saves that no longer fit the file, stop the replay there: what came before is
 * checkpointed, and the journal itself is kept in quarantine/ with the reason.
 */
export async function recoverJournals(store: RecoveringStore, meetingsDir: string): Promise<void> {
  for (const name of await readdir(meetingsDir)) {
    const id = name.slice(0, -JOURNAL_SUFFIX.length);
    if (!name.endsWith(JOURNAL_SUFFIX) || !isSafeId(id)) continue;
    if (store.journal.claimReplay(id)) await recoverJournal(store, id);
  }
}

/** Replays meeting `id`'s journal into its file (see recoverJournals); the caller claimed the replay. */
export async function recoverJournal(store: RecoveringStore, id: string): Promise<void> {
  const file = store.journal.fileOf(id);
  let contents;
  try {
    contents = await readJournal(file);
  } catch (error) {
    // Left where it is for a person to look at; the meeting opens as its file has it.
    console.warn(`notulist: the journal ${file} cannot be read (${error instanceof Error ? error.message : String(error)}); meeting ${id} opens without it`);
    return;
  }
  if (contents.records.length === 0 && !contents.tornTail && !contents.corrupt) return;
  let meeting: Meeting;
  try {
    meeting = await store.read(id);
  } catch (error) {
    const reason = `the saves in it could not be applied: meeting ${id} cannot be read (${error instanceof Error ? error.message : String(error)})`;
    store.onNotice(await moveToQuarantine(store.workspaceDir, file, reason, store.now()));
    return;
  }
  const outcome = replayJournal(meeting, contents.records.map(parseJournalRecord));
  const problem = contents.corrupt?.reason ?? outcome.problem;
  if (problem !== undefined) {
    const reason = `meeting ${id}: the journal of its saves stopped being usable (${problem}); the saves before that are in the meeting file, the journal is kept here`;
    const movedTo = await copyToQuarantine(store.workspaceDir, file, reason, store.now());
    store.onNotice({ code: 'quarantined', message: `${reason}: ${movedTo}`, file, movedTo, details: problem });
  }
  // Kept aside first: the checkpoint empties the journal.
  if (outcome.applied > 0) {
    store.journal.noteHeld(id, outcome.meeting);
    await store.checkpoint(id);
  }
  await truncateJournal(file);
}
