import * as z from 'zod';
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
  const m = DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
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
 * A calendar date (Datum) in ISO form, `YYYY-MM-DD`, local to the
 * offering's time zone. Impossible dates are rejected with `date/invalid`.
 *
 * @example
 * ```ts
 * import { calendarDateSchema } from 'curricula';
 * calendarDateSchema.safeParse('2014-02-30').success; // false
 * ```
 */
export const calendarDateSchema = z
  .string()
  .regex(DATE, { error: 'schema/format#date', abort: true })
  .refine(isCalendarDate, {
    error: 'date/invalid#notInCalendar',
    abort: true,
  })
  .meta({ id: 'CalendarDate', description: 'A calendar date, YYYY-MM-DD.' });
