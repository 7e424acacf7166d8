import { format, isValid, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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
 * `2023-02-23` → `23 februari 2023`, as the resumé writes dates. Never throws, so no screen or
 * export fails on a file's bad date: text that is not a real day comes back as it was given.
 */
export function formatDutchDate(isoDate: string): string {
  if (!isExistingIsoDate(isoDate)) return isoDate;
  const date = parseISO(isoDate);
  return isValid(date) ? format(date, 'd MMMM yyyy', { locale: nl }) : isoDate;
}

/** Local wall-clock time as the save status shows it: `14:03:12`. */
export function formatClockTime(instant: Date): string {
  return format(instant, 'HH:mm:ss');
}

/** Today's date as YYYY-MM-DD in local time. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

/** `23 februari 2023`, or the text as typed when it is no date: for showing, never for checking. */
export function formatDutchDateOrAsTyped(isoDate: string): string {
  try {
    return formatDutchDate(isoDate);
  } catch {
    return isoDate;
  }
}
