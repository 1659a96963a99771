import * as z from 'zod';
import { didYouMean } from '../core/did-you-mean.js';
import type { Locale } from '../core/locale.js';
import { DayClassifier, type Blackout } from '../calendar/allowed-day.js';
import { WEEKDAYS, parseWeekday, toDayNumber, weekdaySpellings, type Weekday } from '../calendar/calendar-day.js';
import { holidayRegions, type Holiday } from '../calendar/holidays.js';
import { isDateInRange, MAX_DATE, MIN_DATE } from '../core/limits.js';
import { finding, type Finding } from '../messages/finding.js';
import { existingDateSchema } from '../model/calendar-date.js';

// Any existing date: a date outside what a plan can use is reported below, in the planner's words.
const calendarDateSchema = existingDateSchema().meta({ id: 'PlanDate', description: 'A calendar date, YYYY-MM-DD.' });
import { federalStateSchema, type FederalState } from '../model/federal-state.js';
import { identifierSchema } from '../model/identifier.js';
import { sessionSchema, type Session } from '../model/session.js';
import { parseTimeWindow, timeWindowSchema, windowTeachingMinutes, type TimeWindow } from '../model/time-window.js';
import { DEFAULT_TIME_ZONE, timeZoneSchema } from '../model/time-zone.js';
import { customProfileSchema, type CustomProfile } from '../recognition/profile.js';

/**
 * The default daily window (Tageszeitfenster).
 *
 * @example
 * ```ts
 * import { DEFAULT_WINDOW } from 'curricula';
 * DEFAULT_WINDOW; // '09:30-16:30'
 * ```
 */
export const DEFAULT_WINDOW = '09:30-16:30';
/**
 * The default lunch break, used when no `breaks` are given and it lies
 * inside the daily window: 09:30-16:30 minus 12:30-13:30 is 360 minutes,
 * 8 UE of 45 minutes.
 *
 * @example
 * ```ts
 * import { DEFAULT_BREAKS } from 'curricula';
 * DEFAULT_BREAKS; // ['12:30-13:30']
 * ```
 */
export const DEFAULT_BREAKS: readonly string[] = Object.freeze(['12:30-13:30']);

const DEFAULT_WEEKDAYS: readonly Weekday[] = Object.freeze(['mon', 'tue', 'wed', 'thu', 'fri']);
const DEFAULT_UNIT_MINUTES = 45;
const DEFAULT_UNITS_PER_DAY = 8;
const DEFAULT_BREAK_WINDOWS: readonly TimeWindow[] = DEFAULT_BREAKS.map((b) => parseTimeWindow(b)!);

/** Minutes of the default breaks together; internal. */
export const DEFAULT_BREAK_MINUTES = DEFAULT_BREAK_WINDOWS.reduce((sum, b) => sum + b.end - b.start, 0);

/** True when the default breaks lie strictly inside the window, as given breaks must. */
export function defaultBreakFits(window: TimeWindow): boolean {
  return DEFAULT_BREAK_WINDOWS.every((b) => b.start > window.start && b.end < window.end);
}

/** A problem found by a check of the planner's own, carried on a zod issue as a finding with its message id. */
function report(ctx: z.core.$RefinementCtx<unknown> | z.core.$RefinementCtx<string>, f: Finding, path: readonly (string | number)[] = []): void {
  ctx.addIssue({ code: 'custom', message: f.messageId, path: [...path], params: { finding: f } });
}

/** The finding a zod issue carries when one of the planner's own checks raised it. */
export function findingOf(issue: z.core.$ZodIssue): Finding | undefined {
  if (issue.code !== 'custom') return undefined;
  const f = (issue.params as { finding?: Finding } | undefined)?.finding;
  return f !== undefined && typeof f.messageId === 'string' ? f : undefined;
}

