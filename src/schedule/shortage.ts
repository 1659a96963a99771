import { match } from 'ts-pattern';
import type { Diagnostic, Phrase } from '../core/diagnostic.js';
import { WEEKDAYS, fromDayNumber } from '../calendar/calendar-day.js';
import { finding, type Finding } from '../messages/finding.js';
import { formatClock } from '../model/time-window.js';
import { DEFAULT_BREAK_MINUTES, classifierOf, defaultBreakFits } from './constraints.js';
import type { DayContent } from './allocate.js';
import { planDiagnostic } from './phase.js';
import { fitsWith, selectFor, sizesFor, type PlannerContext, type Variation } from './planner-context.js';
import { FIRST_PLAN_DAY, HORIZON_DAYS, type SelectionFailure } from './select-dates.js';
import { weekdayRun } from './recognition-requirements.js';
import { counted, orChain, phrase } from './texts.js';

interface WindowStats {
  allowed: number;
  holidays: number;
  blackouts: number;
  fixed: number;
}

/** Counts the days of a period by what happens to them, for the figures in messages. */
function windowStats(ctx: PlannerContext, from: number, to: number): WindowStats {
  const classifier = classifierOf(ctx.c);
  const stats: WindowStats = { allowed: 0, holidays: 0, blackouts: 0, fixed: 0 };
  for (let day = from; day <= to; day++) {
    const v = classifier.classify(day);
    if (!v.allowed) {
      if (v.reason === 'holiday') stats.holidays++;
      else if (v.reason === 'blackout') stats.blackouts++;
    } else if (ctx.fixed.blocked.has(day)) stats.fixed++;
    else if (ctx.clockChange?.(day) !== true) stats.allowed++;
  }
  return stats;
}

