import fc from 'fast-check';
import { isValid, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { formatClockTime, formatDutchDate, formatDutchDateTime, formatHourMinute, isExistingIsoDate, UNKNOWN_TIME } from '../../shared/format/dates';
import { IsoDateSchema } from '../../shared/model/agenda-details';
import { NewMeetingSchema } from '../../shared/agenda/new-meeting-schema';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('dates that exist', () => {
  it('accepts real days, leap days included, and refuses days the calendar does not have', () => {
    expect(isExistingIsoDate('2024-02-29')).toBe(true);
    expect(isExistingIsoDate('2000-02-29')).toBe(true);
    expect(isExistingIsoDate('1900-02-29')).toBe(false);
    expect(isExistingIsoDate('2023-02-29')).toBe(false);
    expect(isExistingIsoDate('2026-02-31')).toBe(false);
    expect(isExistingIsoDate('2023-04-31')).toBe(false);
    expect(isExistingIsoDate('2023-13-01')).toBe(false);
    expect(isExistingIsoDate('2023-00-10')).toBe(false);
    expect(isExistingIsoDate('2023-01-00')).toBe(false);
    expect(isExistingIsoDate('2023-1-01')).toBe(false);
  });

  it('agrees with date-fns on every YYYY-MM-DD, possible or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        expect(isExistingIsoDate(text)).toBe(isValid(parseISO(text)));
      }),
      { numRuns: 1000 },
    );
  });

  it('are what the schema asks for, and a day that does not exist is named in its message', () => {
    expect(IsoDateSchema.safeParse('2026-02-28').success).toBe(true);
    const refused = IsoDateSchema.safeParse('2026-02-31');
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual(['2026-02-31 is not a date that exists']);
    expect(IsoDateSchema.safeParse('31-02-2026').error?.issues.map((issue) => issue.message)).toEqual(['expected a date as YYYY-MM-DD']);
    expect(NewMeetingSchema.safeParse({ name: 'PFHO', date: '2026-02-31', domains: ['jeugd-en-onderwijs'] }).success).toBe(false);
  });
});

describe('the Dutch date formatter', () => {
  it('never throws, and gives back what it cannot read as it was given', () => {
    expect(formatDutchDate('2023-02-23')).toBe('23 februari 2023');
    expect(formatDutchDate('2023-02-30')).toBe('2023-02-30');
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof formatDutchDate(text)).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the clock and moment formatters', () => {
  it('write a recorded moment as local wall-clock time', () => {
    const moment = new Date(2023, 1, 23, 14, 3, 12);
    expect(formatClockTime(moment)).toBe('14:03:12');
    expect(formatHourMinute(moment.toISOString())).toBe('14:03');
    expect(formatDutchDateTime(moment.toISOString())).toBe('23 februari 2023 14:03:12');
  });

  it('give a fallback text for a moment they cannot read, instead of throwing in a render', () => {
    expect(formatClockTime(new Date('not a date'))).toBe(UNKNOWN_TIME);
    expect(formatClockTime('gisteren')).toBe(UNKNOWN_TIME);
    expect(formatHourMinute('')).toBe(UNKNOWN_TIME);
    expect(formatHourMinute('2023-02-30T25:61:00Z')).toBe(UNKNOWN_TIME);
    expect(formatDutchDateTime('kapot')).toBe('kapot');
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof formatClockTime(text)).toBe('string');
        expect(typeof formatHourMinute(text)).toBe('string');
        expect(typeof formatDutchDateTime(text)).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
