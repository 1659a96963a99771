import type { Bilingual } from '../core/locale.js';
import type { DayClassifier } from '../calendar/allowed-day.js';
import { fromDayNumber, weekStart } from '../calendar/calendar-day.js';
import type { DayContent } from './allocate.js';

/**
 * Why a date was chosen: `start` (first allowed day from the start),
 * `next` (next allowed day after the previous session, gaps respected),
 * `block` (a further day of a block of consecutive days), `spread` (spread
 * evenly over the period), `end` (packed back from the end), `fixed` (an
 * agreed session, kept as it is).
 *
 * @example
 * ```ts
 * import type { ChoiceReason } from 'curricula';
 * const r: ChoiceReason = 'next';
 * ```
 */
export type ChoiceReason = 'start' | 'next' | 'block' | 'spread' | 'end' | 'fixed';

/**
 * Why a date in the plan's period holds no session: `weekday` (not a
 * teaching day), `holiday` (public or local holiday, named in the detail),
 * `blackout` (also a day on which the clocks change inside the daily
 * window), `fixed` (an agreed session is there, or a cancelled one),
 * `weekly-cap` (the week already has its maximum of days), `gap` (too close
 * to another session), `block` (no room for a whole block), `spread` (left
 * free to spread sessions evenly).
 *
 * @example
 * ```ts
 * import type { SkipReason } from 'curricula';
 * const r: SkipReason = 'holiday';
 * ```
 */
export type SkipReason = 'weekday' | 'holiday' | 'blackout' | 'fixed' | 'weekly-cap' | 'gap' | 'block' | 'spread';

/**
 * A date that holds a session, the modules taught that day, and why it was
 * chosen.
 *
 * @example
 * ```ts
 * import type { ChosenDate } from 'curricula';
 * const c: ChosenDate = { date: '2027-01-04', sessionId: 's01', modules: ['einstieg'], reason: 'start',
 *   detail: { en: 'first allowed day on or after the start 2027-01-04', de: 'erster erlaubter Tag ab Beginn 2027-01-04' } };
 * ```
 */
export interface ChosenDate {
  date: string;
  sessionId: string | undefined;
  modules: string[];
  reason: ChoiceReason;
  detail: Bilingual;
}

/**
 * A date in the plan's period without a session, and why.
 *
 * @example
 * ```ts
 * import type { SkippedDate } from 'curricula';
 * const s: SkippedDate = { date: '2027-01-06', reason: 'holiday',
 *   detail: { en: 'public holiday: Epiphany', de: 'gesetzlicher Feiertag: Heilige Drei Könige' } };
 * ```
 */
export interface SkippedDate {
  date: string;
  reason: SkipReason;
  detail: Bilingual;
}

/**
 * Why the plan looks the way it does, so an organiser can check it at a
 * glance: a one-line summary, every chosen date with its reason, and every
 * other date of the period (from the first to the last session, or the
 * given start and end) with the reason it holds no session. The Markdown
 * export can print it.
 *
 * @example
 * ```ts
 * import { plan } from 'curricula';
 * const { explanation } = plan(program, { start: '2027-01-04', state: 'BW' });
 * explanation.skipped.filter((s) => s.reason === 'holiday'); // [{ date: '2027-01-06', … }]
 * ```
 */
export interface PlanExplanation {
  summary: Bilingual;
  chosen: ChosenDate[];
  skipped: SkippedDate[];
}

/** An empty explanation, for plans that could not be made. */
export function emptyExplanation(summary: Bilingual): PlanExplanation {
  return { summary, chosen: [], skipped: [] };
}

// A result whose explanation is not read yet keeps its builder under this
// key, not enumerable, so JSON, spreading, cloning and deep equality do not
// see it. On the result itself rather than in a WeakMap: a WeakMap lives in
// the old generation and keeps its values through young collections, so
// every unread plan would be promoted. And one getter and one setter serve
// every result: a closure per result would give each result its own hidden
// class (the accessor pair is part of it) that keeps its plan alive.
const BUILD = Symbol('explanation builder');

// Explanations of frozen results, which cannot turn them into data properties.
const frozenExplanations = new WeakMap<object, PlanExplanation>();

function define(target: object, value: PlanExplanation): boolean {
  return Reflect.defineProperty(target, 'explanation', { value, writable: true, enumerable: true, configurable: true });
}

