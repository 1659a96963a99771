import { checkText, describeValue } from '../core/arguments.js';
import { isCalendarDate } from '../model/calendar-date.js';
import { CurriculaUsageError } from '../core/errors.js';
import { formatMessage } from '../messages/index.js';

/*
 * Calendar dates as whole day numbers (days since 1970-01-01). Sessions are
 * local wall-clock dates, so nothing here touches `Date` or a time zone: a
 * day is a day on both sides of a daylight-saving change, whatever zone the
 * machine runs in.
 */

/**
 * The days of the week (Wochentage), Monday first as in ISO 8601 and on
 * German calendars.
 *
 * @example
 * ```ts
 * import { WEEKDAYS } from 'curricula';
 * WEEKDAYS[5]; // 'sat'
 * ```
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * A day of the week (see {@link WEEKDAYS}).
 *
 * @example
 * ```ts
 * import type { Weekday } from 'curricula';
 * const days: Weekday[] = ['mon', 'wed'];
 * ```
 */
export type Weekday = (typeof WEEKDAYS)[number];

/** A day's name in a language, from the message catalogs (`calendar.weekday`). */
function dayName(day: Weekday, locale: 'en' | 'de'): string {
  return formatMessage(locale, 'calendar.weekday', day, {}) ?? day;
}

// Built on first use: the names come from the catalogs, which load when a text is first needed
// (src/messages/catalogs.ts), never when the package is imported.
let spellings: ReadonlyMap<string, Weekday> | undefined;
function spellingMap(): ReadonlyMap<string, Weekday> {
  spellings ??= new Map(
    WEEKDAYS.flatMap((day) => {
      const en = dayName(day, 'en').toLowerCase();
      const de = dayName(day, 'de').toLowerCase();
      return [
        [day, day],
        [en, day],
        [de, day],
        [de.slice(0, 2), day],
      ] as [string, Weekday][];
    }),
  );
  return spellings;
}

/**
 * Reads a weekday as users type it on a command line: `mon`, `Monday`,
 * `Mo`, `Montag`, or an unambiguous beginning of an English or German name
 * (`Thurs`, `Di.`), case-insensitive; undefined when it is none.
 *
 * @example
 * ```ts
 * import { parseWeekday } from 'curricula';
 * parseWeekday('Sa');     // 'sat'
 * parseWeekday('Friday'); // 'fri'
 * ```
 */
export function parseWeekday(text: string): Weekday | undefined {
  checkText('parseWeekday', 'text', text);
  const key = text.trim().toLowerCase().replace(/\.$/, '');
  // The ids themselves (`mon`) without the names, which would load the catalogs of both languages.
  if ((WEEKDAYS as readonly string[]).includes(key)) return key as Weekday;
  const exact = spellingMap().get(key);
  if (exact !== undefined || key.length < 2) return exact;
  // Unambiguous beginnings of a full name: "Thurs", "Tues", "Donn".
  let found: Weekday | undefined;
  for (const day of WEEKDAYS) {
    if (dayName(day, 'en').toLowerCase().startsWith(key) || dayName(day, 'de').toLowerCase().startsWith(key)) {
      if (found !== undefined && found !== day) return undefined;
      found = day;
    }
  }
  return found;
}

/**
 * Every spelling {@link parseWeekday} accepts, for did-you-mean hints.
 *
 * @example
 * ```ts
 * import { weekdaySpellings } from 'curricula';
 * weekdaySpellings().includes('montag'); // true
 * ```
 */
export function weekdaySpellings(): string[] {
  return [...spellingMap().keys()];
}

/**
 * The day number of a `YYYY-MM-DD` date: days since 1970-01-01 (negative
 * before). Pure calendar arithmetic, so no time zone can shift it.
 * Throws {@link CurriculaUsageError} for text that is not a real date;
 * check user input with `isCalendarDate` first.
 *
 * @example
 * ```ts
 * import { toDayNumber } from 'curricula';
 * toDayNumber('1970-01-02'); // 1
 * ```
 */
