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

/** A UTC instant as an iCalendar UTC DATE-TIME, `20061029T010000Z`. */
function utcDateTime(at: number): string {
  return `${localDateTime(new Date(at))}Z`;
}

/** Changes that follow one yearly rule in consecutive years: one component, with an RRULE when there are several. */
interface Run {
  changes: Transition[];
  shapes: RuleShape[];
}

const yearOf = (t: Transition): number => t.local.getUTCFullYear();

/**
 * Groups the changes, in order, into runs of one yearly weekday rule:
 * a change joins the run whose last change was a year earlier with the
 * same month, weekday, time and offsets, as long as one `BYDAY` ordinal
 * still fits them all; otherwise it starts a run of its own. A zone whose
 * rule changed (the United States in 2007, Brazil ending daylight saving
 * in 2019) gets a run per rule; changes fixed to dates (Morocco's around
 * Ramadan) stay runs of one.
 */
function runsOf(changes: readonly Transition[]): Run[] {
  const runs: Run[] = [];
  for (const change of changes) {
    const shape = shapeOf(change);
    const run = runs.find((r) => yearOf(r.changes[r.changes.length - 1]!) === yearOf(change) - 1 && commonRule([...r.shapes, shape]) !== undefined);
    if (run) {
      run.changes.push(change);
      run.shapes.push(shape);
    } else runs.push({ changes: [change], shapes: [shape] });
  }
  return runs;
}

/**
 * Writes the VTIMEZONE for an IANA zone, covering the given years, as
 * unfolded-safe content lines (without line endings).
 *
 * The rules are derived from the runtime's own zone data (Intl via
 * @date-fns/tz, ICU's copy of tzdata): every change of the UTC offset from
 * the year before the first year through the last year is found, and the
 * changes are grouped into runs of one yearly rule ("last Sunday of March
 * at 02:00"). A run of several years is one STANDARD or DAYLIGHT part with
 * a yearly RRULE (Europe/Berlin: DAYLIGHT `BYMONTH=3;BYDAY=-1SU` from
 * 02:00, STANDARD `BYMONTH=10;BYDAY=-1SU` from 03:00). A rule that still
 * holds the year after the last is written open-ended; one that ended
 * within the years (tzdata's rule changed) ends with `UNTIL` at its last
 * change, so no reader carries it into the years of the next rule. A
 * change that follows no yearly rule is a part of its own at its exact
 * onset. The parts start in the year before the first session so that the
 * offset of January dates is defined too.
 *
 * `UNTIL` is the last change's instant in UTC, as RFC 5545 asks for
 * VTIMEZONE rules, or its local time read as UTC when that is later: some
 * readers compare the local DTSTART of a zone's rule with UNTIL as if both
 * were UTC, and the last change must count for them too (the next one is a
 * year away, so neither reading reaches it).
 *
 * A zone without changes in those years gets one STANDARD part.
 * tests/export/vtimezone.test.ts checks the UTC offset of every day, and of
 * every event of calendars in several zones, against the runtime's.
 *
 * @example
 * ```ts
 * import { vtimezoneLines } from './vtimezone.js';
 * vtimezoneLines('Europe/Berlin', 2027, 2027).join('\r\n');
 * // BEGIN:VTIMEZONE / TZID:Europe/Berlin / BEGIN:DAYLIGHT / DTSTART:20260329T020000 / … RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU …
 * ```
 */
export function vtimezoneLines(zone: string, firstYear: number, lastYear: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', icsLine('TZID', zone)];
  for (const line of observances(zone, firstYear, lastYear, false)) lines.push(line);
  lines.push('END:VTIMEZONE');
  return lines;
}

/**
 * Writes the VTIMEZONE for an IANA zone, covering only the given years
 * (those that have events) and the year before each, as
 * {@link vtimezoneLines} does for a span of years. Years close together
 * (at most one year without events between them) are one span; spans
 * further apart are described each on its own, every rule of an earlier
 * span ending with `UNTIL` at its last change there, so that it is never
 * carried into a later span whose rules differ. An offering with one
 * session in 1900 and one in 2200 costs four years, not three hundred.
 *
 * @example
 * ```ts
 * import { vtimezoneForYears } from './vtimezone.js';
 * vtimezoneForYears('Europe/Berlin', [1990, 2027]).length; // a few dozen lines, not a century of them
 * ```
 */
export function vtimezoneForYears(zone: string, eventYears: Iterable<number>): string[] {
  const years = [...new Set([...eventYears].filter((y) => Number.isSafeInteger(y)))].sort((a, b) => a - b);
  const spans: { first: number; last: number }[] = [];
  for (const y of years) {
    const span = spans[spans.length - 1];
    // Y covers Y-1 and Y: two years apart, the covered years touch.
    if (span !== undefined && y - span.last <= 2) span.last = y;
    else spans.push({ first: y, last: y });
  }
  const lines = ['BEGIN:VTIMEZONE', icsLine('TZID', zone)];
  // A loop, not push(...): the parts grow with the years covered.
  spans.forEach((span, i) => {
    for (const line of observances(zone, span.first, span.last, i < spans.length - 1)) lines.push(line);
  });
  lines.push('END:VTIMEZONE');
  return lines;
}

/**
 * The STANDARD and DAYLIGHT parts for the years `firstYear - 1` to
 * `lastYear`. With `closed`, a rule that goes on after `lastYear` still
 * ends there (a later span follows, described by its own parts).
 */
function observances(zone: string, firstYear: number, lastYear: number, closed: boolean): string[] {
  const fromYear = firstYear - 1;
  // One year more than needed, to tell a rule that goes on from one that ended.
  const found = transitions(zone, fromYear, lastYear + 1);
  const changes = found.filter((c) => yearOf(c) <= lastYear);
  const next = found.filter((c) => yearOf(c) > lastYear);
  const lines: string[] = [];
  const initial = offsetAt(zone, Date.UTC(fromYear, 0, 1));
  const initialStart = `${pad(fromYear, 4)}0101T000000`;

  // A loop, not Math.min(...): the number of changes grows with the years covered.
  let lowest = initial;
  for (const c of changes) if (c.to < lowest) lowest = c.to;
  const kindOf = (from: number, to: number): 'STANDARD' | 'DAYLIGHT' => (to > from || to > lowest ? 'DAYLIGHT' : 'STANDARD');

  // Without a change in the first year covered, the offset before the first change needs a part of its own.
  if (changes.length === 0 || yearOf(changes[0]!) > fromYear) {
    lines.push(...component(initial > lowest ? 'DAYLIGHT' : 'STANDARD', initialStart, initial, initial));
  }
  for (const run of runsOf(changes)) {
    const first = run.changes[0]!;
    const last = run.changes[run.changes.length - 1]!;
    const following = closed ? undefined : next.find((c) => yearOf(c) === yearOf(last) + 1 && commonRule([...run.shapes, shapeOf(c)]) !== undefined);
    const rule = commonRule(following ? [...run.shapes, shapeOf(following)] : run.shapes);
    const kind = kindOf(first.from, first.to);
    if (run.changes.length === 1 && !following) {
      lines.push(...component(kind, localDateTime(first.local), first.from, first.to));
      continue;
    }
    let rrule = `FREQ=YEARLY;BYMONTH=${rule!.shape.month};BYDAY=${rule!.ordinal}${rule!.shape.weekday}`;
    if (!following) rrule += `;UNTIL=${utcDateTime(Math.max(last.at, last.local.getTime()))}`;
    lines.push(...component(kind, localDateTime(first.local), first.from, first.to, rrule));
  }
  return lines;
}
