import { checkArguments } from '../core/arguments.js';
import { elapsedTeachingMinutes } from '../calendar/index.js';
import type { Session } from '../model/session.js';
import { formatTimeWindow, parseTimeWindow, windowTeachingMinutes, type TimeWindow } from '../model/time-window.js';

/**
 * The teaching time of a session in minutes: its `time` window minus its
 * `breaks` (Unterrichtszeit), or undefined when it has no usable window.
 * Given the offering's `timeZone`, a dated session's time is what really
 * elapses, as the validator counts it: 01:00–04:00 on 2027-03-28 in
 * Europe/Berlin, the night the clocks go forward, is 120 minutes, not 180
 * (and on the night they go back, 240). Without a time zone (or a date) it
 * is the wall-clock figure. Cancelled sessions still have a teaching time;
 * callers decide whether they count.
 *
 * @example
 * ```ts
 * import { sessionTeachingMinutes } from 'curricula';
 * sessionTeachingMinutes({ date: '2027-01-04', time: '09:30-16:30', breaks: ['12:30-13:30'], status: 'scheduled' }); // 360
 * sessionTeachingMinutes({ date: '2027-03-28', time: '01:00-04:00' }, 'Europe/Berlin'); // 120
 * ```
 */
export function sessionTeachingMinutes(session: Pick<Session, 'time' | 'breaks'> & { date?: string | undefined }, timeZone?: string): number | undefined {
  checkArguments('sessionTeachingMinutes', [['session', session, 'record'], ['timeZone', timeZone, 'text?']]);
  if (session.time === undefined) return undefined;
  const window = parseTimeWindow(session.time);
  if (window === undefined || window.end <= window.start) return undefined;
  const breaks: TimeWindow[] = [];
  for (const text of session.breaks ?? []) {
    const b = parseTimeWindow(text);
    if (b !== undefined && b.end > b.start) breaks.push(b);
  }
  if (timeZone !== undefined && typeof session.date === 'string') return elapsedTeachingMinutes(session.date, window, breaks, timeZone).real;
  return windowTeachingMinutes(window, breaks);
}

/**
 * The teaching units (Unterrichtseinheiten) in a session: its teaching
 * minutes divided by `unitMinutes` (default 45), possibly fractional; or
 * undefined without a usable window. With `timeZone`, real elapsed time
 * (see {@link sessionTeachingMinutes}).
 *
 * @example
 * ```ts
 * import { sessionTeachingUnits } from 'curricula';
 * sessionTeachingUnits({ time: '09:30-16:30', breaks: ['12:30-13:30'] }); // 8
 * sessionTeachingUnits({ time: '09:00-12:00' }, 60); // 3
 * sessionTeachingUnits({ date: '2027-03-28', time: '01:00-04:00' }, 60, 'Europe/Berlin'); // 2
 * ```
 */
export function sessionTeachingUnits(
  session: Pick<Session, 'time' | 'breaks'> & { date?: string | undefined },
  unitMinutes = 45,
  timeZone?: string,
): number | undefined {
  checkArguments('sessionTeachingUnits', [['session', session, 'record'], ['unitMinutes', unitMinutes, 'number'], ['timeZone', timeZone, 'text?']]);
  const minutes = sessionTeachingMinutes(session, timeZone);
  return minutes === undefined ? undefined : minutes / unitMinutes;
}

/**
 * The time window and breaks of a day that teaches `minutes`, starting at
 * the window's start: teaching pauses for each break and the day ends as
 * soon as the minutes are done, so a short day ends early and keeps only
 * the breaks that lie inside it.
 *
 * @example
 * ```ts
 * import { layoutDay } from 'curricula';
 * layoutDay({ start: 570, end: 990 }, [{ start: 750, end: 810 }], 360); // { time: '09:30-16:30', breaks: ['12:30-13:30'] }
 * layoutDay({ start: 570, end: 990 }, [{ start: 750, end: 810 }], 180); // { time: '09:30-12:30', breaks: [] }
 * ```
 */
export function layoutDay(
  window: TimeWindow,
  breaks: readonly TimeWindow[],
  minutes: number,
): { time: string; breaks: string[] } {
  // Planned breaks come sorted already; copying and sorting them for every day of a long plan is garbage.
  const sorted = isSortedByStart(breaks) ? breaks : [...breaks].sort((a, b) => a.start - b.start);
  let t = window.start;
  let left = minutes;
  for (const b of sorted) {
    if (b.end <= t) continue;
    if (t + left <= b.start) break;
    left -= Math.max(0, b.start - t);
    t = Math.max(t, b.end);
  }
  const end = t + left;
  const inside: string[] = [];
  for (const b of sorted) if (b.start >= window.start && b.end < end) inside.push(formatTimeWindow(b));
  return { time: formatTimeWindow({ start: window.start, end }), breaks: inside };
}

function isSortedByStart(breaks: readonly TimeWindow[]): boolean {
  for (let i = 1; i < breaks.length; i++) if (breaks[i - 1]!.start > breaks[i]!.start) return false;
  return true;
}
