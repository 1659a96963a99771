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
  const day = toDayNumber(date);
  // Almost every day has no clock change: one cheap look at the zone's offsets settles it.
  if (!new ClockChanges(timeZone).changesWindow(day, window)) return { wall, real: wall };
  let real = 0;
  for (const part of teachingParts(window, breaks)) {
    real += (localInstant(date, part.end, timeZone).getTime() - localInstant(date, part.start, timeZone).getTime()) / 60_000;
  }
  return { wall, real: Math.max(0, Math.round(real)) };
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
