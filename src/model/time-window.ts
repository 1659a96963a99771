import { checkArguments, checkRecord } from '../core/arguments.js';
import { RecentAnswers } from '../core/recent-answers.js';
import * as z from 'zod';

const WINDOW = /^([01]\d|2[0-3]):([0-5]\d)\s*[-–]\s*([01]\d|2[0-4]):([0-5]\d)$/;

/**
 * A time window (Zeitfenster) in minutes since local midnight; `end` may be
 * 1440 (24:00).
 *
 * @example
 * ```ts
 * import type { TimeWindow } from 'curricula';
 * const w: TimeWindow = { start: 570, end: 990 }; // 09:30-16:30
 * ```
 */
export interface TimeWindow {
  start: number;
  end: number;
}

/**
 * Reads "09:30-16:30" into minutes since midnight, or undefined when the
 * text is not a window. A reversed window is returned as is (start > end) so
 * that callers can say so.
 *
 * @example
 * ```ts
 * import { parseTimeWindow } from 'curricula';
 * parseTimeWindow('09:30-16:30'); // { start: 570, end: 990 }
 * ```
 */
export function parseTimeWindow(text: string): TimeWindow | undefined {
  const w = timeWindowOf(text);
  return w === undefined ? undefined : { start: w.start, end: w.end };
}

/** Windows read so far: an offering writes the same few windows thousands of times. */
const WINDOWS = new Map<string, Readonly<TimeWindow> | null>();
const MAX_WINDOWS = 4096;

/**
 * {@link parseTimeWindow} for the library's own use: the same frozen object
 * for the same text, remembered (a hundred thousand sessions share a few
 * windows, and each was read by a regular expression several times over).
 * Never mutate the result.
 *
 * @example
 * ```ts
 * timeWindowOf('09:30-16:30'); // { start: 570, end: 990 } (frozen)
 * ```
 */
export function timeWindowOf(text: string): Readonly<TimeWindow> | undefined {
  // The schema's two refinements ask for the same text in a row, and sessions take turns with a few windows.
  const slot = recent.slotOf(text);
  if (slot >= 0) return recent.answerAt(slot);
  const window = lookUpWindow(text);
  recent.add(text, window);
  return window;
}

const recent = new RecentAnswers<string, Readonly<TimeWindow> | undefined>();

function lookUpWindow(text: string): Readonly<TimeWindow> | undefined {
  const known = WINDOWS.get(text);
  if (known !== undefined) return known ?? undefined;
  const m = typeof text === 'string' ? WINDOW.exec(text.trim()) : null;
  let w: Readonly<TimeWindow> | null = null;
  if (m) {
    const start = Number(m[1]) * 60 + Number(m[2]);
    const end = Number(m[3]) * 60 + Number(m[4]);
    if (end <= 1440) w = Object.freeze({ start, end });
  }
  // Bounded: a long-running process that sees endless distinct texts keeps at most this many.
  if (typeof text === 'string' && text.length <= 64) {
    if (WINDOWS.size >= MAX_WINDOWS) WINDOWS.clear();
    WINDOWS.set(text, w);
  }
  return w ?? undefined;
}

/**
 * Formats minutes since midnight as `HH:MM`.
 *
 * @example
 * ```ts
 * import { formatClock } from 'curricula';
 * formatClock(570); // '09:30'
 * ```
 */
export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * Formats a window as "09:30-16:30", the form documents use.
 *
 * @example
 * ```ts
 * import { formatTimeWindow } from 'curricula';
 * formatTimeWindow({ start: 570, end: 990 }); // '09:30-16:30'
 * ```
 */
export function formatTimeWindow(window: TimeWindow): string {
  checkRecord('formatTimeWindow', 'window', window);
  return `${formatClock(window.start)}-${formatClock(window.end)}`;
}

/**
 * A time window as documents write it: "09:30-16:30" (local time). A window
 * that ends before it starts, or is empty, is rejected with `time/reversed`.
 *
 * @example
 * ```ts
 * import { timeWindowSchema } from 'curricula';
 * timeWindowSchema.safeParse('16:30-09:30').success; // false
 * ```
 */
export const timeWindowSchema = z
  .string()
  .regex(WINDOW, { error: 'schema/format#timeWindow', abort: true })
  .refine((t) => timeWindowOf(t) !== undefined, { error: 'schema/value#timeOfDay', abort: true })
  .refine(
    (t) => {
      const w = timeWindowOf(t);
      return w !== undefined && w.end > w.start;
    },
    { error: 'time/reversed#endsBeforeStart' },
  )
  .meta({ id: 'TimeWindow', description: 'Local start and end time, HH:MM-HH:MM, e.g. "09:30-16:30".' });

/**
 * Minutes of `window` not covered by `breaks` (teaching time); breaks are
 * clipped to the window and overlapping breaks count once. The validator
 * and the planner must agree on this figure, so there is one of it.
 *
 * @example
 * ```ts
 * import { windowTeachingMinutes } from 'curricula';
 * windowTeachingMinutes({ start: 570, end: 990 }, [{ start: 750, end: 810 }]); // 360
 * ```
 */
export function windowTeachingMinutes(window: TimeWindow, breaks: readonly TimeWindow[]): number {
  checkRecord('windowTeachingMinutes', 'window', window);
  checkArguments('windowTeachingMinutes', [['breaks', breaks, 'records']]);
  return teachingMinutesOf(window, breaks);
}

/**
 * {@link windowTeachingMinutes} without the argument checks of the public
 * function, for callers whose windows come from {@link timeWindowOf}: the
 * validator computes it for every session, and the checks allocated their
 * argument lists each time.
 *
 * @example
 * ```ts
 * teachingMinutesOf({ start: 570, end: 990 }, []); // 420
 * ```
 */
export function teachingMinutesOf(window: TimeWindow, breaks: readonly TimeWindow[]): number {
  if (breaks.length === 0) return Math.max(0, window.end - window.start);
  const clipped = breaks
    .map((b) => ({ start: Math.max(b.start, window.start), end: Math.min(b.end, window.end) }))
    .filter((b) => b.end > b.start)
    .sort((a, b) => a.start - b.start);
  let covered = 0;
  let reach = window.start;
  for (const b of clipped) {
    const from = Math.max(b.start, reach);
    if (b.end > from) covered += b.end - from;
    reach = Math.max(reach, b.end);
  }
  return Math.max(0, window.end - window.start - covered);
}
