import * as z from 'zod';
import { isDateInRange } from '../core/limits.js';
import type { MessageData } from '../core/diagnostic.js';

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
 * Why a `YYYY-MM-DD` text is not a calendar date, as a message of
 * `date/invalid` with its data ("2027-02-29 does not exist: 2027 is not a
 * leap year"); undefined when it is one, or not of that form.
 *
 * @example
 * ```ts
 * calendarDateProblem('2027-02-29'); // { messageId: 'notLeapYear', data: { date: '2027-02-29', year: 2027 } }
 * calendarDateProblem('2027-04-31'); // { messageId: 'dayOfMonth', data: { date: '2027-04-31', month: { ns: 'calendar.month', id: 'month4' }, days: 30 } }
 * ```
 */
export function calendarDateProblem(text: string): { messageId: string; data: MessageData } | undefined {
  const m = DATE.exec(text);
  if (!m || isCalendarDate(text)) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const date = text;
  if (month < 1 || month > 12) return { messageId: 'noMonth', data: { date, month: m[2]! } };
  if (day < 1) return { messageId: 'noDay', data: { date } };
  if (month === 2 && day === 29) return { messageId: 'notLeapYear', data: { date, year: m[1]! } };
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return { messageId: 'dayOfMonth', data: { date, month: { ns: 'calendar.month', id: `month${month}` }, days } };
}

/**
 * A `YYYY-MM-DD` date that exists in the calendar, in any year. Documents
 * use {@link calendarDateSchema}, which adds the supported range; the
 * planner's constraints take this one and report a date outside the range
 * in their own words (what a plan can use).
 *
 * @example
 * ```ts
 * existingDateSchema().safeParse('9999-12-31').success; // true
 * existingDateSchema().safeParse('2027-02-29').success; // false
 * ```
 */
export function existingDateSchema() {
  return z
    .string()
    .regex(DATE, { error: 'schema/format#date', abort: true })
    .refine(isCalendarDate, {
      error: 'date/invalid#notInCalendar',
      abort: true,
    });
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
export const calendarDateSchema = existingDateSchema()
  .refine(isDateInRange, {
    error: 'date/invalid#outOfRange',
    abort: true,
  })
  .meta({ id: 'CalendarDate', description: 'A calendar date, YYYY-MM-DD.' });
