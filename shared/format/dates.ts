import { format, isValid, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';

// The one place dates and times become text. Every formatter here answers a fallback for a date
// it cannot read, never an exception: a damaged file must not break a screen or an export.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What a time that cannot be read shows in place of `14:03`. */
export const UNKNOWN_TIME = '--:--';

/** Whether `text` is YYYY-MM-DD and that day exists in the calendar (2026-02-31 does not). */
export function isExistingIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls an impossible day over into the next month; a real day comes back unchanged.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * `2023-02-23` → `23 februari 2023`, as the resumé writes dates. Text that is not a real day
 * (2023-02-30, or a due date typed as "volgende week") comes back as it was given.
 */
export function formatDutchDate(isoDate: string): string {
  if (!isExistingIsoDate(isoDate)) return isoDate;
  const date = parseISO(isoDate);
  return isValid(date) ? format(date, 'd MMMM yyyy', { locale: nl }) : isoDate;
}

const asDate = (instant: Date | string): Date => (typeof instant === 'string' ? parseISO(instant) : instant);

/** Local wall-clock time as the save status shows it: `14:03:12`; `--:--` when unreadable. */
export function formatClockTime(instant: Date | string): string {
  const date = asDate(instant);
  return isValid(date) ? format(date, 'HH:mm:ss') : UNKNOWN_TIME;
}

/** `14:00`: a recorded moment as local wall-clock time; `--:--` when unreadable. */
export function formatHourMinute(instant: Date | string): string {
  const date = asDate(instant);
  return isValid(date) ? format(date, 'HH:mm') : UNKNOWN_TIME;
}

/** `23 februari 2023 14:03:12`: when a version was saved, in local time; the text as given when unreadable. */
export function formatDutchDateTime(instant: string): string {
  const date = parseISO(instant);
  return isValid(date) ? format(date, 'd MMMM yyyy HH:mm:ss', { locale: nl }) : instant;
}

/** Today's date as YYYY-MM-DD in local time. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}