// Weekdays as people write them ("Mo", "Montag", "Monday"), read into the canonical three letters.
const weekdaySchema = z.string().transform((text, ctx): Weekday => {
  const day = parseWeekday(text);
  if (day !== undefined) return day;
  const guess = didYouMean(text.toLowerCase(), weekdaySpellings());
  report(
    ctx,
    guess === undefined
      ? finding('plan/invalid-constraint', 'unknownWeekday', { weekday: text, weekdays: [...WEEKDAYS] }, 'useWeekdays')
      : finding('plan/invalid-constraint', 'unknownWeekday', { weekday: text, suggestion: guess }, 'didYouMean'),
  );
  return z.NEVER;
});

const positiveWhole = z.int().min(1);

/** The languages of diagnostics and explanations. */
const localeSchema = z.enum(['en', 'de']);

/** The shape of the constraints, before the checks that relate one constraint to another. */
const constraintsShape = z.strictObject({
  id: identifierSchema.optional(),
  track: z.string().optional(),
  start: calendarDateSchema.optional(),
  end: calendarDateSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  weekdays: z.array(weekdaySchema).readonly().optional(),
  window: timeWindowSchema.optional(),
  breaks: z.array(timeWindowSchema).readonly().optional(),
  unitMinutes: positiveWhole.optional(),
  maxUnitsPerDay: positiveWhole.optional(),
  maxDaysPerWeek: positiveWhole.max(7).optional(),
  minGapDays: positiveWhole.optional(),
  maxGapDays: positiveWhole.optional(),
  blocks: z.strictObject({ days: positiveWhole, count: positiveWhole.optional() }).optional(),
  blackouts: z
    .array(z.union([calendarDateSchema, z.strictObject({ from: calendarDateSchema, to: calendarDateSchema, name: z.string().optional() })]))
    .readonly()
    .optional(),
  // Any text is a state to the type; the shared schema of federal states says which are known.
  state: z.string().pipe(federalStateSchema).optional(),
  region: z.string().optional(),
  extraHolidays: z.array(z.strictObject({ date: calendarDateSchema, name: z.string(), nameEn: z.string().optional() })).readonly().optional(),
  fixed: z.array(sessionSchema).readonly().optional(),
  splitModules: z.boolean().optional(),
  includeOptional: z.boolean().optional(),
  layout: z.enum(['consecutive', 'spread']).optional(),
  profile: z.string().min(1).optional(),
  customProfiles: z.array(customProfileSchema).readonly().optional(),
  locale: localeSchema.optional(),
});

type Shape = z.output<typeof constraintsShape>;

const isDate = (value: unknown): value is string => calendarDateSchema.safeParse(value).success;
const isWhole = (value: unknown): value is number => positiveWhole.safeParse(value).success;

/**
 * The checks that relate constraints to each other or to the calendar. They
 * run even when some other constraint is malformed (so every problem is
 * reported at once), and so they read each value only when it has the right
 * form.
 */
function checkTogether(input: Shape, ctx: z.core.$RefinementCtx<Shape>): void {
  if (input.start === undefined && input.end === undefined) {
    report(ctx, finding('plan/invalid-constraint', 'startOrEnd', {}, 'startExample'));
  }
  if (isDate(input.start) && isDate(input.end) && input.end < input.start) {
    report(ctx, finding('plan/invalid-constraint', 'endBeforeStart', { start: input.start, end: input.end }), ['end']);
  }
  checkDateRange(input, ctx);
  // A spread needs both ends of the period; without them it would silently be packed.
  if (input.layout === 'spread' && (input.start === undefined || input.end === undefined)) {
    report(ctx, finding('plan/invalid-constraint', 'spreadNeedsPeriod', {}, 'spreadPeriodExample'), ['layout']);
  }
  if (Array.isArray(input.weekdays) && input.weekdays.length === 0) {
    report(ctx, finding('plan/invalid-constraint', 'noWeekday', {}), ['weekdays']);
  }
  checkBreaks(input, ctx);
  if (isWhole(input.minGapDays) && isWhole(input.maxGapDays) && input.minGapDays > input.maxGapDays) {
    report(ctx, finding('plan/invalid-constraint', 'gapsReversed', { max: input.maxGapDays, min: input.minGapDays }), ['maxGapDays']);
  }
  checkRegion(input, ctx);
  if (Array.isArray(input.blackouts)) {
    input.blackouts.forEach((b, i) => {
      if (typeof b === 'object' && b !== null && isDate(b.from) && isDate(b.to) && b.to < b.from) {
        report(ctx, finding('plan/invalid-constraint', 'blackoutReversed', { from: b.from, to: b.to }), ['blackouts', i]);
      }
    });
  }
}