export function toDayNumber(date: string): number {
  if (!isCalendarDate(date)) throw new CurriculaUsageError(`Not a calendar date (YYYY-MM-DD): ${describeValue(date)}`);
  // By character codes (isCalendarDate vouched for the digits): no three substrings per date.
  let y = (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
  const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const d = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  // Howard Hinnant's days_from_civil: years start in March so leap days come last.
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// Two-digit texts of 0..99: long plans format a date per day, and
// padStart would allocate two throwaway strings for each.
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/** Civil year, month and day of a day number (Howard Hinnant's civil_from_days); `out` is reused. */
function civil(day: number, out: [number, number, number]): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  out[2] = doy - Math.floor((153 * mp + 2) / 5) + 1;
  out[1] = mp < 10 ? mp + 3 : mp - 9;
  out[0] = yoe + era * 400 + (out[1] <= 2 ? 1 : 0);
  return out;
}

const scratch: [number, number, number] = [0, 0, 0];

/**
 * The `YYYY-MM-DD` date of a day number (see {@link toDayNumber}).
 *
 * @example
 * ```ts
 * import { fromDayNumber } from 'curricula';
 * fromDayNumber(0); // '1970-01-01'
 * ```
 */
export function fromDayNumber(day: number): string {
  civil(day, scratch);
  const y = scratch[0];
  const m = scratch[1];
  // Consecutive calls mostly fall in one month: its "YYYY-MM-" is kept, so a date costs one string.
  if (y !== lastMonth.year || m !== lastMonth.month) {
    const year = y >= 1000 && y <= 9999 ? String(y) : String(y).padStart(4, '0');
    lastMonth.year = y;
    lastMonth.month = m;
    lastMonth.prefix = `${year}-${TWO_DIGITS[m]!}-`;
  }
  return lastMonth.prefix + TWO_DIGITS[scratch[2]]!;
}

const lastMonth = { year: Number.NaN, month: 0, prefix: '' };

/**
 * The calendar year of a day number, without formatting a date (holiday
 * lookups ask for it once per classified day).
 *
 * @example
 * ```ts
 * import { yearOfDayNumber, toDayNumber } from './calendar-day.js';
 * yearOfDayNumber(toDayNumber('2027-12-31')); // 2027
 * ```
 */
export function yearOfDayNumber(day: number): number {
  return civil(day, scratch)[0];
}

/**
 * The date `days` calendar days after `date` (before, when negative).
 *
 * @example
 * ```ts
 * import { addDays } from 'curricula';
 * addDays('2027-03-27', 1); // '2027-03-28' (daylight saving starts; still one day)
 * addDays('2028-03-01', -1); // '2028-02-29'
 * ```
 */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * import { daysBetween } from 'curricula';
 * daysBetween('2027-01-04', '2027-01-11'); // 7
 * ```
 */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The weekday of a day number.
 *
 * @example
 * ```ts
 * import { weekdayOfDayNumber, toDayNumber } from 'curricula';
 * weekdayOfDayNumber(toDayNumber('2027-01-04')); // 'mon'
 * ```
 */
export function weekdayOfDayNumber(day: number): Weekday {
  return WEEKDAYS[weekdayIndexOfDayNumber(day)]!;
}

/**
 * The index in {@link WEEKDAYS} of a day number's weekday (Monday 0).
 *
 * @example
 * ```ts
 * import { weekdayIndexOfDayNumber, toDayNumber } from './calendar-day.js';
 * weekdayIndexOfDayNumber(toDayNumber('2027-01-10')); // 6 (Sunday)
 * ```
 */
export function weekdayIndexOfDayNumber(day: number): number {
  // 1970-01-01 was a Thursday (index 3 with Monday = 0).
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * The weekday of a `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { weekdayOf } from 'curricula';
 * weekdayOf('2027-01-04'); // 'mon'
 * ```
 */
export function weekdayOf(date: string): Weekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

/**
 * The day number of the Monday that starts the ISO week of `day`; two days
 * are in the same calendar week (Kalenderwoche) when these are equal.
 *
 * @example
 * ```ts
 * import { weekStart, toDayNumber, fromDayNumber } from 'curricula';
 * fromDayNumber(weekStart(toDayNumber('2027-01-10'))); // '2027-01-04'
 * ```
 */
export function weekStart(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/**
 * Orders `YYYY-MM-DD` dates (for `Array.prototype.sort`). Plain string
 * comparison is exact for this form.
 *
 * @example
 * ```ts
 * import { compareDates } from 'curricula';
 * ['2027-02-01', '2027-01-04'].sort(compareDates); // ['2027-01-04', '2027-02-01']
 * ```
 */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
