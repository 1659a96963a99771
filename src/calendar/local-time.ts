import { TZDate, tzOffset } from '@date-fns/tz';
import { fromDayNumber, toDayNumber } from './calendar-day.js';

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

const MS_PER_DAY = 86_400_000;

const weeksByZone = new Map<string, Map<number, number>>();

/**
 * Finds the days on which a daily window does not last as long as the wall
 * clock says, because the clocks change inside it (01:30-04:00 on the
 * last Sunday of March in Berlin holds 90 minutes, not 150; in October
 * 210). Such a day cannot hold a planned day of the usual length.
 * The zone's offset is sampled once a week and searched only around a
 * change, so a long plan costs a few calls per year, not one per day.
 *
 * @example
 * ```ts
 * // Internal to the calendar and the planner; not part of the public API.
 * const clock = new ClockChanges('Europe/Berlin');
 * clock.changesWindow(toDayNumber('2027-03-28'), { start: 90, end: 240 }); // true
 * clock.changesWindow(toDayNumber('2027-03-28'), { start: 570, end: 990 }); // false
 * ```
 */
export class ClockChanges {
  readonly #timeZone: string;
  /** Per week (day number / 7), the UTC day whose midnight offset differs from the next one's, or -Infinity. */
  readonly #weeks: Map<number, number>;

  constructor(timeZone: string) {
    this.#timeZone = timeZone;
    // Zone rules do not change while the process runs, so every plan in the zone shares what is known.
    let weeks = weeksByZone.get(timeZone);
    if (weeks === undefined) {
      weeks = new Map();
      weeksByZone.set(timeZone, weeks);
    }
    this.#weeks = weeks;
  }

  /** The IANA zone. */
  get timeZone(): string {
    return this.#timeZone;
  }

  #offset(utcDay: number): number {
    return tzOffset(this.#timeZone, new Date(utcDay * MS_PER_DAY));
  }

  #changeInWeek(week: number): number {
    let found = this.#weeks.get(week);
    if (found === undefined) {
      let lo = week * 7;
      let hi = lo + 7;
      if (this.#offset(lo) === this.#offset(hi)) found = -Infinity;
      else {
        // The offset differs across the week: halve until two neighbouring midnights differ.
        const first = this.#offset(lo);
        while (hi - lo > 1) {
          const mid = (lo + hi) >> 1;
          if (this.#offset(mid) === first) lo = mid;
          else hi = mid;
        }
        found = lo;
      }
      this.#weeks.set(week, found);
    }
    return found;
  }

  /**
   * The minute (since the epoch, UTC) at which the offset changes on UTC day `utcDay`, found
   * as that week's change, with the offsets before and after; kept per zone like the weeks.
   */
  #changeMinute(utcDay: number): Change {
    let changes = minutesByZone.get(this.#timeZone);
    if (changes === undefined) {
      changes = new Map();
      minutesByZone.set(this.#timeZone, changes);
    }
    let change = changes.get(utcDay);
    if (change === undefined) {
      const at = (minute: number) => tzOffset(this.#timeZone, new Date(minute * 60_000));
      let lo = utcDay * 1440;
      let hi = lo + 1440;
      const before = at(lo);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (at(mid) === before) lo = mid;
        else hi = mid;
      }
      change = { minute: hi, before, after: at(hi) };
      changes.set(utcDay, change);
    }
    return change;
  }

  /**
   * Whether the change found on UTC day `utcDay` cannot fall inside the window on local day
   * `day`: the window's instants under either offset lie wholly before or wholly after it.
   */
  #outside(utcDay: number, day: number, window: { start: number; end: number }): boolean {
    const change = this.#changeMinute(utcDay);
    const first = day * 1440 + window.start - Math.max(change.before, change.after);
    const last = day * 1440 + window.end - Math.min(change.before, change.after);
    return change.minute <= first || change.minute > last;
  }

  /** True when the clocks change within `window` (minutes after local midnight) on local day `day`. */
  changesWindow(day: number, window: { start: number; end: number }): boolean {
    // A local day lies within the UTC days before, of and after it whatever the offset (−12 h to +14 h).
    const a = this.#changeInWeek(Math.floor((day - 1) / 7));
    const b = this.#changeInWeek(Math.floor((day + 1) / 7));
    const nearA = a >= day - 1 && a <= day + 1;
    const nearB = b >= day - 1 && b <= day + 1;
    if (!nearA && !nearB) return false;
    // The Monday after a change is near it by days, but its hours are not: the minute of the change
    // settles most near days without asking the zone for the window's two instants.
    if ((!nearA || this.#outside(a, day, window)) && (!nearB || this.#outside(b, day, window))) return false;
    const date = fromDayNumber(day);
    const real = (localInstant(date, window.end, this.#timeZone).getTime() - localInstant(date, window.start, this.#timeZone).getTime()) / 60_000;
    return real !== window.end - window.start;
  }
}

/** A change of a zone's offset: the first minute (since the epoch, UTC) of the new offset, and the offsets in minutes. */
interface Change {
  minute: number;
  before: number;
  after: number;
}

const minutesByZone = new Map<string, Map<number, Change>>();
