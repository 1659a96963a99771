/**
 * The earliest date a document or a flag may name (Datumsbereich). Dates
 * outside the range are a located `date/invalid` error in documents and a
 * usage error in flags, so the holiday calendar, the time zone rules and
 * every export only ever see years they can handle, and a mistyped year
 * (0207, 9027) is caught where it is written. Programs' `year` has the same
 * range.
 *
 * @example
 * ```ts
 * import { MIN_DATE } from 'curricula';
 * '1899-12-31' < MIN_DATE; // true: outside the range
 * ```
 */
export const MIN_DATE = '1900-01-01';

/**
 * The latest date a document or a flag may name (see {@link MIN_DATE}).
 *
 * @example
 * ```ts
 * import { MAX_DATE } from 'curricula';
 * '2201-01-01' > MAX_DATE; // true: outside the range
 * ```
 */
export const MAX_DATE = '2200-12-31';

/**
 * The planning horizon in days (Planungshorizont): ten years. A day count a
 * document gives (a module's `days`) is at most this; a plan never looks
 * further for room for its sessions.
 *
 * @example
 * ```ts
 * import { MAX_DAYS } from 'curricula';
 * MAX_DAYS; // 3660
 * ```
 */
export const MAX_DAYS = 3660;

/**
 * The largest amount of time a document may give anything, in minutes:
 * the whole planning horizon around the clock ({@link MAX_DAYS} × 1,440
 * minutes, 87,840 hours or 117,120 UE), so every amount that is read can
 * be planned in principle, and none is so large that planning or adding
 * it up would run away. A full-time three-year degree is about 5,400
 * hours.
 *
 * @example
 * ```ts
 * import { MAX_AMOUNT_MINUTES } from 'curricula';
 * MAX_AMOUNT_MINUTES; // 5270400
 * ```
 */
export const MAX_AMOUNT_MINUTES = MAX_DAYS * 24 * 60;

/**
 * Whether a `YYYY-MM-DD` date lies in the supported range
 * {@link MIN_DATE}–{@link MAX_DATE} (compared as text, which orders ISO
 * dates correctly).
 *
 * @example
 * ```ts
 * import { isDateInRange } from 'curricula';
 * isDateInRange('2027-01-04'); // true
 * isDateInRange('9999-12-31'); // false
 * ```
 */
export function isDateInRange(date: string): boolean {
  return typeof date === 'string' && date >= MIN_DATE && date <= MAX_DATE;
}