const lazyExplanation: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: { [BUILD]?: () => PlanExplanation }): PlanExplanation | undefined {
    // `this` is the result or an object that inherits from it.
    let owner: object | null = this;
    while (owner !== null && !Object.hasOwn(owner, BUILD)) owner = Reflect.getPrototypeOf(owner);
    if (owner === null) return undefined;
    const known = frozenExplanations.get(owner);
    if (known !== undefined) return known;
    const value = (owner as { [BUILD]: () => PlanExplanation })[BUILD]();
    // From now on a plain data property, and the builder (with all it reads) can go.
    if (define(owner, value)) Reflect.deleteProperty(owner, BUILD);
    else frozenExplanations.set(owner, value);
    return value;
  },
  set(this: object, value: PlanExplanation): void {
    // As for a data property: assigning replaces it, and a frozen result refuses.
    if (!define(this, value)) throw new TypeError("Cannot assign to read only property 'explanation'");
    if (Object.hasOwn(this, BUILD)) Reflect.deleteProperty(this, BUILD);
  },
};

/**
 * Gives a plan's result its `explanation`, built by `build` when it is
 * first read and kept from then on; internal. The explanation is as large
 * as the sessions again and most callers never read it, while a long plan
 * that builds it up front leaves the garbage collector twice as much to
 * copy. It is an enumerable own property all along, so JSON.stringify,
 * spreading, structuredClone and deep equality see it as a plain one;
 * after the first read (or an assignment) it is a plain data property.
 */
export function withLazyExplanation<T extends object>(target: T, build: () => PlanExplanation): T & { explanation: PlanExplanation } {
  Object.defineProperty(target, BUILD, { value: build, configurable: true });
  Object.defineProperty(target, 'explanation', lazyExplanation);
  return target as T & { explanation: PlanExplanation };
}

/** What {@link chosenDates} needs to know; internal. */
export interface ChoiceContext {
  /** First day of each unit (a block, or one day), in date order, and its number of days. */
  starts: readonly number[];
  sizes: readonly number[];
  /** What each planned day teaches; `item` indexes `moduleIds`. */
  content: DayContent;
  moduleIds: readonly string[];
  /** The planned sessions' ids, in date order (the sequence the sessions got). */
  nextId: () => string;
  spread: boolean;
  backward: boolean;
  blockDays: number;
  start: number | undefined;
  end: number | undefined;
  /**
   * Per unit, the latest agreed session before it that a module in it requires (-Infinity: none), and
   * the earliest agreed session after it that teaches a module requiring one in it (Infinity: none).
   */
  agreed?: { before: ArrayLike<number>; after: ArrayLike<number> } | undefined;
}

/** Every planned day with its session, modules and the reason it was chosen, in date order. */
export function chosenDates(ctx: ChoiceContext): ChosenDate[] {
  const { starts, sizes, content } = ctx;
  const out = new Array<ChosenDate>(content.days);
  let spreadDetail: Bilingual | undefined;
  let previous = '';
  let i = 0;
  for (let u = 0; u < starts.length; u++) {
    for (let k = 0; k < sizes[u]!; k++, i++) {
      const day = starts[u]! + k;
      const date = fromDayNumber(day);
      let reason: ChoiceReason;
      let detail: Bilingual;
      if (k > 0) {
        reason = 'block';
        detail = {
          en: `day ${k + 1} of block ${u + 1} (${ctx.blockDays} consecutive days)`,
          de: `Tag ${k + 1} von Block ${u + 1} (${ctx.blockDays} aufeinanderfolgende Tage)`,
        };
      } else if (boundAfter(ctx, u)) {
        // Without the agreed session the day would have been earlier: say what held it back.
        const agreed = fromDayNumber(ctx.agreed!.before[u]!);
        reason = 'next';
        detail = {
          en: `first usable day after the agreed session on ${agreed}, which teaches a module required here`,
          de: `erster nutzbarer Tag nach dem vereinbarten Termin am ${agreed}, der ein hier vorausgesetztes Modul lehrt`,
        };
      } else if (boundBefore(ctx, u)) {
        // Without the agreed session the day would have been later: say what held it forward.
        const agreed = fromDayNumber(ctx.agreed!.after[u]!);
        reason = 'end';
        detail = {
          en: `latest usable day before the agreed session on ${agreed}, which teaches a module that requires one taught here`,
          de: `letzter nutzbarer Tag vor dem vereinbarten Termin am ${agreed}, der ein Modul lehrt, das ein hier gelehrtes voraussetzt`,
        };
      } else if (ctx.spread) {
        reason = 'spread';
        spreadDetail ??= Object.freeze({
          en: `spread evenly from ${fromDayNumber(ctx.start!)} to ${fromDayNumber(ctx.end!)}; first usable day at this point`,
          de: `gleichmäßig verteilt von ${fromDayNumber(ctx.start!)} bis ${fromDayNumber(ctx.end!)}; erster nutzbarer Tag an dieser Stelle`,
        });
        detail = spreadDetail;
      } else if (ctx.backward) {
        const next = u + 1 < starts.length ? fromDayNumber(starts[u + 1]!) : undefined;
        reason = 'end';
        detail =
          next === undefined
            ? { en: `latest usable day on or before the end ${fromDayNumber(ctx.end!)}`, de: `letzter nutzbarer Tag bis zum Ende ${fromDayNumber(ctx.end!)}` }
            : { en: `latest usable day before the session on ${next}`, de: `letzter nutzbarer Tag vor dem Termin am ${next}` };
      } else if (u === 0) {
        reason = 'start';
        detail =
          ctx.start === day
            ? { en: `the start ${date} is a usable day`, de: `der Beginn ${date} ist ein nutzbarer Tag` }
            : { en: `first usable day on or after the start ${fromDayNumber(ctx.start!)}`, de: `erster nutzbarer Tag ab dem Beginn ${fromDayNumber(ctx.start!)}` };
      } else {
        // The previous unit's last day is the planned day just before.
        reason = 'next';
        detail = { en: `next usable day after the session on ${previous}`, de: `nächster nutzbarer Tag nach dem Termin am ${previous}` };
      }
      previous = date;
      const first = content.dayStart[i]!;
      const end = content.dayStart[i + 1]!;
      const ids = new Array<string>(end - first);
      for (let p = first; p < end; p++) ids[p - first] = ctx.moduleIds[content.item[p]!]!;
      out[i] = { date, sessionId: ctx.nextId(), modules: ids, reason, detail };
    }
  }
  return out;
}

