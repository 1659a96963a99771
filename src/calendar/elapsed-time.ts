import { isCalendarDate } from '../model/calendar-date.js';
import type { TimeWindow } from '../model/time-window.js';
import { windowTeachingMinutes } from '../model/time-window.js';
import { isTimeZone } from '../model/time-zone.js';
import { toDayNumber } from './calendar-day.js';
import { ClockChanges, localInstant } from './local-time.js';

/**
 * The teaching time of a dated session in real elapsed minutes: its window
 * minus its breaks, as local wall-clock times in `timeZone` on `date`.
 * On most days that is the wall-clock figure; on a day the clocks change
 * during the window it is not: 01:00–04:00 on 2027-03-28 in Europe/Berlin
 * lasts 120 minutes (the hour from 02:00 to 03:00 does not exist), and on
 * 2027-10-31 it lasts 240. `wall` is the wall-clock figure, `real` what
 * elapses; they differ only across a clock change. A date or zone that is
 * not one gives the wall-clock figure for both (other findings report it).
 *
 * @example
 * ```ts
 * elapsedTeachingMinutes('2027-03-28', { start: 60, end: 240 }, [], 'Europe/Berlin'); // { wall: 180, real: 120 }
 * elapsedTeachingMinutes('2027-03-29', { start: 570, end: 990 }, [{ start: 750, end: 810 }], 'Europe/Berlin'); // { wall: 360, real: 360 }
 * ```
 */
export function elapsedTeachingMinutes(
  date: string,
  window: TimeWindow,
  breaks: readonly TimeWindow[],
  timeZone: string,
): { wall: number; real: number } {
  const wall = windowTeachingMinutes(window, breaks);
  if (!isCalendarDate(date) || !isTimeZone(timeZone)) return { wall, real: wall };
  return { wall, real: realMinutes(new ClockChanges(timeZone), date, toDayNumber(date), window, breaks, wall) };
}

/**
 * {@link elapsedTeachingMinutes} for many sessions in one zone: the
 * validator asks for every session of an offering, and built a zone
 * object, two result objects and an argument list per session.
 * `real(date, window, breaks, wall)` gives the real figure (the `real` of
 * elapsedTeachingMinutes) for a wall-clock figure computed with
 * `teachingMinutesOf(window, breaks)`.
 *
 * @example
 * ```ts
 * const clock = new TeachingClock('Europe/Berlin');
 * clock.real('2027-03-28', { start: 60, end: 240 }, [], 180); // 120
 * ```
 */
export class TeachingClock {
  readonly #changes: ClockChanges | undefined;
  #lastDate: string | undefined;
  #lastDay = 0;

  constructor(timeZone: string) {
    this.#changes = isTimeZone(timeZone) ? new ClockChanges(timeZone) : undefined;
  }

  real(date: string, window: TimeWindow, breaks: readonly TimeWindow[], wall: number): number {
    const changes = this.#changes;
    if (changes === undefined) return wall;
    // Sessions come a few to a day, in order: the day number of the last date is the usual answer.
    let day: number;
    if (date === this.#lastDate) day = this.#lastDay;
    else {
      if (!isCalendarDate(date)) return wall;
      day = toDayNumber(date);
      this.#lastDate = date;
      this.#lastDay = day;
    }
    return realMinutes(changes, date, day, window, breaks, wall);
  }
}

function realMinutes(changes: ClockChanges, date: string, day: number, window: TimeWindow, breaks: readonly TimeWindow[], wall: number): number {
  // Almost every day has no clock change: one cheap look at the zone's offsets settles it.
  if (!changes.changesWindow(day, window)) return wall;
  let real = 0;
  const timeZone = changes.timeZone;
  for (const part of teachingParts(window, breaks)) {
    real += (localInstant(date, part.end, timeZone).getTime() - localInstant(date, part.start, timeZone).getTime()) / 60_000;
  }
  return Math.max(0, Math.round(real));
}

/** The window minus its breaks, as the stretches of teaching in order. */
function teachingParts(window: TimeWindow, breaks: readonly TimeWindow[]): TimeWindow[] {
  const clipped = breaks
    .map((b) => ({ start: Math.max(b.start, window.start), end: Math.min(b.end, window.end) }))
    .filter((b) => b.end > b.start)
    .sort((a, b) => a.start - b.start);
  const parts: TimeWindow[] = [];
  let from = window.start;
  for (const b of clipped) {
    if (b.start > from) parts.push({ start: from, end: b.start });
    from = Math.max(from, b.end);
  }
  if (window.end > from) parts.push({ start: from, end: window.end });
  return parts;
}