/**
 * The dates a plan reads lie in the range the calendar handles
 * (`MIN_DATE` to `MAX_DATE`): the period, the agreed sessions (which
 * widen the period the explanation walks day by day), and the blackouts and
 * local holidays too: one outside the range could never meet a planned day,
 * so it is a typo (`2207` for `2027`) that would otherwise be ignored quietly.
 */
function checkDateRange(input: Shape, ctx: z.core.$RefinementCtx<Shape>): void {
  const check = (date: unknown, path: readonly (string | number)[]): void => {
    if (isDate(date) && !isDateInRange(date)) {
      report(ctx, finding('plan/invalid-constraint', 'dateOutOfRange', { date, min: MIN_DATE, max: MAX_DATE }), path);
    }
  };
  check(input.start, ['start']);
  check(input.end, ['end']);
  if (Array.isArray(input.fixed)) input.fixed.forEach((s, i) => check(typeof s === 'object' && s !== null ? s.date : undefined, ['fixed', i, 'date']));
  if (Array.isArray(input.blackouts)) {
    input.blackouts.forEach((b, i) => {
      if (typeof b === 'string') check(b, ['blackouts', i]);
      else if (typeof b === 'object' && b !== null) {
        check(b.from, ['blackouts', i, 'from']);
        check(b.to, ['blackouts', i, 'to']);
      }
    });
  }
  if (Array.isArray(input.extraHolidays)) input.extraHolidays.forEach((h, i) => check(typeof h === 'object' && h !== null ? h.date : undefined, ['extraHolidays', i, 'date']));
}

/** Breaks lie inside the daily window and do not overlap. */
function checkBreaks(input: Shape, ctx: z.core.$RefinementCtx<Shape>): void {
  if (!Array.isArray(input.breaks)) return;
  const windowText = input.window ?? DEFAULT_WINDOW;
  const window = typeof windowText === 'string' ? parseTimeWindow(windowText) : undefined;
  const usable = window !== undefined && window.end > window.start ? window : undefined;
  const kept: TimeWindow[] = [];
  input.breaks.forEach((text, i) => {
    const b = typeof text === 'string' ? parseTimeWindow(text) : undefined;
    // A break that is no window at all is the schema's to report.
    if (b === undefined || b.end <= b.start) return;
    if (usable !== undefined && (b.start <= usable.start || b.end >= usable.end)) {
      report(ctx, finding('plan/invalid-constraint', 'breakOutside', { break: text, window: windowText }), ['breaks', i]);
    } else if (kept.some((o) => o.start < b.end && b.start < o.end)) {
      report(ctx, finding('plan/invalid-constraint', 'breakOverlap', { break: text }), ['breaks', i]);
    } else kept.push(b);
  });
}

/** A region needs a known state, and must be one date-holidays knows in it. */
function checkRegion(input: Shape, ctx: z.core.$RefinementCtx<Shape>): void {
  if (input.region === undefined) return;
  if (input.state === undefined) {
    report(ctx, finding('plan/invalid-constraint', 'regionNeedsState', {}), ['region']);
    return;
  }
  const state = federalStateSchema.safeParse(input.state);
  if (!state.success || typeof input.region !== 'string') return;
  const regions = holidayRegions(state.data);
  if (Object.hasOwn(regions, input.region)) return;
  const codes = Object.keys(regions);
  const guess = didYouMean(input.region, codes);
  const data = { region: input.region, state: state.data };
  report(
    ctx,
    guess !== undefined
      ? finding('plan/invalid-constraint', 'unknownRegion', { ...data, suggestion: guess }, 'didYouMean')
      : codes.length === 0
        ? finding('plan/invalid-constraint', 'unknownRegion', data, 'noRegions')
        : finding('plan/invalid-constraint', 'unknownRegion', { ...data, regions: codes.map((c) => `${c} (${regions[c]})`) }, 'knownRegions'),
    ['region'],
  );
}

