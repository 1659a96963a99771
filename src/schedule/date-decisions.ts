import type { DayClassifier, DayVerdict } from '../calendar/allowed-day.js';
import { weekStart } from '../calendar/calendar-day.js';
import { CHOICE_CAUSES } from './select-dates.js';

/**
 * The decision log of date selection: for every unit (a block of
 * consecutive days, or one day) its first day and why it was chosen, and
 * what is needed to say why every other day of the period holds no
 * session. The explanation only formats this log; nothing here is worked
 * out a second time. Per-unit entries are typed arrays, as a long plan has
 * as many units as days.
 */
export interface DateDecisions {
  /** First day of each unit, in date order. */
  readonly starts: readonly number[];
  /** Days of each unit. */
  readonly sizes: readonly number[];
  /** Why each unit's first day was chosen: an index into `CHOICE_CAUSES`. */
  readonly causes: Uint8Array;
  /** Per unit, the agreed days behind an `after-agreed` (`before`) or `before-agreed` (`after`) cause. */
  readonly agreed: { readonly before: ArrayLike<number>; readonly after: ArrayLike<number> } | undefined;
  /** The given start and end (day numbers). */
  readonly start: number | undefined;
  readonly end: number | undefined;
  /** Every planned day, in date order (the units laid out). */
  readonly days: Float64Array;
  /** The days the plan covers: from the first to the last session, widened to the given start (and end, unless packing); undefined without any dated session. */
  readonly period: { readonly first: number; readonly last: number } | undefined;
  /** What the skipped days are judged by. */
  readonly skips: SkipRules;
}

/** What decides why a day of the period holds no session; internal. */
interface SkipRules {
  readonly classifier: DayClassifier;
  /** Days of agreed sessions (any status) with their status. */
  readonly agreedStatus: ReadonlyMap<number, string>;
  /** All session days that take place (planned and agreed), sorted, each once. */
  readonly sessionDays: ArrayLike<number>;
  readonly maxDaysPerWeek: number | undefined;
  /** Gaps explain skipped days only between single days (blocks have their own reason). */
  readonly minGapDays: number;
  readonly blockDays: number;
  /** True when the dates were spread over the period (and did not fall back to packing). */
  readonly spread: boolean;
  readonly clockChange?: ((day: number) => boolean) | undefined;
}

/**
 * Why a planned day was chosen, as the log records it: its unit's cause
 * with the days it names, or, for a further day of a block, its place in
 * the block.
 */
export type DateChoice =
  | { readonly cause: 'start'; readonly start: number }
  | { readonly cause: 'start-usable'; readonly start: number }
  | { readonly cause: 'after-previous'; readonly previous: number }
  | { readonly cause: 'after-agreed'; readonly agreed: number }
  | { readonly cause: 'before-agreed'; readonly agreed: number }
  | { readonly cause: 'spread'; readonly from: number; readonly to: number }
  | { readonly cause: 'end'; readonly end: number }
  | { readonly cause: 'before-next'; readonly next: number }
  | { readonly cause: 'block'; readonly day: number; readonly block: number; readonly blockDays: number };

/** Why day `k` of unit `u` was chosen (see {@link DateChoice}). */
export function choiceOf(log: DateDecisions, u: number, k: number): DateChoice {
  if (k > 0) return { cause: 'block', day: k + 1, block: u + 1, blockDays: log.skips.blockDays };
  const cause = CHOICE_CAUSES[log.causes[u]!]!;
  switch (cause) {
    case 'start':
    case 'start-usable':
      return { cause, start: log.start! };
    case 'after-previous':
      // The previous unit's last day is the planned day just before.
      return { cause, previous: log.starts[u - 1]! + log.sizes[u - 1]! - 1 };
    case 'after-agreed':
      return { cause, agreed: log.agreed!.before[u]! };
    case 'before-agreed':
      return { cause, agreed: log.agreed!.after[u]! };
    case 'spread':
      return { cause, from: log.start!, to: log.end! };
    case 'end':
      return { cause, end: log.end! };
    case 'before-next':
      return { cause, next: log.starts[u + 1]! };
  }
}

type ClosedVerdict = Extract<DayVerdict, { allowed: false }>;

