import { TZDate } from '@date-fns/tz';
import { toDayNumber } from './calendar-day.js';

/**
 * The instant at which a local wall-clock time on a calendar date happens in
 * a time zone: `minutes` since local midnight on `date` in `timeZone`.
 * Sessions are stored as local times ("09:30" stays 09:30 across the last
 * Sunday of March and October); this is where they meet UTC, e.g. for ICS.
 *
 * @example
 * ```ts
 * import { localInstant } from 'curricula';
 * localInstant('2027-03-26', 570, 'Europe/Berlin').toISOString(); // '2027-03-26T08:30:00.000Z' (CET)
 * localInstant('2027-03-29', 570, 'Europe/Berlin').toISOString(); // '2027-03-29T07:30:00.000Z' (CEST)
 * ```
 */
export function localInstant(date: string, minutes: number, timeZone: string): Date {
  toDayNumber(date); // rejects malformed dates with a CurriculaUsageError
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const local = new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone);
  return new Date(local.getTime());
}