/** The day unit `u` of a spread plan aims at (see select-dates), before usable days are looked for. */
function spreadTarget(ctx: ChoiceContext, u: number): number {
  const n = ctx.starts.length;
  if (n === 1) return ctx.start!;
  const span = ctx.end! - ctx.sizes[n - 1]! + 1 - ctx.start!;
  return ctx.start! + Math.round((u * span) / (n - 1));
}

/**
 * True when an agreed session before unit `u` kept it from an earlier day: packing forward or spreading,
 * the unit would otherwise start right after the start, the previous unit, or at its spread target.
 */
function boundAfter(ctx: ChoiceContext, u: number): boolean {
  const agreed = ctx.agreed?.before[u];
  if (agreed === undefined || agreed === -Infinity || ctx.backward) return false;
  const lower = u === 0 ? (ctx.start ?? -Infinity) : ctx.starts[u - 1]! + ctx.sizes[u - 1]! - 1;
  return agreed >= (ctx.spread ? Math.max(lower, spreadTarget(ctx, u)) : lower);
}

/**
 * True when an agreed session after unit `u` kept it from a later day: packing back from the end, the
 * unit would otherwise end right before the end or the next unit; spreading, it would start at its target.
 */
function boundBefore(ctx: ChoiceContext, u: number): boolean {
  const agreed = ctx.agreed?.after[u];
  if (agreed === undefined || agreed === Infinity) return false;
  if (ctx.spread) return agreed <= spreadTarget(ctx, u) + ctx.sizes[u]! - 1;
  if (!ctx.backward) return false;
  const upper = u + 1 < ctx.starts.length ? ctx.starts[u + 1]! - 1 : (ctx.end ?? Infinity);
  return agreed <= upper;
}

/** What {@link skippedDates} needs to know; internal. */
export interface SkipContext {
  classifier: DayClassifier;
  /** Days of agreed sessions (any status) with their status. */
  fixedStatus: ReadonlyMap<number, string>;
  /** All session days that take place (planned and agreed), sorted, each once. */
  sessionDays: ArrayLike<number>;
  maxDaysPerWeek: number | undefined;
  minGapDays: number;
  blockDays: number;
  spread: boolean;
  clockChange?: ((day: number) => boolean) | undefined;
}

