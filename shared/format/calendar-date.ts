import { isValid, parseISO } from 'date-fns';

/** Whether `text` is a date written YYYY-MM-DD that exists on the calendar: no 30 February. */
export function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isValid(parseISO(text));
}