/** Smallest value in [lo, hi] for which `ok` holds, assuming it is monotone; undefined when none. */
function smallest(lo: number, hi: number, ok: (x: number) => boolean): number | undefined {
  if (lo > hi || !ok(hi)) return undefined;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The smallest single changes that would make the plan fit, each a phrase of `plan/infeasible`;
 * `replanned` are changes the caller has already planned again in full (they follow the day-length one).
 */
function smallestChanges(ctx: PlannerContext, content: DayContent, replanned: readonly Phrase[]): Phrase[] {
  const c = ctx.c;
  const days = content.days;
  const out: Phrase[] = [];
  const fits = (v: Variation): boolean => fitsWith(ctx, v);

  if (c.end !== undefined && c.start !== undefined) {
    const later = selectFor(ctx, content, { to: undefined, distribution: 'pack' });
    if (later.ok) {
      const sizes = sizesFor(days, c.blockDays);
      const last = later.starts.at(-1)! + sizes.at(-1)! - 1;
      if (last > c.end) {
        const extra = windowStats(ctx, c.end + 1, last).allowed;
        out.push(phrase('plan/infeasible', 'endLater', { date: fromDayNumber(last), days: counted(extra, 'allowedDay', 'allowedDays') }));
      }
    }
    const earlier = selectFor(ctx, content, { from: undefined, distribution: 'backward' });
    if (earlier.ok && earlier.starts[0]! < c.start) {
      const first = earlier.starts[0]!;
      const extra = windowStats(ctx, first, c.start - 1).allowed;
      out.push(phrase('plan/infeasible', 'startEarlier', { date: fromDayNumber(first), days: counted(extra, 'allowedDay', 'allowedDays') }));
    }
  }

  const unit = c.unitMinutes;
  for (let u = Math.floor(c.dayCapacity / unit) + 1; u <= Math.floor(c.dayCapacity / unit) + 16; u++) {
    const capacity = u * unit;
    let widened: number | undefined;
    if (capacity > c.windowMinutes) {
      // The window has to grow at its end by what is missing.
      widened = c.window.end + (capacity - c.windowMinutes);
      // Without breaks of their own, a window that comes to hold the lunch break gets it (see the constraints' normal form).
      if (!c.breaksGiven && c.breaks.length === 0 && defaultBreakFits({ start: c.window.start, end: widened })) {
        widened += DEFAULT_BREAK_MINUTES;
      }
      if (widened > 1440) break;
    }
    if (fits({ capacity })) {
      const units = unit === 45 ? phrase('plan.count', 'ue', { n: u }) : phrase('plan.count', 'unitsOf', { n: u, minutes: unit });
      out.push(
        widened === undefined
          ? phrase('plan/infeasible', 'unitsPerDay', { units })
          : phrase('plan/infeasible', 'unitsPerDayUntil', { units, until: formatClock(widened) }),
      );
      break;
    }
  }
  out.push(...replanned);

  for (const day of WEEKDAYS) {
    if (c.weekdays.includes(day)) continue;
    if (fits({ weekdays: [...c.weekdays, day] })) {
      out.push(phrase('plan/infeasible', 'addWeekday', { weekday: phrase('plan.weekday', day, {}) }));
      break;
    }
  }

  if (c.maxDaysPerWeek !== undefined) {
    const x = smallest(c.maxDaysPerWeek + 1, 7, (v) => fits({ maxDaysPerWeek: v }));
    if (x !== undefined) out.push(phrase('plan/infeasible', 'daysPerWeek', { n: x }));
  }
  if (c.minGapDays > 1) {
    // Smaller gaps fit more; find the largest gap that still fits.
    const g = smallest(1, c.minGapDays - 1, (v) => fits({ minGapDays: c.minGapDays - v }));
    if (g !== undefined) out.push(phrase('plan/infeasible', 'gapDays', { days: counted(c.minGapDays - g, 'dayDative', 'daysDative') }));
  }
  if (c.maxGapDays !== undefined) {
    const g = smallest(c.maxGapDays + 1, HORIZON_DAYS, (v) => fits({ maxGapDays: v }));
    if (g !== undefined) out.push(phrase('plan/infeasible', 'maxGapDays', { n: g }));
  }
  return out;
}

/** The hint of a shortage: the smallest changes that fit, or that no single one does. */
function changesHint(changes: readonly Phrase[]): Finding {
  const chain = orChain(changes);
  return chain === undefined ? finding('plan/infeasible', 'noChange', {}) : finding('plan/infeasible', 'changes', { changes: chain });
}

/** A `plan/infeasible` with its message and the hint of the smallest changes (their data side by side). */
function infeasible(message: Phrase, hint: Finding, path: string, ctx: PlannerContext): Diagnostic {
  const f: Finding = { code: 'plan/infeasible', messageId: message.id, data: { ...message.data, ...hint.data }, hintId: hint.messageId };
  return planDiagnostic(f, path, ctx.c.locale);
}

/**
 * The `plan/infeasible` diagnostic for dates that cannot be found, with figures and the smallest changes;
 * `replanned` are further changes the caller has planned again in full and found to fit.
 */
export function shortageDiagnostic(
  ctx: PlannerContext,
  content: DayContent,
  total: number,
  failure: SelectionFailure,
  replanned: readonly Phrase[] = [],
): Diagnostic {
  const c = ctx.c;
  const days = content.days;
  const covered = [...ctx.fixed.covered.values()].some((m) => m > 0);
  const needData = { total: { minutes: total, unit: ctx.unit }, days: counted(days, 'day', 'days'), capacity: { minutes: c.dayCapacity, unit: ctx.unit } };
  const need =
    c.blockDays > 1
      ? phrase('plan/infeasible', covered ? 'needStillBlocks' : 'needBlocks', { ...needData, blockDays: c.blockDays })
      : phrase('plan/infeasible', covered ? 'needStill' : 'need', needData);
  const message = match(failure)
    .with({ kind: 'window' }, () => windowMessage(ctx, content, need))
    .with({ kind: 'max-gap' }, (f) => maxGapMessage(ctx, f, need))
    .with({ kind: 'limit' }, (f) => {
      // The calendar's first or last day stopped the search: say which, and how far the days got.
      const data = { need, limit: fromDayNumber(f.limit), placed: f.placedDays };
      return f.limit === FIRST_PLAN_DAY
        ? phrase('plan/infeasible', 'limitBefore', { ...data, to: fromDayNumber(c.end!) })
        : phrase('plan/infeasible', 'limitAfter', { ...data, from: fromDayNumber(c.start!) });
    })
    .with({ kind: 'horizon' }, (f) => {
      const data = { need, after: fromDayNumber(f.after) };
      return c.distribute === 'backward' ? phrase('plan/infeasible', 'horizonBefore', data) : phrase('plan/infeasible', 'horizonAfter', data);
    })
    .exhaustive();
  const path = failure.kind === 'max-gap' ? '/maxGapDays' : c.end !== undefined ? '/end' : '';
  return infeasible(message, changesHint(smallestChanges(ctx, content, replanned)), path, ctx);
}

/** Too few usable days in the period: how many there are, what took the others, and what keeps the rest from use. */
function windowMessage(ctx: PlannerContext, content: DayContent, need: Phrase): Phrase {
  const c = ctx.c;
  const days = content.days;
  const from = c.start ?? c.end!;
  const to = c.end ?? c.start!;
  const s = windowStats(ctx, from, to);
  const removed: Phrase[] = [];
  if (s.holidays > 0) removed.push(phrase('plan/infeasible', s.holidays === 1 ? 'holidayOne' : 'holidayMany', { n: s.holidays }));
  if (s.blackouts > 0) removed.push(phrase('plan/infeasible', s.blackouts === 1 ? 'blackoutOne' : 'blackoutMany', { n: s.blackouts }));
  if (s.fixed > 0) removed.push(phrase('plan/infeasible', s.fixed === 1 ? 'agreedOne' : 'agreedMany', { n: s.fixed }));
  const base = {
    need,
    from: fromDayNumber(from),
    to: fromDayNumber(to),
    allowed: phrase('plan/infeasible', s.allowed === 1 ? 'allowedOne' : 'allowedMany', { n: s.allowed }),
  };
  if (s.allowed < days) return removed.length > 0 ? phrase('plan/infeasible', 'windowAfter', { ...base, removed }) : phrase('plan/infeasible', 'window', base);
  const limits: Phrase[] = [];
  if (c.maxDaysPerWeek !== undefined) limits.push(phrase('plan/infeasible', c.maxDaysPerWeek === 1 ? 'perWeekOne' : 'perWeekMany', { n: c.maxDaysPerWeek }));
  if (c.minGapDays > 1) limits.push(phrase('plan/infeasible', 'minGap', { n: c.minGapDays }));
  if (c.blockDays > 1) limits.push(phrase('plan/infeasible', 'blocks', { n: c.blockDays }));
  const usable = selectFor(ctx, content, { distribution: 'pack', from, to });
  const placed = usable.ok ? days : usable.placedDays;
  return removed.length > 0
    ? phrase('plan/infeasible', 'windowAfterBut', { ...base, removed, limits, placed })
    : phrase('plan/infeasible', 'windowBut', { ...base, limits, placed });
}

/** Sessions may not be far enough apart: the gap that no usable day closes. */
function maxGapMessage(ctx: PlannerContext, failure: Extract<SelectionFailure, { kind: 'max-gap' }>, need: Phrase): Phrase {
  const c = ctx.c;
  const data = { need, maxGap: c.maxGapDays!, after: fromDayNumber(failure.after) };
  if (c.distribute === 'backward') return phrase('plan/infeasible', 'maxGapBefore', data);
  const classifier = classifierOf(c);
  for (let d = failure.after + 1; d <= failure.after + HORIZON_DAYS; d++) {
    if (!ctx.fixed.blocked.has(d) && classifier.classify(d).allowed) {
      return phrase('plan/infeasible', 'maxGapAfter', { ...data, next: fromDayNumber(d), later: d - failure.after });
    }
  }
  return phrase('plan/infeasible', 'maxGapNever', data);
}

/** How many longer block lengths the block-count hint tries at most. */
const BLOCK_LENGTH_TRIES = 14;

/**
 * The `plan/infeasible` diagnostic for a plan needing more blocks than
 * allowed. Each change it suggests is planned again first, as the other
 * hints are: more blocks, or the shortest longer blocks that fit on the
 * teaching days.
 */
export function blockCountDiagnostic(ctx: PlannerContext, content: DayContent, total: number): Diagnostic {
  const c = ctx.c;
  const days = content.days;
  const allowed = c.blockCount!;
  const blocks = sizesFor(days, c.blockDays).length;
  const changes: Phrase[] = [];
  if (fitsWith(ctx, { blockCount: blocks })) changes.push(phrase('plan/infeasible', 'moreBlocks', { blocks: counted(blocks, 'block', 'blocks') }));
  // Blocks are consecutive calendar days, so they can never be longer than the longest run of teaching days.
  const run = c.weekdays.length === 7 ? days : weekdayRun(c.weekdays);
  const shortest = Math.ceil(days / allowed);
  for (let length = shortest; length <= Math.min(days, run, shortest + BLOCK_LENGTH_TRIES - 1); length++) {
    if (length > c.blockDays && fitsWith(ctx, { blockDays: length })) {
      changes.push(phrase('plan/infeasible', 'longerBlocks', { days: counted(length, 'dayDative', 'daysDative') }));
      break;
    }
  }
  const data = {
    total: { minutes: total, unit: ctx.unit },
    days: counted(days, 'day', 'days'),
    capacity: { minutes: c.dayCapacity, unit: ctx.unit },
    blocks: counted(blocks, 'block', 'blocks'),
    blockDays: counted(c.blockDays, 'day', 'days'),
  };
  const message = allowed === 1 ? phrase('plan/infeasible', 'blockCountOne', data) : phrase('plan/infeasible', 'blockCount', { ...data, allowed });
  return infeasible(message, changesHint(changes), '/blocks/count', ctx);
}