/**
 * Why a day of the period holds no session, in this order: an agreed
 * session is there (or a cancelled one), the calendar closes it (weekday,
 * holiday, blackout: the calendar's own verdict), the clocks change in the
 * daily window, its week is full, it is too close to a session, it was left
 * free to spread the sessions, a block did not fit there, or it was simply
 * not needed.
 */
export type SkipDecision =
  | { readonly cause: 'agreed'; readonly cancelled: boolean }
  | { readonly cause: 'closed'; readonly verdict: ClosedVerdict }
  | { readonly cause: 'clock-change' }
  | { readonly cause: 'weekly-cap'; readonly cap: number }
  | { readonly cause: 'gap'; readonly near: number; readonly minGap: number }
  | { readonly cause: 'spread' }
  | { readonly cause: 'block'; readonly blockDays: number }
  | { readonly cause: 'not-needed' };

// Decisions that read the same on every day they explain are one frozen
// object each, shared by those days: a plan over years skips thousands of
// days, mostly for the same few reasons, and the explanation keys its texts
// by decision.
const AGREED: SkipDecision = Object.freeze({ cause: 'agreed', cancelled: false });
const AGREED_CANCELLED: SkipDecision = Object.freeze({ cause: 'agreed', cancelled: true });
const CLOCK_CHANGE: SkipDecision = Object.freeze({ cause: 'clock-change' });
const SPREAD: SkipDecision = Object.freeze({ cause: 'spread' });
const NOT_NEEDED: SkipDecision = Object.freeze({ cause: 'not-needed' });

/**
 * Calls `visit` for every day of the period without a session, in date
 * order, with why it holds none. Linear in the period; builds a decision
 * object only for reasons not met before.
 */
export function forEachSkippedDay(log: DateDecisions, visit: (day: number, decision: SkipDecision) => void): void {
  if (log.period === undefined) return;
  const rules = log.skips;
  const sessionDays = rules.sessionDays;
  const perWeek = new Map<number, number>();
  if (rules.maxDaysPerWeek !== undefined) {
    for (let j = 0; j < sessionDays.length; j++) {
      const w = weekStart(sessionDays[j]!);
      perWeek.set(w, (perWeek.get(w) ?? 0) + 1);
    }
  }
  const closed = new Map<ClosedVerdict, SkipDecision>();
  const tooClose = new Map<number, SkipDecision>();
  let weeklyCap: SkipDecision | undefined;
  let noRoomForBlock: SkipDecision | undefined;
  let k = 0; // index of the first session day ≥ day
  for (let day = log.period.first; day <= log.period.last; day++) {
    while (k < sessionDays.length && sessionDays[k]! < day) k++;
    // Session days are sorted, so the one at k tells whether this day holds a session.
    if (k < sessionDays.length && sessionDays[k] === day) continue;
    const status = rules.agreedStatus.get(day);
    if (status !== undefined) {
      visit(day, status === 'cancelled' ? AGREED_CANCELLED : AGREED);
      continue;
    }
    const verdict = rules.classifier.classify(day);
    if (!verdict.allowed) {
      let decision = closed.get(verdict);
      if (decision === undefined) {
        decision = Object.freeze({ cause: 'closed', verdict });
        closed.set(verdict, decision);
      }
      visit(day, decision);
      continue;
    }
    if (rules.clockChange?.(day) === true) {
      visit(day, CLOCK_CHANGE);
      continue;
    }
    const cap = rules.maxDaysPerWeek;
    if (cap !== undefined && (perWeek.get(weekStart(day)) ?? 0) >= cap) {
      weeklyCap ??= Object.freeze({ cause: 'weekly-cap', cap });
      visit(day, weeklyCap);
      continue;
    }
    const prev = k > 0 ? sessionDays[k - 1] : undefined;
    const next = sessionDays[k];
    const near = Math.min(prev === undefined ? Infinity : day - prev, next === undefined ? Infinity : next - day);
    if (near < rules.minGapDays) {
      let decision = tooClose.get(near);
      if (decision === undefined) {
        decision = Object.freeze({ cause: 'gap', near, minGap: rules.minGapDays });
        tooClose.set(near, decision);
      }
      visit(day, decision);
      continue;
    }
    if (rules.spread) visit(day, SPREAD);
    else if (rules.blockDays > 1) visit(day, (noRoomForBlock ??= Object.freeze({ cause: 'block', blockDays: rules.blockDays })));
    else visit(day, NOT_NEEDED);
  }
}