/**
 * A constraint the user left out and the plan filled in (Voreinstellung):
 * its name as a key of {@link PlanConstraints} and the value it stood for,
 * as it would be written.
 *
 * @example
 * ```ts
 * import type { ConstraintDefault } from 'curricula';
 * const d: ConstraintDefault = { option: 'window', value: '09:30-16:30' };
 * ```
 */
export interface ConstraintDefault {
  option: 'id' | 'timeZone' | 'weekdays' | 'window' | 'breaks' | 'unitMinutes' | 'maxUnitsPerDay' | 'splitModules' | 'includeOptional' | 'layout';
  value: string | number | boolean | readonly string[];
}

/**
 * Constraints as the planner's phases work on them (the schema's output, as
 * rrule's `parseOptions` gives its normalized form): dates as day numbers,
 * windows in minutes, weekdays canonical and sorted, every default filled
 * in and named in `defaults`; internal.
 */
export interface NormalizedConstraints {
  id: string | undefined;
  track: string | undefined;
  start: number | undefined;
  end: number | undefined;
  timeZone: string;
  weekdays: readonly Weekday[];
  window: TimeWindow;
  /** Sorted by start. */
  breaks: readonly TimeWindow[];
  /** False when the breaks are the default ones (or none, the default not fitting the window). */
  breaksGiven: boolean;
  unitMinutes: number;
  maxUnitsPerDay: number;
  /** The window minus the breaks. */
  windowMinutes: number;
  /** What a planned day teaches at most: min(window minus breaks, maxUnitsPerDay × unitMinutes). */
  dayCapacity: number;
  maxDaysPerWeek: number | undefined;
  minGapDays: number;
  maxGapDays: number | undefined;
  blockDays: number;
  blockCount: number | undefined;
  blackouts: readonly Blackout[];
  state: FederalState | undefined;
  region: string | undefined;
  extraHolidays: readonly Holiday[];
  /** Agreed sessions, as checked (copies: the caller may change theirs afterwards). */
  fixed: readonly Session[];
  splitModules: boolean;
  includeOptional: boolean;
  /** How the days lie in the period: packed together (the default) or spread over it. */
  layout: 'consecutive' | 'spread';
  /** How dates are chosen: `pack` from the start, `backward` from the end (only an end given), `spread` over the period. */
  distribute: 'pack' | 'spread' | 'backward';
  /** The recognition profile to plan for (its id), and profiles of one's own it may name or extend. */
  profile: string | undefined;
  customProfiles: readonly CustomProfile[];
  locale: Locale;
  /** The defaults that shaped the plan, in the order of the constraints. */
  defaults: readonly ConstraintDefault[];
}

