import type { Bilingual } from '../core/locale.js';
import type { DayClassifier } from '../calendar/allowed-day.js';
import { fromDayNumber, weekStart } from '../calendar/calendar-day.js';

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
 * `blackout`, `fixed` (an agreed session is there, or a cancelled one),
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
 *   detail: { en: 'public holiday: Heilige Drei Könige', de: 'gesetzlicher Feiertag: Heilige Drei Könige' } };
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

/** What {@link skippedDates} needs to know; internal. */
export interface SkipContext {
  classifier: DayClassifier;
  /** Days of agreed sessions (any status) with their status. */
  fixedStatus: ReadonlyMap<number, string>;
  /** All session days that take place (planned and agreed), sorted. */
  sessionDays: readonly number[];
  maxDaysPerWeek: number | undefined;
  minGapDays: number;
  blockDays: number;
  spread: boolean;
}

/** Every date from `from` to `to` without a session, with its reason. Linear in the period. */
export function skippedDates(ctx: SkipContext, from: number, to: number): SkippedDate[] {
  const out: SkippedDate[] = [];
  const taken = new Set(ctx.sessionDays);
  const perWeek = new Map<number, number>();
  if (ctx.maxDaysPerWeek !== undefined) {
    for (const d of ctx.sessionDays) perWeek.set(weekStart(d), (perWeek.get(weekStart(d)) ?? 0) + 1);
  }
  let k = 0; // index of the first session day ≥ day
  for (let day = from; day <= to; day++) {
    while (k < ctx.sessionDays.length && ctx.sessionDays[k]! < day) k++;
    if (taken.has(day)) continue;
    const date = fromDayNumber(day);
    const status = ctx.fixedStatus.get(day);
    if (status !== undefined) {
      out.push({
        date,
        reason: 'fixed',
        detail:
          status === 'cancelled'
            ? { en: 'an agreed session here is cancelled', de: 'ein vereinbarter Termin hier fällt aus' }
            : { en: 'an agreed session is here', de: 'hier liegt ein vereinbarter Termin' },
      });
      continue;
    }
    const verdict = ctx.classifier.classify(day);
    if (!verdict.allowed) {
      out.push({ date, reason: verdict.reason, detail: verdict.detail });
      continue;
    }
    const cap = ctx.maxDaysPerWeek;
    if (cap !== undefined && (perWeek.get(weekStart(day)) ?? 0) >= cap) {
      out.push({
        date,
        reason: 'weekly-cap',
        detail: {
          en: `this week already has ${cap} day${cap === 1 ? '' : 's'} (the weekly maximum)`,
          de: `diese Woche hat schon ${cap} ${cap === 1 ? 'Tag' : 'Tage'} (Höchstzahl pro Woche)`,
        },
      });
      continue;
    }
    const prev = k > 0 ? ctx.sessionDays[k - 1] : undefined;
    const next = ctx.sessionDays[k];
    const near = Math.min(prev === undefined ? Infinity : day - prev, next === undefined ? Infinity : next - day);
    if (near < ctx.minGapDays) {
      out.push({
        date,
        reason: 'gap',
        detail: {
          en: `only ${near} day${near === 1 ? '' : 's'} from a session; sessions are at least ${ctx.minGapDays} days apart`,
          de: `nur ${near} ${near === 1 ? 'Tag' : 'Tage'} von einem Termin entfernt; Termine liegen mindestens ${ctx.minGapDays} Tage auseinander`,
        },
      });
      continue;
    }
    if (ctx.spread) {
      out.push({
        date,
        reason: 'spread',
        detail: { en: 'left free to spread sessions evenly over the period', de: 'frei gelassen, um die Termine gleichmäßig zu verteilen' },
      });
      continue;
    }
    if (ctx.blockDays > 1) {
      out.push({
        date,
        reason: 'block',
        detail: {
          en: `no room here for a block of ${ctx.blockDays} consecutive days`,
          de: `hier ist kein Platz für einen Block von ${ctx.blockDays} aufeinanderfolgenden Tagen`,
        },
      });
      continue;
    }
    out.push({
      date,
      reason: 'spread',
      detail: { en: 'not needed for the plan', de: 'für den Plan nicht benötigt' },
    });
  }
  return out;
}
