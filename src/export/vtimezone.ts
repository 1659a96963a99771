import { tzOffset } from '@date-fns/tz';
import { icsLine } from './ics-text.js';

/** One change of a zone's UTC offset. */
interface Transition {
  /** The instant of the change, ms since the epoch. */
  at: number;
  /** Offsets in minutes east of UTC, before and after. */
  from: number;
  to: number;
  /** Wall-clock time just before the change (in the `from` offset), as UTC fields. */
  local: Date;
}

const DAY = 86_400_000;
const MINUTE = 60_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

function offsetAt(zone: string, at: number): number {
  return tzOffset(zone, new Date(at));
}

/**
 * The offset changes of a zone whose instants fall in the given UTC years.
 * Scans day by day (no zone changes twice within a day) and then narrows
 * each change to the minute, because some zones change on the half hour.
 */
function transitions(zone: string, fromYear: number, toYear: number): Transition[] {
  const out: Transition[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  let t = Date.UTC(fromYear, 0, 1);
  let before = offsetAt(zone, t);
  while (t < end) {
    const next = Math.min(t + DAY, end);
    const after = offsetAt(zone, next);
    if (after !== before) {
      let lo = t;
      let hi = next;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / MINUTE / 2) * MINUTE;
        if (offsetAt(zone, mid) === before) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi, from: before, to: after, local: new Date(hi + before * MINUTE) });
    }
    t = next;
    before = after;
  }
  return out;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `+0100`, `-0430`, `+053328` (RFC 5545 UTC-OFFSET). */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const whole = Math.floor(abs);
  const seconds = Math.round((abs - whole) * 60);
  return `${sign}${pad(Math.floor(whole / 60))}${pad(whole % 60)}${seconds ? pad(seconds) : ''}`;
}

/** A UTC-fields Date as an iCalendar local DATE-TIME, `20270328T020000`. */
function localDateTime(d: Date): string {
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  );
}

/** The yearly recurrence of a transition, in both forms that could describe it. */
interface RuleShape {
  month: number;
  weekday: (typeof WEEKDAYS)[number];
  /** 1..5 counted from the start of the month. */
  nth: number;
  /** -1 when no later same weekday exists in the month. */
  last: number | undefined;
  time: string;
  from: number;
  to: number;
}

function shapeOf(t: Transition): RuleShape {
  const d = t.local;
  const day = d.getUTCDate();
  const daysInMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  return {
    month: d.getUTCMonth() + 1,
    weekday: WEEKDAYS[d.getUTCDay()]!,
    nth: Math.ceil(day / 7),
    last: day + 7 > daysInMonth ? -1 : undefined,
    time: localDateTime(d).slice(9),
    from: t.from,
    to: t.to,
  };
}

/**
 * The `BYDAY` ordinal that fits every year's transition, e.g. -1 for "last
 * Sunday" (which falls on the 4th or 5th Sunday) or 2 for "second Sunday";
 * undefined when the transitions do not follow one weekday rule.
 */
function commonRule(shapes: readonly RuleShape[]): { shape: RuleShape; ordinal: number } | undefined {
  const first = shapes[0];
  if (!first) return undefined;
  const same = shapes.every(
    (s) => s.month === first.month && s.weekday === first.weekday && s.time === first.time && s.from === first.from && s.to === first.to,
  );
  if (!same) return undefined;
  if (shapes.every((s) => s.last === -1)) return { shape: first, ordinal: -1 };
  if (shapes.every((s) => s.nth === first.nth) && first.nth <= 4) return { shape: first, ordinal: first.nth };
  return undefined;
}

function component(kind: 'STANDARD' | 'DAYLIGHT', start: string, from: number, to: number, rrule?: string): string[] {
  return [
    `BEGIN:${kind}`,
    icsLine('DTSTART', start),
    icsLine('TZOFFSETFROM', formatUtcOffset(from)),
    icsLine('TZOFFSETTO', formatUtcOffset(to)),
    ...(rrule ? [icsLine('RRULE', rrule)] : []),
    `END:${kind}`,
  ];
}

/**
 * Writes the VTIMEZONE for an IANA zone, covering the years from
 * `firstYear` to `lastYear` (see {@link vtimezoneForYears}).
 *
 * @example
 * ```ts
 * import { vtimezoneLines } from './vtimezone.js';
 * vtimezoneLines('Europe/Berlin', 2027, 2027).join('\r\n');
 * // BEGIN:VTIMEZONE / TZID:Europe/Berlin / BEGIN:DAYLIGHT / DTSTART:20260329T020000 / … RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU …
 * ```
 */
export function vtimezoneLines(zone: string, firstYear: number, lastYear: number): string[] {
  const years: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) years.push(y);
  return vtimezoneForYears(zone, years);
}

