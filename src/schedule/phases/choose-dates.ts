import type { Phrase } from '../../core/diagnostic.js';
import { toDayNumber } from '../../calendar/calendar-day.js';
import type { DayContent } from '../allocate.js';
import { classifierOf } from '../constraints.js';
import type { DateDecisions } from '../date-decisions.js';
import { passed, stopped, type PhaseResult } from '../phase.js';
import { selectFor, sizesFor, type PlannerContext } from '../planner-context.js';
import { blockCountDiagnostic, shortageDiagnostic } from '../shortage.js';

/** What {@link chooseDates} reads. */
export interface ChooseDatesInput {
  ctx: PlannerContext;
  /** The planned days' content (from allocation): how many days there are to date. */
  content: DayContent;
  /**
   * Further changes that make the plan fit, each planned again in full by the caller (leaving out the
   * default lunch break); asked only when the dates cannot be found.
   */
  replanned: () => readonly Phrase[];
}

const NO_CAUSES = new Uint8Array(0);

/**
 * Phase 7, choose dates: a first day for every unit (a block of
 * `blocks.days` consecutive days, or one day): packed from the start, back
 * from the end, or spread over the period, on allowed days only and within
 * weekly caps and gaps. Gives the decision log (each unit's day and why,
 * and what says why the other days hold no session); fails with a
 * `plan/infeasible` naming the binding constraint, with figures and the
 * smallest changes that fit.
 */
export function chooseDates({ ctx, content, replanned }: ChooseDatesInput): PhaseResult<DateDecisions> {
  const c = ctx.c;
  const days = content.days;
  let total = 0;
  for (let i = 0; i < ctx.remaining.length; i++) total += ctx.remaining[i]!;
  if (c.blockCount !== undefined && Math.ceil(days / c.blockDays) > c.blockCount) return stopped([blockCountDiagnostic(ctx, content, total)]);
  const sizes = sizesFor(days, c.blockDays);
  const classifier = classifierOf(c);
  const selected = days === 0 ? { ok: true as const, starts: [], causes: NO_CAUSES, spreadFellBack: false } : selectFor(ctx, content, {}, sizes, classifier);
  if (!selected.ok) return stopped([shortageDiagnostic(ctx, content, total, selected, replanned())]);

  // Planned days in date order: units are placed in order and never overlap.
  const plannedDays = new Float64Array(days);
  let i = 0;
  selected.starts.forEach((start, u) => {
    for (let k = 0; k < sizes[u]!; k++) plannedDays[i++] = start + k;
  });
  const fixed = ctx.fixed;
  const agreedStatus = new Map<number, string>();
  for (const s of c.fixed) if (s.date !== undefined) agreedStatus.set(toDayNumber(s.date), s.status);
  return passed({
    starts: selected.starts,
    sizes,
    causes: selected.causes,
    agreed: 'agreed' in selected ? selected.agreed : undefined,
    start: c.start,
    end: c.end,
    days: plannedDays,
    period: periodOf(ctx, plannedDays, agreedStatus),
    skips: {
      classifier,
      agreedStatus,
      sessionDays: mergeSorted(plannedDays, fixed.occurring),
      maxDaysPerWeek: c.maxDaysPerWeek,
      minGapDays: c.blockDays > 1 ? 1 : c.minGapDays,
      blockDays: c.blockDays,
      spread: c.distribute === 'spread' && !selected.spreadFellBack,
      clockChange: ctx.clockChange,
    },
  });
}

/**
 * The days the plan covers: from the first to the last session, widened to the given start, and to the
 * given end unless days were packed from the start (then the days after the last session are not the plan's).
 */
function periodOf(ctx: PlannerContext, plannedDays: Float64Array, agreed: ReadonlyMap<number, string>): DateDecisions['period'] {
  const c = ctx.c;
  // A loop, not Math.min(...days): plans may have more days than a call takes arguments.
  let first = c.start ?? Infinity;
  let last = c.distribute === 'pack' ? -Infinity : (c.end ?? -Infinity);
  const dated = (d: number): void => {
    if (d < first) first = d;
    if (d > last) last = d;
  };
  if (plannedDays.length > 0) {
    dated(plannedDays[0]!);
    dated(plannedDays[plannedDays.length - 1]!);
  }
  for (const d of agreed.keys()) dated(d);
  return Number.isFinite(first) && Number.isFinite(last) ? { first, last } : undefined;
}

/** Planned days (strictly increasing) and days of agreed sessions (sorted), sorted, each once. */
function mergeSorted(planned: ArrayLike<number>, agreed: readonly number[]): ArrayLike<number> {
  if (agreed.length === 0) return planned;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < planned.length || j < agreed.length) {
    const next = j >= agreed.length || (i < planned.length && planned[i]! <= agreed[j]!) ? planned[i++]! : agreed[j++]!;
    if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
  }
  return out;
}
