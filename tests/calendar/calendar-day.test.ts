import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  daysBetween,
  fromDayNumber,
  parseWeekday,
  toDayNumber,
  weekStart,
  weekdayOf,
} from '../../src/calendar/index.js';
import { CurriculaUsageError } from '../../src/core/errors.js';

describe('calendar dates as day numbers', () => {
  it('maps the epoch and known dates', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(toDayNumber('2000-02-29'))).toBe('2000-02-29');
    expect(daysBetween('2027-01-04', '2027-01-11')).toBe(7);
  });

  it('round-trips and agrees with UTC arithmetic for every day of four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -150000, max: 150000 }), (day) => {
        const date = fromDayNumber(day);
        expect(toDayNumber(date)).toBe(day);
        expect(new Date(day * 86_400_000).toISOString().slice(0, 10)).toBe(date);
      }),
    );
  });

  it('steps over daylight-saving changes and leap days by whole days', () => {
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
    expect(addDays('2027-10-30', 2)).toBe('2027-11-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2100-03-01', -1)).toBe('2100-02-28');
  });

  it('knows weekdays and ISO weeks', () => {
    expect(weekdayOf('2027-01-04')).toBe('mon');
    expect(weekdayOf('2027-03-28')).toBe('sun');
    expect(weekdayOf('1970-01-01')).toBe('thu');
    expect(fromDayNumber(weekStart(toDayNumber('2027-01-10')))).toBe('2027-01-04');
    expect(fromDayNumber(weekStart(toDayNumber('2027-01-11')))).toBe('2027-01-11');
  });

  it('reads weekdays as users type them', () => {
    expect(parseWeekday('Sa')).toBe('sat');
    expect(parseWeekday('friday')).toBe('fri');
    expect(parseWeekday('Montag')).toBe('mon');
    expect(parseWeekday('mi')).toBe('wed');
    expect(parseWeekday('Thurs')).toBe('thu');
    expect(parseWeekday('Di.')).toBe('tue');
    expect(parseWeekday('funday')).toBeUndefined();
    expect(parseWeekday('s')).toBeUndefined();
  });

  it('orders dates and rejects impossible ones as programmer errors', () => {
    expect(['2027-02-01', '2027-01-04'].sort(compareDates)).toEqual(['2027-01-04', '2027-02-01']);
    expect(() => toDayNumber('2027-02-29')).toThrow(CurriculaUsageError);
    expect(() => toDayNumber('4.1.2027')).toThrow(CurriculaUsageError);
  });
});
