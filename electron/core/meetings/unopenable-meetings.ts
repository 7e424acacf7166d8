import { isExistingIsoDate } from '../../../shared/format/dates';
import type { MeetingSummary } from '../../../shared/model/meeting';
import type { ImpossibleDateError } from './impossible-date-error';

/**
 * Meeting files that cannot be opened as they are (a date that does not exist), kept in place
 * and listed with their problem, so a typo in one date neither hides a meeting nor breaks the
 * list. Held in memory: the files themselves are read again on the next start.
 */
export class UnopenableMeetings {
  private readonly byId = new Map<string, MeetingSummary>();

  record(id: string, error: ImpossibleDateError): void {
    this.byId.set(id, { ...error.summary, id, problem: { code: 'impossible-date', message: error.message, file: error.file, values: error.dates } });
  }

  forget(id: string): void {
    this.byId.delete(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /**
   * The index with every known problem on its entry, and the unindexed files after it. An entry
   * dated a day that does not exist (an index from before such dates were refused) says so too.
   */
  list(index: readonly MeetingSummary[], fileOf: (id: string) => string): MeetingSummary[] {
    const listed = index.map((entry) => {
      const known = this.byId.get(entry.id);
      if (known) return { ...entry, problem: known.problem };
      if (isExistingIsoDate(entry.date)) return entry;
      const message = `${fileOf(entry.id)} holds a date that does not exist (${entry.date})`;
      return { ...entry, problem: { code: 'impossible-date' as const, message, file: fileOf(entry.id), values: [entry.date] } };
    });
    const indexed = new Set(index.map((entry) => entry.id));
    return [...listed, ...[...this.byId.values()].filter((entry) => !indexed.has(entry.id))];
  }
}
