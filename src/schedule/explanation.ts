import { match } from 'ts-pattern';
import type { Bilingual } from '../core/locale.js';
import { fromDayNumber } from '../calendar/calendar-day.js';
import type { TimeUnit } from '../duration/index.js';
import { formatTimeWindow } from '../model/time-window.js';
import type { DayContent } from './allocate.js';
import type { ConstraintDefault, NormalizedConstraints } from './constraints.js';
import { choiceOf, forEachSkippedDay, type DateChoice, type DateDecisions, type SkipDecision } from './date-decisions.js';
import { inDateOrder, type BuiltPlan } from './phases/build-sessions.js';
import { layoutDay } from './session-time.js';
import type { PlanRecognition } from './phases/fit-recognition.js';
import { bilingual, bilingualPhrase, counted } from './texts.js';

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
 * chosen (`detail` in both languages, from the catalog namespace
 * `plan.explanation`).
 *
 * @example
 * ```ts
 * import { plan, type ChosenDate } from 'curricula';
 * const first: ChosenDate | undefined = plan(program, { start: '2027-01-04' }).explanation.chosen[0];
 * // date '2027-01-04', sessionId 's01', modules ['einstieg'], reason 'start',
 * // detail.en 'the start 2027-01-04 is a usable day', detail.de 'der Beginn 04.01.2027 ist ein nutzbarer Tag'
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
 * A date in the plan's period without a session, and why (`detail` in both
 * languages: the calendar's own words for weekdays, holidays and
 * blackouts, the catalog namespace `plan.explanation` for the rest).
 *
 * @example
 * ```ts
 * import { plan, type SkippedDate } from 'curricula';
 * const epiphany: SkippedDate | undefined = plan(program, { start: '2027-01-04', state: 'BW' }).explanation.skipped.find((s) => s.reason === 'holiday');
 * // date '2027-01-06', detail.en 'public holiday: Epiphany', detail.de 'gesetzlicher Feiertag: Heilige Drei Könige'
 * ```
 */
export interface SkippedDate {
  date: string;
  reason: SkipReason;
  detail: Bilingual;
}

/**
 * Why the plan looks the way it does, so an organiser can check it at a
 * glance: a one-line summary, every chosen date with its reason, every
 * other date of the period (from the first to the last session, or the
 * given start and end) with the reason it holds no session, the layout
 * the dates follow, the defaults of the constraints the plan used, and
 * notes on what the constraints did that the request may not show (a full
 * day ending before the daily window does; a spread that had to be packed);
 * for a plan made for a recognition (`profile`), which rules it was
 * planned by and how (`recognition`). The texts come from the message
 * catalogs (`plan.summary`, `plan.explanation`, `plan.recognition`), in
 * both languages. The Markdown export prints it all, the command prints
 * the notes and defaults.
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
  /**
   * How the dates lie: `consecutive` (each on the next usable day, or with
   * only an end the latest before the next) or `spread` (evenly over the
   * period); `consecutive` too when a spread was asked for but had to be
   * packed (a note says so).
   */
  layout: 'consecutive' | 'spread';
  chosen: ChosenDate[];
  skipped: SkippedDate[];
  /** The constraints left out that the plan filled in with their defaults (offering id, window, breaks, weekdays, layout, …). */
  defaults: ConstraintDefault[];
  /** What the constraints did to the plan that the request does not show, e.g. full days ending before the daily window does. */
  notes: Bilingual[];
  /** For a plan made for a recognition: the profile, the version of its rules, and what they made of the plan. */
  recognition?: PlanRecognition;
}

/** The explanation of a plan that could not be made. */
export function noPlanExplanation(): PlanExplanation {
  return { summary: bilingual('plan.summary', 'noPlan', {}), layout: 'consecutive', chosen: [], skipped: [], defaults: [], notes: [] };
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

/** What {@link explainPlan} formats; internal. */
export interface ExplainInput {
  constraints: NormalizedConstraints;
  unit: TimeUnit;
  /** The planned modules in teaching order (`content` indexes them). */
  modules: readonly { id: string; minutes: number }[];
  content: DayContent;
  dates: DateDecisions;
  /** How the sessions were put together (not the offering itself: the caller may change it before this is read). */
  built: Omit<BuiltPlan, 'offering'>;
  /** What a plan for a recognition says of itself. */
  recognition?: PlanRecognition | undefined;
}

/**
 * The explanation of a plan: the date selector's decision log (see
 * {@link DateDecisions}) put into words from the catalogs, the agreed
 * sessions as kept, a summary and the defaults used. Nothing here decides
 * anything; a formula that chose a date lives in the selector only.
 */
export function explainPlan({ constraints: c, unit, modules, content, dates, built, recognition }: ExplainInput): PlanExplanation {
  const planned = chosenDates(dates, content, modules, built.ids());
  const agreedChosen = built.agreed.entries.map((a): ChosenDate | undefined =>
    a === undefined
      ? undefined
      : {
          date: a.date,
          sessionId: a.id,
          modules: [...a.modules],
          reason: 'fixed',
          detail: bilingual('plan.explanation', a.cancelled ? 'agreedCancelled' : 'agreed', {}),
        },
  );
  const chosen = agreedChosen.length > 0 ? inDateOrder(dates.days, planned, built.agreed.days, agreedChosen) : planned;
  const skipped = skippedDates(dates);
  let total = 0;
  for (const m of modules) total += m.minutes;
  const period = dates.period;
  const data = {
    total: { minutes: total, unit },
    sessions: counted(built.sessionCount, 'session', 'sessionsDative'),
    skipped: counted(skipped.length, 'date', 'dates'),
  };
  // Without a state the holidays skipped are Germany's nationwide ones; a reader must not take them for the state's.
  const summary =
    period === undefined
      ? bilingual('plan.summary', 'planned', data)
      : bilingual('plan.summary', c.state === undefined ? 'plannedNationwide' : 'plannedFrom', {
          ...data,
          start: fromDayNumber(period.first),
          end: fromDayNumber(period.last),
        });
  const defaults = c.defaults.map((d): ConstraintDefault => ({ option: d.option, value: Array.isArray(d.value) ? [...(d.value as string[])] : d.value }));
  // The id comes first, as in the constraints; it is known once the sessions are built.
  if (c.id === undefined) defaults.unshift({ option: 'id', value: built.offeringId });
  const layout = dates.skips.spread ? 'spread' : 'consecutive';
  const notes = planNotes(c, content, dates);
  return recognition === undefined
    ? { summary, layout, chosen, skipped, defaults, notes }
    : { summary, layout, chosen, skipped, defaults, notes, recognition: { ...recognition, detail: { ...recognition.detail } } };
}

/**
 * What the constraints did that the request may not show: full days that
 * end before the daily window does, because a day holds at most
 * `maxUnitsPerDay` units (`--window 09:00-17:00` ends at 16:00 with the
 * default 8 UE of 45 minutes); a spread that had to be packed.
 */
function planNotes(c: NormalizedConstraints, content: DayContent, dates: DateDecisions): Bilingual[] {
  const notes: Bilingual[] = [];
  if (c.dayCapacity < c.windowMinutes && hasFullDay(content, c.dayCapacity)) {
    const { time } = layoutDay(c.window, c.breaks, c.dayCapacity);
    const data = { end: time.slice(time.indexOf('-') + 1), window: formatTimeWindow(c.window), units: c.maxUnitsPerDay, minutes: c.unitMinutes };
    const defaulted = c.defaults.some((d) => d.option === 'maxUnitsPerDay');
    notes.push(bilingual('plan.explanation', defaulted ? 'dayEndsEarlyDefault' : 'dayEndsEarly', data));
  }
  if (c.layout === 'spread' && !dates.skips.spread) notes.push(bilingual('plan.explanation', 'spreadPacked', {}));
  return notes;
}

/** True when some planned day teaches `capacity` minutes (a full day). */
function hasFullDay(content: DayContent, capacity: number): boolean {
  for (let d = 0; d < content.days; d++) {
    let minutes = 0;
    for (let p = content.dayStart[d]!; p < content.dayStart[d + 1]!; p++) minutes += content.minutes[p]!;
    if (minutes >= capacity) return true;
  }
  return false;
}

/** Every planned day with its session, modules and the reason the log gives, in date order. */
function chosenDates(dates: DateDecisions, content: DayContent, modules: readonly { id: string }[], nextId: () => string): ChosenDate[] {
  const out = new Array<ChosenDate>(content.days);
  let spread: Bilingual | undefined;
  let i = 0;
  for (let u = 0; u < dates.starts.length; u++) {
    for (let k = 0; k < dates.sizes[u]!; k++, i++) {
      const date = fromDayNumber(dates.starts[u]! + k);
      const choice = choiceOf(dates, u, k);
      // Every spread unit reads the same: one frozen text for all of them.
      const worded = choice.cause === 'spread' ? { reason: 'spread' as const, detail: (spread ??= Object.freeze(chosenText(choice).detail)) } : chosenText(choice);
      const first = content.dayStart[i]!;
      const end = content.dayStart[i + 1]!;
      const ids = new Array<string>(end - first);
      for (let p = first; p < end; p++) ids[p - first] = modules[content.item[p]!]!.id;
      out[i] = { date, sessionId: nextId(), modules: ids, reason: worded.reason, detail: worded.detail };
    }
  }
  return out;
}

/**
 * A logged choice in words. A switch rather than a match: it runs once per planned day of a long
 * plan; the `never` at the end keeps it exhaustive all the same.
 */
function chosenText(choice: DateChoice): { reason: ChoiceReason; detail: Bilingual } {
  const t = (reason: ChoiceReason, detail: Bilingual) => ({ reason, detail });
  switch (choice.cause) {
    case 'start':
      return t('start', bilingual('plan.explanation', 'start', { start: fromDayNumber(choice.start) }));
    case 'start-usable':
      return t('start', bilingual('plan.explanation', 'startUsable', { date: fromDayNumber(choice.start) }));
    case 'after-previous':
      return t('next', bilingual('plan.explanation', 'next', { previous: fromDayNumber(choice.previous) }));
    case 'after-agreed':
      return t('next', bilingual('plan.explanation', 'afterAgreed', { agreed: fromDayNumber(choice.agreed) }));
    case 'before-agreed':
      return t('end', bilingual('plan.explanation', 'beforeAgreed', { agreed: fromDayNumber(choice.agreed) }));
    case 'spread':
      return t('spread', bilingual('plan.explanation', 'spread', { start: fromDayNumber(choice.from), end: fromDayNumber(choice.to) }));
    case 'end':
      return t('end', bilingual('plan.explanation', 'end', { end: fromDayNumber(choice.end) }));
    case 'before-next':
      return t('end', bilingual('plan.explanation', 'beforeNext', { next: fromDayNumber(choice.next) }));
    case 'block':
      return t('block', bilingual('plan.explanation', 'block', { day: choice.day, block: choice.block, blockDays: choice.blockDays }));
    default: {
      const unknown: never = choice;
      return unknown;
    }
  }
}

/**
 * Every day of the period without a session, with the reason the log gives. Days skipped for the
 * same decision share one frozen text: a plan over years skips thousands of days, mostly for the same
 * few reasons. The calendar's verdicts (weekday, holiday, blackout) are worded by the calendar's own
 * messages (`calendar.day`), which each verdict carries as a phrase.
 */
function skippedDates(dates: DateDecisions): SkippedDate[] {
  const period = dates.period;
  if (period === undefined) return [];
  // Made at its length (a long plan's list grown by push would leave its shorter copies as garbage) and trimmed to what was written.
  const out = new Array<SkippedDate>(Math.max(0, period.last - period.first + 1 - dates.skips.sessionDays.length));
  let n = 0;
  const worded = new Map<SkipDecision, { reason: SkipReason; detail: Bilingual }>();
  forEachSkippedDay(dates, (day, decision) => {
    let text = worded.get(decision);
    if (text === undefined) {
      text = skippedText(decision);
      Object.freeze(text.detail);
      worded.set(decision, text);
    }
    out[n++] = { date: fromDayNumber(day), reason: text.reason, detail: text.detail };
  });
  out.length = n;
  return out;
}

/** A logged skip in words. */
function skippedText(decision: SkipDecision): { reason: SkipReason; detail: Bilingual } {
  return match(decision)
    .returnType<{ reason: SkipReason; detail: Bilingual }>()
    .with({ cause: 'agreed' }, (d) => ({ reason: 'fixed', detail: bilingual('plan.explanation', d.cancelled ? 'skippedCancelled' : 'skippedAgreed', {}) }))
    .with({ cause: 'closed' }, (d) => ({ reason: d.verdict.reason, detail: bilingualPhrase(d.verdict.message) }))
    .with({ cause: 'clock-change' }, () => ({ reason: 'blackout', detail: bilingual('plan.explanation', 'clockChange', {}) }))
    .with({ cause: 'weekly-cap' }, (d) => ({ reason: 'weekly-cap', detail: bilingual('plan.explanation', 'weeklyCap', { days: counted(d.cap, 'day', 'days') }) }))
    .with({ cause: 'gap' }, (d) => ({
      reason: 'gap',
      detail: bilingual('plan.explanation', 'tooClose', { days: counted(d.near, 'day', 'days'), minGap: d.minGap }),
    }))
    .with({ cause: 'spread' }, () => ({ reason: 'spread', detail: bilingual('plan.explanation', 'leftForSpread', {}) }))
    .with({ cause: 'block' }, (d) => ({ reason: 'block', detail: bilingual('plan.explanation', 'noRoomForBlock', { blockDays: d.blockDays }) }))
    .with({ cause: 'not-needed' }, () => ({ reason: 'spread', detail: bilingual('plan.explanation', 'notNeeded', {}) }))
    .exhaustive();
}
