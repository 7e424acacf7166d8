import type { Section } from '../../../shared/model/meeting';

/**
 * The latest domain tables of each meeting read or written, with that version's revision (its
 * updatedAt), so a save may send only the changed ones: MeetingStore.writeChanges applies them
 * only on the very revision they were made on. Revisions are handed out here, later than any
 * seen for the meeting, so two versions never share one and an equal revision means equal content.
 */
export class SavedSections {
  private readonly latest = new Map<string, { revision: string; byId: Map<string, Section> }>();
  private readonly lastRevision = new Map<string, number>();

  get(id: string): { revision: string; byId: Map<string, Section> } | undefined {
    return this.latest.get(id);
  }

  set(id: string, revision: string, sections: Section[]): void {
    this.latest.set(id, { revision, byId: new Map(sections.map((section) => [section.id, section])) });
    this.lastRevision.set(id, Math.max(this.lastRevision.get(id) ?? Number.NEGATIVE_INFINITY, Date.parse(revision)));
  }

  delete(id: string): void {
    this.latest.delete(id);
    this.lastRevision.delete(id);
  }

  /** The revision for a version of the meeting written at `at`. */
  nextRevision(id: string, at: Date): string {
    const last = this.lastRevision.get(id) ?? Number.NaN;
    return new Date(last >= at.getTime() ? last + 1 : at.getTime()).toISOString();
  }
}
