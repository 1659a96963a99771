import * as z from 'zod';
import { isDateInRange } from '../core/limits.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True when `text` is a real calendar date in `YYYY-MM-DD` form
 * (2027-02-29 and 2014-02-30 are not).
 *
 * @example
 * ```ts
 * import { isCalendarDate } from 'curricula';
 * isCalendarDate('2028-02-29'); // true
 * isCalendarDate('2014-02-30'); // false
 * ```
 */
export function isCalendarDate(text: string): boolean {
  // By character codes, not a regular expression and a table per call: every session's date goes through here.
  if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  if (month !== 2) return day <= DAYS_IN_MONTH[month - 1]!;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (leap ? 29 : 28);
}

const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The decimal number of `text` from `from` to `to`, or -1 when a character is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A calendar date (Datum) in ISO form, `YYYY-MM-DD`, local to the
 * offering's time zone. Impossible dates are rejected with `date/invalid`,
 * and so are dates outside the supported range (`MIN_DATE`–`MAX_DATE`,
 * 1900-01-01 to 2200-12-31): a mistyped year is caught where it is written.
 *
 * @example
 * ```ts
 * import { calendarDateSchema } from 'curricula';
 * calendarDateSchema.safeParse('2014-02-30').success; // false
 * calendarDateSchema.safeParse('9999-12-31').success; // false: outside 1900-01-01 to 2200-12-31
 * ```
 */
export const calendarDateSchema = z
  .string()
  .regex(DATE, { error: 'schema/format#date', abort: true })
  .refine(isCalendarDate, {
    error: 'date/invalid#notInCalendar',
    abort: true,
  })
  .refine(isDateInRange, {
    error: 'date/invalid#outOfRange',
    abort: true,
  })
  .meta({ id: 'CalendarDate', description: 'A calendar date, YYYY-MM-DD.' });