function normalize(input: Shape, ctx: z.core.$RefinementCtx<Shape>): NormalizedConstraints {
  const defaults: ConstraintDefault[] = [];
  // Only what the user left out is named; `given` returns the value and remembers the default.
  const given = <K extends ConstraintDefault['option'], V>(option: K, value: V | undefined, fallback: V, shown: ConstraintDefault['value']): V => {
    if (value !== undefined) return value;
    defaults.push({ option, value: shown });
    return fallback;
  };
  const timeZone = given('timeZone', input.timeZone, DEFAULT_TIME_ZONE, DEFAULT_TIME_ZONE);
  const weekdays = [...new Set(given('weekdays', input.weekdays, DEFAULT_WEEKDAYS, DEFAULT_WEEKDAYS))].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const windowText = given('window', input.window, DEFAULT_WINDOW, DEFAULT_WINDOW);
  const window = parseTimeWindow(windowText)!;
  // A window of one's own still has lunch in it; only `breaks` (e.g. []) says otherwise.
  const defaultBreaks = defaultBreakFits(window) ? DEFAULT_BREAKS : [];
  const breaks = given('breaks', input.breaks, defaultBreaks, defaultBreaks)
    .map((text) => parseTimeWindow(text)!)
    .sort((a, b) => a.start - b.start);
  const unitMinutes = given('unitMinutes', input.unitMinutes, DEFAULT_UNIT_MINUTES, DEFAULT_UNIT_MINUTES);
  const maxUnitsPerDay = given('maxUnitsPerDay', input.maxUnitsPerDay, DEFAULT_UNITS_PER_DAY, DEFAULT_UNITS_PER_DAY);
  const windowMinutes = windowTeachingMinutes(window, breaks);
  const dayCapacity = Math.min(windowMinutes, maxUnitsPerDay * unitMinutes);
  if (dayCapacity <= 0) report(ctx, finding('plan/invalid-constraint', 'noTeachingTime', {}), ['window']);
  const splitModules = given('splitModules', input.splitModules, true, true);
  const includeOptional = given('includeOptional', input.includeOptional, false, false);
  const start = input.start === undefined ? undefined : toDayNumber(input.start);
  const end = input.end === undefined ? undefined : toDayNumber(input.end);
  // Days lie together unless a spread is asked for (checked to have a start and an end): packed from the
  // start, or with only an end back from it.
  const layout = given('layout', input.layout, 'consecutive' as const, 'consecutive');
  const distribute = layout === 'spread' ? 'spread' : start === undefined ? 'backward' : 'pack';
  return {
    id: input.id,
    track: input.track,
    start,
    end,
    timeZone,
    weekdays,
    window,
    breaks,
    breaksGiven: input.breaks !== undefined,
    unitMinutes,
    maxUnitsPerDay,
    windowMinutes,
    dayCapacity,
    maxDaysPerWeek: input.maxDaysPerWeek,
    minGapDays: input.minGapDays ?? 1,
    maxGapDays: input.maxGapDays,
    blockDays: input.blocks?.days ?? 1,
    blockCount: input.blocks?.count,
    blackouts: input.blackouts ?? [],
    state: input.state,
    region: input.region,
    extraHolidays: input.extraHolidays ?? [],
    fixed: input.fixed ?? [],
    splitModules,
    includeOptional,
    layout,
    distribute,
    profile: input.profile,
    customProfiles: (input.customProfiles ?? []) as readonly CustomProfile[],
    locale: input.locale ?? 'en',
    defaults,
  };
}

/**
 * The schema of {@link PlanConstraints}: their shape (types, allowed values,
 * formats, ranges, no unknown keys), the checks that relate them (an end
 * before the start, breaks outside the window, a region without a state, …),
 * and their normalized form as output (dates as day numbers, windows in
 * minutes, defaults filled in and named; the form `plan()`'s phases work
 * on). Federal states, time zones, time windows, dates, ids and agreed
 * sessions are checked by the same schemas as documents. `plan()` checks
 * its constraints with it; use it to check constraints before planning,
 * e.g. ones read from a file.
 *
 * @example
 * ```ts
 * import { planConstraintsSchema } from 'curricula';
 * planConstraintsSchema.safeParse({ start: '2027-01-04', maxUnitsPerDay: 0 }).success; // false
 * planConstraintsSchema.parse({ start: '2027-01-04' }).dayCapacity; // 360 (minutes)
 * ```
 */
export const planConstraintsSchema = constraintsShape
  .superRefine(checkTogether, { when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value) })
  .transform(normalize);

