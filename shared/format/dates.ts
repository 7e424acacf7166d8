import { format, isValid, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';

/** `2023-02-23` → `23 februari 2023`, as the resumé writes dates. */
export function formatDutchDate(isoDate: string): string {
  const date = parseISO(isoDate);
  if (!isValid(date)) throw new RangeError(`not a date: ${isoDate}`);
  return format(date, 'd MMMM yyyy', { locale: nl });
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