// Details that read the same on every date they explain are one frozen
// object each, shared by those dates: a plan over years skips thousands of
// days, mostly for the same few reasons.
const FIXED_CANCELLED: Bilingual = Object.freeze({ en: 'an agreed session here is cancelled', de: 'ein vereinbarter Termin hier fällt aus' });
const FIXED_HERE: Bilingual = Object.freeze({ en: 'an agreed session is here', de: 'hier liegt ein vereinbarter Termin' });
const LEFT_FOR_SPREAD: Bilingual = Object.freeze({
  en: 'left free to spread sessions evenly over the period',
  de: 'frei gelassen, um die Termine gleichmäßig zu verteilen',
});
const CLOCK_CHANGE: Bilingual = Object.freeze({
  en: 'the clocks change during the daily window, so it does not hold its usual time',
  de: 'die Uhr wird im Tageszeitfenster umgestellt, es hat also nicht seine übliche Dauer',
});
const NOT_NEEDED: Bilingual = Object.freeze({ en: 'not needed for the plan', de: 'für den Plan nicht benötigt' });

/** Every date from `from` to `to` without a session, with its reason. Linear in the period. */
export function skippedDates(ctx: SkipContext, from: number, to: number): SkippedDate[] {
  // Every day of the period without a session gets one entry: the list is made at its length (a long
  // plan's list grown by push would leave its shorter copies as garbage) and trimmed to what was written.
  const out = new Array<SkippedDate>(Math.max(0, to - from + 1 - ctx.sessionDays.length));
  let n = 0;
  const perWeek = new Map<number, number>();
  if (ctx.maxDaysPerWeek !== undefined) {
    for (let j = 0; j < ctx.sessionDays.length; j++) {
      const w = weekStart(ctx.sessionDays[j]!);
      perWeek.set(w, (perWeek.get(w) ?? 0) + 1);
    }
  }
  let weeklyCap: Bilingual | undefined;
  let noRoomForBlock: Bilingual | undefined;
  const tooClose = new Map<number, Bilingual>();
  let k = 0; // index of the first session day ≥ day
  for (let day = from; day <= to; day++) {
    while (k < ctx.sessionDays.length && ctx.sessionDays[k]! < day) k++;
    // Session days are sorted, so the one at k tells whether this day holds a session.
    if (k < ctx.sessionDays.length && ctx.sessionDays[k] === day) continue;
    const date = fromDayNumber(day);
    const status = ctx.fixedStatus.get(day);
    if (status !== undefined) {
      out[n++] = { date, reason: 'fixed', detail: status === 'cancelled' ? FIXED_CANCELLED : FIXED_HERE };
      continue;
    }
    const verdict = ctx.classifier.classify(day);
    if (!verdict.allowed) {
      out[n++] = { date, reason: verdict.reason, detail: verdict.detail };
      continue;
    }
    if (ctx.clockChange?.(day) === true) {
      out[n++] = { date, reason: 'blackout', detail: CLOCK_CHANGE };
      continue;
    }
    const cap = ctx.maxDaysPerWeek;
    if (cap !== undefined && (perWeek.get(weekStart(day)) ?? 0) >= cap) {
      weeklyCap ??= Object.freeze({
        en: `this week already has ${cap} day${cap === 1 ? '' : 's'} (the weekly maximum)`,
        de: `diese Woche hat schon ${cap} ${cap === 1 ? 'Tag' : 'Tage'} (Höchstzahl pro Woche)`,
      });
      out[n++] = { date, reason: 'weekly-cap', detail: weeklyCap };
      continue;
    }
    const prev = k > 0 ? ctx.sessionDays[k - 1] : undefined;
    const next = ctx.sessionDays[k];
    const near = Math.min(prev === undefined ? Infinity : day - prev, next === undefined ? Infinity : next - day);
    if (near < ctx.minGapDays) {
      let detail = tooClose.get(near);
      if (detail === undefined) {
        detail = Object.freeze({
          en: `only ${near} day${near === 1 ? '' : 's'} from a session; sessions are at least ${ctx.minGapDays} days apart`,
          de: `nur ${near} ${near === 1 ? 'Tag' : 'Tage'} von einem Termin entfernt; Termine liegen mindestens ${ctx.minGapDays} Tage auseinander`,
        });
        tooClose.set(near, detail);
      }
      out[n++] = { date, reason: 'gap', detail };
      continue;
    }
    if (ctx.spread) {
      out[n++] = { date, reason: 'spread', detail: LEFT_FOR_SPREAD };
      continue;
    }
    if (ctx.blockDays > 1) {
      noRoomForBlock ??= Object.freeze({
        en: `no room here for a block of ${ctx.blockDays} consecutive days`,
        de: `hier ist kein Platz für einen Block von ${ctx.blockDays} aufeinanderfolgenden Tagen`,
      });
      out[n++] = { date, reason: 'block', detail: noRoomForBlock };
      continue;
    }
    out[n++] = { date, reason: 'spread', detail: NOT_NEEDED };
  }
  out.length = n;
  return out;
}