/**
 * Writes the VTIMEZONE for an IANA zone, covering the given years (those
 * that have events), as unfolded-safe content lines (without line
 * endings). Only those years and the year before each are looked at, so an
 * offering with one session in 1900 and one in 2200 costs four years, not
 * three hundred.
 *
 * The rule is derived from the runtime's own zone data (Intl via
 * @date-fns/tz): the transitions of each covered year are computed and,
 * when each covered year has exactly one change forward and one back on
 * the same "nth/last weekday of month at time", they are written as a
 * STANDARD and a DAYLIGHT part with a yearly RRULE (e.g. Europe/Berlin:
 * DAYLIGHT `BYMONTH=3;BYDAY=-1SU` at 02:00, STANDARD `BYMONTH=10;BYDAY=-1SU`
 * at 03:00). The parts start in the year before the first session so that
 * the offset of January dates is defined too.
 *
 * A zone without changes in those years gets one STANDARD part. A zone whose
 * changes follow no single weekday rule (rules changed within the years, or
 * changes fixed to dates) gets one part per change, each with its exact
 * onset and no RRULE, and a part at the start of each run of covered years
 * that says which offset is in force there: exact for every event in the
 * calendar, which is all a calendar needs.
 *
 * @example
 * ```ts
 * import { vtimezoneForYears } from './vtimezone.js';
 * vtimezoneForYears('Europe/Berlin', [1990, 2027]).length; // a few dozen lines, not a century of them
 * ```
 */
export function vtimezoneForYears(zone: string, eventYears: Iterable<number>): string[] {
  // Each event year and the one before it, in runs of consecutive years.
  const covered = new Set<number>();
  for (const y of eventYears) {
    if (!Number.isSafeInteger(y)) continue;
    covered.add(y - 1);
    covered.add(y);
  }
  const sorted = [...covered].sort((a, b) => a - b);
  if (sorted.length === 0) return ['BEGIN:VTIMEZONE', icsLine('TZID', zone), 'END:VTIMEZONE'];
  const runs: { from: number; to: number }[] = [];
  for (const y of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.to === y - 1) last.to = y;
    else runs.push({ from: y, to: y });
  }
  const fromYear = sorted[0]!;
  const perRun = runs.map((r) => transitions(zone, r.from, r.to));
  const changes = perRun.flat();
  const lines = ['BEGIN:VTIMEZONE', icsLine('TZID', zone)];
  const onset = (year: number) => ({ offset: offsetAt(zone, Date.UTC(year, 0, 1)), start: `${pad(year, 4)}0101T000000` });
  const initial = onset(fromYear);

  if (changes.length === 0 && runs.every((r) => onset(r.from).offset === initial.offset)) {
    lines.push(...component('STANDARD', initial.start, initial.offset, initial.offset));
    lines.push('END:VTIMEZONE');
    return lines;
  }

  const forward = changes.filter((c) => c.to > c.from);
  const back = changes.filter((c) => c.to < c.from);
  const perYear = (list: Transition[]): boolean =>
    list.length === sorted.length && list.every((c, i) => c.local.getUTCFullYear() === sorted[i]);
  const daylight = perYear(forward) ? commonRule(forward.map(shapeOf)) : undefined;
  const standard = perYear(back) ? commonRule(back.map(shapeOf)) : undefined;

  if (daylight && standard && forward.length + back.length === changes.length) {
    const rule = (r: { shape: RuleShape; ordinal: number }): string =>
      `FREQ=YEARLY;BYMONTH=${r.shape.month};BYDAY=${r.ordinal}${r.shape.weekday}`;
    lines.push(...component('DAYLIGHT', localDateTime(forward[0]!.local), daylight.shape.from, daylight.shape.to, rule(daylight)));
    lines.push(...component('STANDARD', localDateTime(back[0]!.local), standard.shape.from, standard.shape.to, rule(standard)));
    lines.push('END:VTIMEZONE');
    return lines;
  }

  // Explicit onsets: for each run of years the offset in force at its start, then every change in it.
  // A loop, not Math.min(...): the number of changes grows with the years covered.
  const starts = runs.map((r) => onset(r.from));
  let lowest = initial.offset;
  for (const s of starts) if (s.offset < lowest) lowest = s.offset;
  for (const c of changes) if (c.to < lowest) lowest = c.to;
  const kindOf = (offset: number): 'STANDARD' | 'DAYLIGHT' => (offset > lowest ? 'DAYLIGHT' : 'STANDARD');
  runs.forEach((_, i) => {
    const start = starts[i]!;
    lines.push(...component(kindOf(start.offset), start.start, start.offset, start.offset));
    for (const c of perRun[i]!) lines.push(...component(kindOf(c.to), localDateTime(c.local), c.from, c.to));
  });
  lines.push('END:VTIMEZONE');
  return lines;
}
