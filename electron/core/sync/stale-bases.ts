import type { Meeting } from '../../../shared/model/meeting';
import { mergeStaleSave } from '../../../shared/sync/stale-save-merge';
import type { MeetingStore } from '../meetings/meeting-store';
import { applySavedChanges, type SavedChanges } from '../meetings/saved-changes';
import { UnseenEdits } from './unseen-edits';

/** How many versions sync replaced are kept per meeting: a save is seldom more than a round or two behind. */
const KEPT = 4;

/** `base` with the changes applied: the whole meeting as the person had it in front of them. */
const applyChanges = (base: Meeting, changes: SavedChanges): Meeting => ({ ...changes.meeting, sections: applySavedChanges(new Map(base.sections.map((section) => [section.id, section])), changes) });

/**
 * The versions a sync round replaced in the workspace, so a save still made on one of them (typed
 * during the round) is merged with what sync brought instead of refused and then sent whole,
 * which would quietly undo the other devices' edits.
 */
export class StaleBases {
  private readonly replaced = new Map<string, Meeting[]>();
  /** What those saves changed without seeing sync's value: the next round makes them conflicts. */
  constructor(readonly unseen = new UnseenEdits()) {}

  remember(replaced: Meeting): void {
    this.replaced.set(replaced.id, [replaced, ...(this.replaced.get(replaced.id) ?? [])].slice(0, KEPT));
  }

  /**
   * Saves `changes` merged with the meeting as it now is, when their base is a version sync
   * replaced; undefined when it is not one (the usual save path then decides). After a merged
   * save the editor still shows its own version under the new revision until it reloads, so
   * that view is remembered too: its next save is merged the same way, not laid over the merge.
   */
  async saveMerged(store: MeetingStore, changes: SavedChanges, nextRevision: () => string): Promise<Meeting | undefined> {
    const base = this.replaced.get(changes.meeting.id)?.find((version) => version.updatedAt === changes.base);
    if (!base) return undefined;
    const onScreen = applyChanges(base, changes);
    // Read and write are two steps: another round writing between them makes us merge again.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const current = await store.read(changes.meeting.id);
      const { meeting: merged, unseen } = mergeStaleSave(base, current, { ...onScreen, updatedAt: nextRevision() });
      // Noted, on disk, before the write: a round reading the new revision (after a crash too) must find them.
      await this.unseen.add(merged.id, merged.updatedAt, unseen);
      if (await store.writeIfAt(merged, current.updatedAt)) {
        this.remember({ ...onScreen, updatedAt: merged.updatedAt });
        return merged;
      }
      await this.unseen.drop(merged.id, merged.updatedAt);
    }
    return undefined;
  }
}
