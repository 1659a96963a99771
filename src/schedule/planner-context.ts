import type { Weekday } from '../calendar/calendar-day.js';
import type { TimeUnit } from '../duration/index.js';
import { allocate, type AllocationItems, type DayContent } from './allocate.js';
import { classifierOf, type NormalizedConstraints } from './constraints.js';
import type { FixedAnalysis } from './fixed-sessions.js';
import type { PlannedModule } from './planned-modules.js';
import { selectDates, type Distribution, type SelectionResult } from './select-dates.js';

/** Everything the planner knows once constraints and modules are checked; internal. */
export interface PlannerContext {
  c: NormalizedConstraints;
  unit: TimeUnit;
  /** Planned modules in teaching order. */
  modules: PlannedModule[];
  /** `before[i]`: indices (in teaching order) of modules that must finish before module i starts. */
  before: number[][];
  /** Minutes still to plan per module (teaching order), after agreed sessions. */
  remaining: Float64Array;
  fixed: FixedAnalysis;
  /**
   * Per module (teaching order), the day after which it may start (the last
   * agreed session of a module it requires) and the day before which it
   * must end (the first agreed session of a module requiring it); absent
   * when no agreed session binds the order.
   */
  agreedOrder?: { after: Float64Array; before: Float64Array } | undefined;
  /** True for days on which the clocks change inside the daily window. */
  clockChange?: ((day: number) => boolean) | undefined;
  /**
   * The day contents for a day capacity when they are not simply the
   * modules cut into full days: a plan for a recognition lays its days out
   * by the profile's rules (see fitRecognition), so the smallest changes
   * tried for a plan that does not fit are laid out the same way.
   */
  contentAt?: ((capacity: number) => DayContent | undefined) | undefined;
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
  blockDays?: number;
  blockCount?: number | undefined;
}

/**
 * The bounds agreed sessions put on planned modules (see
 * {@link PlannerContext.agreedOrder}), or undefined when they put none.
 */
export function agreedOrderOf(
  modules: readonly { id: string }[],
  before: readonly (readonly number[])[],
  fixed: FixedAnalysis,
): PlannerContext['agreedOrder'] {
  if (fixed.firstDay.size === 0) return undefined;
  const n = modules.length;
  const after = new Float64Array(n).fill(-Infinity);
  const until = new Float64Array(n).fill(Infinity);
  let any = false;
  for (let i = 0; i < n; i++) {
    const first = fixed.firstDay.get(modules[i]!.id);
    for (const j of before[i]!) {
      const last = fixed.lastDay.get(modules[j]!.id);
      if (last !== undefined && last > after[i]!) {
        after[i] = last;
        any = true;
      }
      if (first !== undefined && first < until[j]!) {
        until[j] = first;
        any = true;
      }
    }
  }
  return any ? { after, before: until } : undefined;
}

/**
 * Per unit, how agreed sessions bound it: the earliest and latest first day
 * that keeps its modules in order with them, and the agreed days behind
 * those bounds (`before`: the latest agreed day of a module it requires,
 * -Infinity for none; `after`: the earliest agreed day of a module that
 * requires one in it, Infinity for none). Undefined when agreed sessions
 * bind nothing.
 */
function unitBounds(
  ctx: PlannerContext,
  content: DayContent,
  sizes: readonly number[],
): { earliest: Float64Array; latest: Float64Array; before: Float64Array; after: Float64Array } | undefined {
  const order = ctx.agreedOrder;
  if (order === undefined) return undefined;
  const earliest = new Float64Array(sizes.length).fill(-Infinity);
  const latest = new Float64Array(sizes.length).fill(Infinity);
  const before = new Float64Array(sizes.length).fill(-Infinity);
  const after = new Float64Array(sizes.length).fill(Infinity);
  let day = 0;
  for (let u = 0; u < sizes.length; u++) {
    for (let k = 0; k < sizes[u]!; k++, day++) {
      for (let p = content.dayStart[day]!; p < content.dayStart[day + 1]!; p++) {
        const i = content.item[p]!;
        // Day k of a unit starting on d falls on d + k: strictly after the one bound, strictly before the other.
        earliest[u] = Math.max(earliest[u]!, order.after[i]! + 1 - k);
        latest[u] = Math.min(latest[u]!, order.before[i]! - 1 - k);
        before[u] = Math.max(before[u]!, order.after[i]!);
        after[u] = Math.min(after[u]!, order.before[i]!);
      }
    }
  }
  return { earliest, latest, before, after };
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
  return { minutes: ctx.remaining, cap, fresh, before: ctx.before, ...sharedCaps(ctx) };
}

/**
 * Groups for the caps of enclosing modules that hold more than one planned
 * module (with one, its own tightest cap says it all); see `allocate`.
 */
function sharedCaps(ctx: PlannerContext): Pick<AllocationItems, 'groups' | 'groupCap'> {
  const members = new Map<string, { minutes: number; items: number[] }>();
  for (let i = 0; i < ctx.modules.length; i++) {
    for (const a of ctx.modules[i]!.cappedAncestors ?? []) {
      const group = members.get(a.pointer);
      if (group === undefined) members.set(a.pointer, { minutes: a.minutes, items: [i] });
      else group.items.push(i);
    }
  }
  const shared = [...members.values()].filter((g) => g.items.length > 1);
  if (shared.length === 0) return {};
  const groups: (number[] | undefined)[] = new Array<number[] | undefined>(ctx.modules.length);
  const groupCap = new Float64Array(shared.length);
  shared.forEach((g, index) => {
    groupCap[index] = g.minutes;
    for (const i of g.items) (groups[i] ??= []).push(index);
  });
  return { groups, groupCap };
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
  if (ctx.contentAt !== undefined) return ctx.contentAt(capacity);
  return allocatedContent(ctx, capacity);
}

/**
 * The modules cut into days of `capacity` (day `d` holding at most
 * `lengths[d]` when given), or undefined when some module cannot be placed.
 */
export function allocatedContent(ctx: PlannerContext, capacity: number, lengths?: ArrayLike<number>): DayContent | undefined {
  if (capacity <= 0 || oversized(ctx, capacity).length > 0) return undefined;
  return allocate(itemsFor(ctx, capacity), capacity, ctx.c.splitModules, lengths);
}

/** Unit sizes for `days` days in blocks of `blockDays` (the last block takes the rest). */
export function sizesFor(days: number, blockDays: number): number[] {
  const sizes = new Array<number>(days > 0 ? Math.ceil(days / blockDays) : 0);
  let u = 0;
  for (let left = days; left > 0; left -= blockDays) sizes[u++] = Math.min(blockDays, left);
  return sizes;
}

/**
 * Runs date selection for the planned days under the constraints, changed by `v`; `sizes` and the
 * classifier when the caller has them already.
 */
export function selectFor(
  ctx: PlannerContext,
  content: DayContent,
  v: Variation = {},
  sizes = sizesFor(content.days, v.blockDays ?? ctx.c.blockDays),
  classifier = classifierOf(ctx.c, v.weekdays ?? ctx.c.weekdays),
): SelectionResult {
  const c = ctx.c;
  const bounds = unitBounds(ctx, content, sizes);
  return selectDates({
    clockChange: ctx.clockChange,
    earliest: bounds?.earliest,
    latest: bounds?.latest,
    agreed: bounds,
    classifier,
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
  const blockCount = 'blockCount' in v ? v.blockCount : ctx.c.blockCount;
  const sizes = sizesFor(content.days, v.blockDays ?? ctx.c.blockDays);
  if (blockCount !== undefined && sizes.length > blockCount) return false;
  return selectFor(ctx, content, v, sizes).ok;
}
