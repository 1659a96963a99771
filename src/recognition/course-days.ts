import { checkArguments } from '../core/arguments.js';
import { toDayNumber } from '../calendar/calendar-day.js';
import type { Offering } from '../model/offering.js';
import type { Session } from '../model/session.js';
import { parseTimeWindow, windowTeachingMinutes, type TimeWindow } from '../model/time-window.js';
import { elapsedTeachingMinutes } from '../calendar/elapsed-time.js';

/**
 * A session of a course day with its parsed window and breaks, and
 * whether it counts as in person.
 *
 * @example
 * ```ts
 * import { courseDays, type CourseSession } from 'curricula';
 * const first: CourseSession = courseDays(offering).days[0].sessions[0];
 * ```
 */
export interface CourseSession {
  session: Session;
  pointer: string;
  window: TimeWindow | undefined;
  breaks: TimeWindow[];
  inPerson: boolean;
}

/**
 * One day of an offering as recognition rules count it (Veranstaltungstag):
 * the sessions on that date that are not cancelled or still to be agreed,
 * their teaching minutes (windows minus breaks, in local wall-clock time
 * like every duration in curricula: a session from 09:00 to 16:00 in the
 * offering's time zone is 7 hours on the day the clocks change too), the
 * minutes in person, and where the day sits
 * in its block of consecutive days (the first day of a block is its
 * arrival day, the last its departure day).
 *
 * @example
 * ```ts
 * import { courseDays } from 'curricula';
 * const { days, blocks } = courseDays(offering);
 * days[0].minutes; // 360
 * ```
 */
export interface CourseDay {
  date: string;
  /** Days since 1970-01-01. */
  day: number;
  /** 1-based position among the offering's days. */
  number: number;
  /** Teaching minutes; undefined when a session of the day has no usable time window. */
  minutes: number | undefined;
  /** Of those, minutes in person (sessions in person or hybrid, less online agenda items). */
  inPersonMinutes: number | undefined;
  /** JSON pointer of the day's first session. */
  pointer: string;
  sessions: CourseSession[];
  /** Index of the day's block in `blocks`. */
  block: number;
  /** First day of its block (arrival day). */
  arrival: boolean;
  /** Last day of its block (departure day); a one-day block is both. */
  departure: boolean;
}

/**
 * The days of an offering and its blocks (runs of consecutive calendar
 * days), in date order.
 *
 * @example
 * ```ts
 * import type { CourseDays } from 'curricula';
 * const blocksOf = (c: CourseDays) => c.blocks.map((b) => b.length);
 * ```
 */
export interface CourseDays {
  days: CourseDay[];
  blocks: CourseDay[][];
  /** Sessions still to be agreed: the verdict may change once they have dates. */
  toBeAgreed: number;
}

/**
 * The course days of an offering (see {@link CourseDay}).
 *
 * @example
 * ```ts
 * import { courseDays } from 'curricula';
 * courseDays(offering).blocks.length; // 2 for two blocks
 * ```
 */
export function courseDays(offering: Offering): CourseDays {
  checkArguments('courseDays', [['offering', offering, 'offering']]);
  const byDate = new Map<string, CourseSession[]>();
  let toBeAgreed = 0;
  (Array.isArray(offering.sessions) ? offering.sessions : []).forEach((session, index) => {
    if (session.status === 'to-be-agreed') toBeAgreed++;
    if (session.status !== 'scheduled' || typeof session.date !== 'string') return;
    try {
      toDayNumber(session.date);
    } catch {
      return; // date/invalid reports it
    }
    const window = typeof session.time === 'string' ? parseTimeWindow(session.time) : undefined;
    const breaks = (session.breaks ?? [])
      .map((text) => (typeof text === 'string' ? parseTimeWindow(text) : undefined))
      .filter((b): b is TimeWindow => b !== undefined && b.end > b.start);
    const entry: CourseSession = {
      session,
      pointer: `/sessions/${index}`,
      window: window && window.end > window.start ? window : undefined,
      breaks,
      inPerson: session.mode === undefined || session.mode === 'in-person' || session.mode === 'hybrid',
    };
    const list = byDate.get(session.date) ?? [];
    list.push(entry);
    byDate.set(session.date, list);
  });
  const dates = [...byDate.keys()].sort();
  const days: CourseDay[] = [];
  const blocks: CourseDay[][] = [];
  dates.forEach((date, i) => {
    const sessions = byDate.get(date)!;
    const day = toDayNumber(date);
    let minutes: number | undefined = 0;
    let inPerson: number | undefined = 0;
    for (const s of sessions) {
      // What really passes: a session across a clock change holds an hour more or less than the clock says.
      const m = s.window === undefined ? undefined : elapsedTeachingMinutes(date, s.window, s.breaks, offering.timeZone).real;
      if (m === undefined || minutes === undefined || inPerson === undefined) {
        minutes = undefined;
        inPerson = undefined;
        continue;
      }
      minutes += m;
      if (s.inPerson) inPerson += m - onlineAgendaMinutes(s);
    }
    const previous = days[days.length - 1];
    if (previous === undefined || previous.day !== day - 1) blocks.push([]);
    const entry: CourseDay = {
      date,
      day,
      number: i + 1,
      minutes,
      inPersonMinutes: inPerson,
      pointer: sessions[0]!.pointer,
      sessions,
      block: blocks.length - 1,
      arrival: false,
      departure: false,
    };
    blocks[blocks.length - 1]!.push(entry);
    days.push(entry);
  });
  for (const block of blocks) {
    block[0]!.arrival = true;
    block[block.length - 1]!.departure = true;
  }
  return { days, blocks, toBeAgreed };
}

/**
 * Teaching minutes of a day before a clock time (minutes after local
 * midnight): the parts of its windows before it, less breaks; undefined
 * when a session has no usable window.
 *
 * @example
 * ```ts
 * import { courseDays, minutesBefore } from 'curricula';
 * minutesBefore(courseDays(offering).days[0], 20 * 60); // 360
 * ```
 */
export function minutesBefore(day: CourseDay, clock: number): number | undefined {
  checkArguments('minutesBefore', [['day', day, 'record'], ['clock', clock, 'number'], ['day.sessions', (day as { sessions?: unknown } | undefined)?.sessions, 'records']]);
  let sum = 0;
  for (const s of day.sessions) {
    if (s.window === undefined) return undefined;
    if (s.window.start >= clock) continue;
    sum += windowTeachingMinutes({ start: s.window.start, end: Math.min(s.window.end, clock) }, s.breaks);
  }
  return sum;
}

/** Minutes of agenda items held online or by phone within an in-person session. */
function onlineAgendaMinutes(s: CourseSession): number {
  if (s.window === undefined || !Array.isArray(s.session.agenda)) return 0;
  let sum = 0;
  for (const item of s.session.agenda) {
    if (item.mode !== 'online' && item.mode !== 'phone') continue;
    const w = typeof item.time === 'string' ? parseTimeWindow(item.time) : undefined;
    if (w === undefined) continue;
    const start = Math.max(w.start, s.window.start);
    const end = Math.min(w.end, s.window.end);
    if (end > start) sum += windowTeachingMinutes({ start, end }, s.breaks);
  }
  return sum;
}
