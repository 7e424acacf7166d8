import { ApiError } from '../../../shared/api/errors';
import type { MeetingSummary } from '../../../shared/model/meeting';

/** A meeting file that is sound but for dates that do not exist: kept in place, listed with a warning. */
export class ImpossibleDateError extends ApiError {
  constructor(
    readonly file: string,
    readonly summary: MeetingSummary,
    readonly dates: string[],
    problems: string[],
  ) {
    super('storage', `${file} holds a date that does not exist (${dates.join(', ')}); the file is kept as it is: correct the date in it`, problems);
  }
}