/**
 * What a plan must respect (Rahmenbedingungen). Everything is optional
 * except a `start` or an `end`; constraints usually come from command-line
 * flags, so every problem with them is a `plan/invalid-constraint`
 * diagnostic at a JSON pointer into them, never an exception. The type is
 * inferred from the constraints' zod schema, which checks them as document
 * schemas check documents.
 *
 * - `start`, `end`: the period (`YYYY-MM-DD`, between 1900-01-01 and
 *   2200-12-31, the dates the calendar handles; no plan reaches past them).
 * - `layout` (default `consecutive`): how the days lie in the period.
 *   `consecutive` packs them from `start` (the next usable days, weekends
 *   and holidays skipped), or with only `end` back from it so the last one
 *   falls as late as possible; `end` with `start` is then the latest day,
 *   not a period to fill. `spread` spreads them evenly from `start` to
 *   `end` ("40 hours over three months") and needs both; when gaps or
 *   weekly caps leave no even spread it packs them, and the explanation
 *   says so.
 * - `timeZone` (default Europe/Berlin): sessions are local wall-clock times.
 * - `weekdays` (default mon–fri; also "Mo", "Montag", "Monday").
 * - `window` (default "09:30-16:30") and `breaks` (default ["12:30-13:30"]
 *   whenever it lies inside the window, e.g. also with "09:00-17:00"; none
 *   for a window it does not fit in, such as "13:00-17:00"; `breaks: []`
 *   for no break).
 * - `unitMinutes` (default 45) and `maxUnitsPerDay` (default 8): a day
 *   teaches at most min(window minus breaks, maxUnitsPerDay × unitMinutes).
 * - `maxDaysPerWeek`: days per calendar week (Monday to Sunday), agreed
 *   sessions included.
 * - `minGapDays`, `maxGapDays`: calendar days from one session (or block)
 *   to the next: consecutive days are 1 apart, weekly sessions 7.
 * - `blocks: { days, count? }`: sessions come in blocks of `days`
 *   consecutive calendar days (the last block may be shorter), at most
 *   `count` blocks; gaps apply between blocks.
 * - `blackouts`: dates or `{ from, to, name? }` ranges without sessions.
 * - `state`, `region`: public holidays of a federal state and, where
 *   date-holidays knows one, a region (e.g. BY "A", Augsburg); without a
 *   state, the nationwide public holidays of Germany only (Neujahr,
 *   Karfreitag, …, both days of Christmas), not e.g. Epiphany in BW;
 *   `extraHolidays`: local holidays `{ date, name }`.
 * - `fixed`: sessions already agreed (checked as an offering's sessions
 *   are), kept as they are; the modules they cover are planned for the rest
 *   of their time only.
 * - `splitModules` (default true): whether a module may spread over several
 *   days. When false every module is taught within one day.
 * - `includeOptional`: plan optional modules too; `track`: the track whose
 *   modules to plan, required when the program has tracks (to plan every
 *   track, each as an offering of its own, see `planTracks`).
 * - `profile`: a recognition profile to plan for (`bildungsurlaub/HE`):
 *   the rules of its version in force on `start` (else `end`) become
 *   planning constraints: days, days in a row or blocks within weeks,
 *   teaching a day with floors for arrival and departure days, teaching
 *   before a clock time, a total. Constraints given here win only where
 *   they are compatible with the profile; a conflict is a
 *   `plan/invalid-constraint` naming both. The offering claims the
 *   recognition and is checked against the profile's rules before it is
 *   returned. `customProfiles`: profiles of one's own (the config file's
 *   `profiles`) the id may name or extend.
 * - `id`: the offering id (default `<program id>-<start>`, e.g.
 *   `ehrenamt-netzwerk-2027-03-01`, or `<program id>-until-<end>`; see
 *   `defaultOfferingId`);
 *   `locale`: language of diagnostics (`en`, the default, or `de`).
 *
 * The defaults a plan used are listed in its explanation (`defaults`), and
 * what they did to it, such as a day ending before the window does, in its
 * `notes`.
 *
 * @example
 * ```ts
 * import { plan, type PlanConstraints } from 'curricula';
 * const constraints: PlanConstraints = { start: '2027-01-04', state: 'BW', weekdays: ['fri', 'sat'], maxDaysPerWeek: 2 };
 * const result = plan(program, constraints);
 * ```
 */
export type PlanConstraints = z.input<typeof planConstraintsSchema>;

/** The language diagnostics about `input` are written in: its `locale` when that is one, else English. */
export function localeOf(input: unknown): Locale {
  const locale = typeof input === 'object' && input !== null ? (input as { locale?: unknown }).locale : undefined;
  return localeSchema.safeParse(locale).data ?? 'en';
}

/** Builds the day classifier for normalized constraints, with other weekdays when probing alternatives. */
export function classifierOf(c: NormalizedConstraints, weekdays: readonly Weekday[] = c.weekdays): DayClassifier {
  return new DayClassifier({
    weekdays,
    state: c.state,
    region: c.region,
    extraHolidays: c.extraHolidays,
    blackouts: c.blackouts,
  });
}
