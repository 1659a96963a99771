import type { Weekday } from '../calendar/calendar-day.js';
import type { TimeUnit } from '../duration/index.js';
import { allocate, type AllocationItems, type DayContent } from './allocate.js';
import { classifierOf, type Normalized } from './constraints.js';
import type { FixedAnalysis } from './fixed-sessions.js';
import type { PlannedModule } from './planned-modules.js';
import { selectDates, type Distribution, type SelectionResult } from './select-dates.js';

/** Everything the planner knows once constraints and modules are checked; internal. */
export interface PlannerContext {
  c: Normalized;
  unit: TimeUnit;
  /** Planned modules in teaching order. */
  modules: PlannedModule[];
  /** `before[i]`: indices (in teaching order) of modules that must finish before module i starts. */
  before: number[][];
  /** Minutes still to plan per module (teaching order), after agreed sessions. */
  remaining: Float64Array;
  fixed: FixedAnalysis;
}

/** Changes to try when looking for the smallest change that fits. */
export interface Variation {
  capacity?: number;
  weekdays?: readonly Weekday[];
  maxDaysPerWeek?: number | undefined;
  minGapDays?: number;
  maxGapDays?: number | undefined;
  from?: number | undefined;
  to?: number | undefined;
  distribution?: Distribution;
}

/** The per-day cap of a module for a day capacity: its own maximum, and a share small enough for its minimum number of sessions. */
export function moduleCap(ctx: PlannerContext, i: number, capacity: number): number {
  const m = ctx.modules[i]!;
  let cap = Math.min(capacity, m.maxPerSession ?? Infinity);
  const minSessions = m.sessions?.min ?? 1;
  const minutes = ctx.remaining[i]!;
  if (minSessions > 1 && minutes > 0) {
    const share = Math.ceil(minutes / minSessions);
    const unit = ctx.c.unitMinutes;
    // Prefer whole teaching units per session when that still gives enough sessions.
    const rounded = Math.ceil(share / unit) * unit;
    const perSession = Math.ceil(minutes / rounded) >= minSessions ? rounded : share;
    cap = Math.min(cap, perSession);
  }
  return cap;
}

/** Allocation items for a day capacity (see `allocate`). */
function itemsFor(ctx: PlannerContext, capacity: number): AllocationItems {
  const n = ctx.modules.length;
  const cap = new Float64Array(n);
  const fresh = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    cap[i] = moduleCap(ctx, i, capacity);
    fresh[i] = ctx.modules[i]!.sessions !== undefined ? 1 : 0;
  }
  return { minutes: ctx.remaining, cap, fresh, before: ctx.before };
}

/** Module i cannot be placed at all with this capacity (too big for a day when it may not be split). */
export function oversized(ctx: PlannerContext, capacity: number): number[] {
  if (ctx.c.splitModules) return [];
  const out: number[] = [];
  for (let i = 0; i < ctx.remaining.length; i++) if (ctx.remaining[i]! > moduleCap(ctx, i, capacity)) out.push(i);
  return out;
}

/** Day contents for a capacity, or undefined when some module cannot be placed. */
export function contentFor(ctx: PlannerContext, capacity: number): DayContent | undefined {
  if (capacity <= 0 || oversized(ctx, capacity).length > 0) return undefined;
  return allocate(itemsFor(ctx, capacity), capacity, ctx.c.splitModules);
}

/** Unit sizes for `days` days in blocks of `blockDays` (the last block takes the rest). */
export function sizesFor(days: number, blockDays: number): number[] {
  const sizes = new Array<number>(days > 0 ? Math.ceil(days / blockDays) : 0);
  let u = 0;
  for (let left = days; left > 0; left -= blockDays) sizes[u++] = Math.min(blockDays, left);
  return sizes;
}

/** Runs date selection for `days` days under the constraints, changed by `v`; `sizes` when the caller has them already. */
export function selectFor(ctx: PlannerContext, days: number, v: Variation = {}, sizes = sizesFor(days, ctx.c.blockDays)): SelectionResult {
  const c = ctx.c;
  return selectDates({
    classifier: classifierOf(c, v.weekdays ?? c.weekdays),
    blocked: ctx.fixed.blocked,
    fixedDays: ctx.fixed.occurring,
    sizes,
    minGapDays: v.minGapDays ?? c.minGapDays,
    maxGapDays: 'maxGapDays' in v ? v.maxGapDays : c.maxGapDays,
    maxDaysPerWeek: 'maxDaysPerWeek' in v ? v.maxDaysPerWeek : c.maxDaysPerWeek,
    from: 'from' in v ? v.from : c.start,
    to: 'to' in v ? v.to : c.end,
    distribution: v.distribution ?? c.distribute,
  });
}

/** True when the whole plan fits under the variation (content and dates). */
export function fitsWith(ctx: PlannerContext, v: Variation): boolean {
  const content = contentFor(ctx, v.capacity ?? ctx.c.dayCapacity);
  if (content === undefined) return false;
  if (ctx.c.blockCount !== undefined && sizesFor(content.days, ctx.c.blockDays).length > ctx.c.blockCount) return false;
  return selectFor(ctx, content.days, v).ok;
}
