import type { LocalizedName, Phrase } from '../core/diagnostic.js';
import { WEEKDAYS, type Weekday } from '../calendar/calendar-day.js';
import type { TimeUnit } from '../duration/index.js';
import { amountMinutes } from '../model/amount-minutes.js';
import type { RecognitionProfile } from '../recognition/profile.js';
import type { ProfileConstraint } from '../recognition/constraint.js';
import { counted, phrase } from './texts.js';

/** A figure of a profile with the section it comes from, cited when it binds. */
export interface Cited<T> {
  readonly value: T;
  /** The section as messages cite it: the constraint's `source`, else the law's abbreviation. */
  readonly law: string;
}

/**
 * What a recognition profile asks of a plan, in the planner's terms
 * (minutes, days, runs of days); internal. Several constraints of one kind
 * are read together, the stricter figure winning. Built from the version
 * of the profile in force on the plan's start.
 */
export interface RecognitionRequirements {
  readonly id: string;
  readonly profile: RecognitionProfile;
  /** How messages name the recognition, in both languages. */
  readonly name: LocalizedName;
  /** The profile's unit: figures in messages are shown in it. */
  readonly unit: TimeUnit;
  readonly minDays?: Cited<number> | undefined;
  readonly maxDays?: Cited<number> | undefined;
  /** All days in a row (one block); `orWeekly`: or one day a week in consecutive weeks. */
  readonly row?: Cited<{ readonly orWeekly: boolean }> | undefined;
  /** At most `max` blocks of at least `minDays` days, all within `withinDays` calendar days. */
  readonly blocks?: Cited<{ readonly max: number; readonly minDays: number; readonly withinDays: number | undefined }> | undefined;
  /** Minutes in all. */
  readonly total?: Cited<number> | undefined;
  /** Minutes a day on average. */
  readonly average?: Cited<number> | undefined;
  /** Minutes on every day, and on the first and last day of a block. */
  readonly floor?: Cited<number> | undefined;
  readonly arrivalFloor?: Cited<number> | undefined;
  readonly departureFloor?: Cited<number> | undefined;
  /** Minutes before a clock time (minutes after midnight) on every day. */
  readonly before?: Cited<{ readonly clock: number; readonly time: string; readonly min: number }> | undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The requirements of a profile version (see {@link RecognitionRequirements}). */
export function requirementsOf(id: string, profile: RecognitionProfile): RecognitionRequirements {
  const out: Mutable<RecognitionRequirements> = {
    id,
    profile,
    name: { name: profile.name.de, nameEn: profile.name.en },
    unit: profile.unit,
  };
  const law = (c: ProfileConstraint): string => c.source ?? profile.source.short;
  const minutes = (amount: number | string | undefined): number | undefined => amountMinutes(amount, profile.unit);
  // The stricter of two figures: the larger minimum, the smaller maximum.
  const atLeast = (old: Cited<number> | undefined, value: number | undefined, c: ProfileConstraint): Cited<number> | undefined =>
    value === undefined || (old !== undefined && old.value >= value) ? old : { value, law: law(c) };
  const atMost = (old: Cited<number> | undefined, value: number | undefined, c: ProfileConstraint): Cited<number> | undefined =>
    value === undefined || (old !== undefined && old.value <= value) ? old : { value, law: law(c) };
  for (const c of profile.constraints) {
    switch (c.kind) {
      case 'days':
        out.minDays = atLeast(out.minDays, c.min, c);
        out.maxDays = atMost(out.maxDays, c.max, c);
        break;
      case 'consecutive':
        // Two constraints of this kind: the weekly form only when both allow it.
        out.row = { value: { orWeekly: c.orOneDayPerWeek === true && (out.row === undefined || out.row.value.orWeekly) }, law: law(c) };
        break;
      case 'blocks': {
        const withinDays = c.withinWeeks === undefined ? undefined : Math.floor(c.withinWeeks * 7);
        const old = out.blocks?.value;
        out.blocks = {
          value: {
            max: Math.min(c.max, old?.max ?? Infinity),
            minDays: Math.max(c.minDaysPerBlock ?? 1, old?.minDays ?? 1),
            withinDays: withinDays === undefined ? old?.withinDays : Math.min(withinDays, old?.withinDays ?? Infinity),
          },
          law: law(c),
        };
        break;
      }
      case 'total':
        out.total = atLeast(out.total, minutes(c.min), c);
        break;
      case 'perDay':
        out.average = atLeast(out.average, minutes(c.average), c);
        out.floor = atLeast(out.floor, minutes(c.floor), c);
        out.arrivalFloor = atLeast(out.arrivalFloor, minutes(c.arrivalFloor), c);
        out.departureFloor = atLeast(out.departureFloor, minutes(c.departureFloor), c);
        break;
      case 'before': {
        const min = minutes(c.min);
        if (min === undefined) break;
        const clock = Number(c.time.slice(0, 2)) * 60 + Number(c.time.slice(3, 5));
        // Two clock times: the earlier one binds every day at least as hard.
        if (out.before === undefined || clock < out.before.value.clock || (clock === out.before.value.clock && min > out.before.value.min)) {
          out.before = { value: { clock, time: c.time, min }, law: law(c) };
        }
        break;
      }
      // In person, participants, admission, certificates and seminar days are not the planner's to set:
      // its sessions are in person, and the rest is the program's (validate checks it).
      case 'inPerson':
      case 'participants':
      case 'admission':
      case 'certificate':
      case 'seminarDays':
        break;
      default: {
        const unknown: never = c;
        return unknown;
      }
    }
  }
  return out;
}

/**
 * The least teaching a day at position `arrival`/`departure` of its block
 * needs, as the recognition rules count it: the arrival floor on a block's
 * first day, the departure floor on its last (a one-day block is its
 * arrival day), the floor on the others; the time before a clock time on
 * every day.
 */
export function floorAt(req: RecognitionRequirements, arrival: boolean, departure: boolean): number {
  const own =
    arrival && req.arrivalFloor !== undefined
      ? req.arrivalFloor.value
      : departure && req.departureFloor !== undefined
        ? req.departureFloor.value
        : (req.floor?.value ?? 0);
  return Math.max(own, req.before?.value.min ?? 0);
}

/** The most teaching a full day must have: the average, the floor, the time before the clock time. */
export function dayNeed(req: RecognitionRequirements): number {
  return Math.max(req.average?.value ?? 0, req.floor?.value ?? 0, req.before?.value.min ?? 0);
}

/** The longest run of consecutive calendar days the teaching weekdays allow (Infinity: any length). */
export function weekdayRun(weekdays: readonly Weekday[]): number {
  if (weekdays.length === 7) return Infinity;
  let best = 0;
  // Twice round the week, so a run over Sunday into Monday counts whole.
  let run = 0;
  for (let k = 0; k < 14; k++) {
    run = weekdays.includes(WEEKDAYS[k % 7]!) ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/**
 * The profile's rules that shape a plan, as phrases of `plan.recognition`
 * (for the explanation and for messages): days, days in a row or blocks,
 * total, time a day, time before a clock time.
 */
export function ruleTexts(req: RecognitionRequirements): Phrase[] {
  const unit = req.unit;
  const d = (minutes: number) => ({ minutes, unit });
  const out: Phrase[] = [];
  if (req.minDays !== undefined && req.maxDays !== undefined) out.push(phrase('plan.recognition', 'daysBetween', { min: req.minDays.value, max: req.maxDays.value }));
  else if (req.minDays !== undefined) out.push(phrase('plan.recognition', 'minDays', { days: counted(req.minDays.value, 'day', 'days') }));
  else if (req.maxDays !== undefined) out.push(phrase('plan.recognition', 'maxDays', { days: counted(req.maxDays.value, 'day', 'days') }));
  if (req.row !== undefined) out.push(phrase('plan.recognition', req.row.value.orWeekly ? 'inARowOrWeekly' : 'inARow', {}));
  if (req.blocks !== undefined) out.push(blocksText(req));
  if (req.total !== undefined) out.push(phrase('plan.recognition', 'total', { min: d(req.total.value) }));
  const perDay = perDayText(req);
  if (perDay !== undefined) out.push(perDay);
  if (req.before !== undefined) out.push(phrase('plan.recognition', 'before', { min: d(req.before.value.min), time: req.before.value.time }));
  return out;
}

function blocksText(req: RecognitionRequirements): Phrase {
  const b = req.blocks!.value;
  const within = b.withinDays === undefined ? undefined : b.withinDays % 7 === 0 ? b.withinDays / 7 : undefined;
  if (b.withinDays === undefined) return phrase('plan.recognition', 'blocks', { max: b.max, min: b.minDays });
  return within === undefined
    ? phrase('plan.recognition', 'blocksWithinDays', { max: b.max, min: b.minDays, days: b.withinDays })
    : phrase('plan.recognition', 'blocksWithinWeeks', { max: b.max, min: b.minDays, weeks: within });
}

/** What a day needs, in words: the average and the floors; undefined when the profile says nothing of a day. */
export function perDayText(req: RecognitionRequirements): Phrase | undefined {
  const d = (minutes: number) => ({ minutes, unit: req.unit });
  const parts: Phrase[] = [];
  if (req.average !== undefined) parts.push(phrase('plan.recognition', 'average', { min: d(req.average.value) }));
  if (req.floor !== undefined) parts.push(phrase('plan.recognition', req.average !== undefined ? 'floorToo' : 'floor', { min: d(req.floor.value) }));
  const arrival = req.arrivalFloor?.value;
  const departure = req.departureFloor?.value;
  if (arrival !== undefined && arrival === departure) parts.push(phrase('plan.recognition', 'arrivalDeparture', { min: d(arrival) }));
  else {
    if (arrival !== undefined) parts.push(phrase('plan.recognition', 'arrival', { min: d(arrival) }));
    if (departure !== undefined) parts.push(phrase('plan.recognition', 'departure', { min: d(departure) }));
  }
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : phrase('plan.recognition', 'joined', { parts });
}

/** The sections a set of cited figures comes from, each once, in order. */
export function lawsOf(...cited: (Cited<unknown> | undefined)[]): string[] {
  return [...new Set(cited.filter((c): c is Cited<unknown> => c !== undefined).map((c) => c.law))];
}
