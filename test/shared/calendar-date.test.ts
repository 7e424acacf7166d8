import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../shared/format/calendar-date';

describe('a date the secretary can give a meeting', () => {
  it('is a real day written YYYY-MM-DD', () => {
    expect(['2023-02-23', '2024-02-29', '2023-12-31'].map(isCalendarDate)).toEqual([true, true, true]);
  });

  it('is not an impossible day, a partial date, another notation or nothing', () => {
    expect(['2023-02-30', '2023-02-29', '2023-13-01', '2023-02', '23-02-2023', '20231-01-01', ''].map(isCalendarDate)).toEqual([false, false, false, false, false, false, false]);
  });
});
