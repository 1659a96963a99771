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
  /** All session days that take place (planned and agreed), sorted, each once. */
  sessionDays: ArrayLike<number>;
  maxDaysPerWeek: number | undefined;
  minGapDays: number;
  blockDays: number;
  spread: boolean;
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
