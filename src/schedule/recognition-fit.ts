import type { Weekday } from '../calendar/calendar-day.js';
import type { DayContent } from './allocate.js';
import { allocatedContent, sizesFor, type PlannerContext } from './planner-context.js';
import type { RecognitionPlan } from './phases/resolve-recognition.js';
import { floorAt, weekdayRun } from './recognition-requirements.js';

/** The form of a plan for a recognition: one block, one day a week, blocks, or days as the constraints give them. */
type RecognitionForm = 'row' | 'weekly' | 'blocks' | 'free';

/**
 * A plan's days laid out by a profile's rules, before any date is chosen:
 * how many days, how long each, in which blocks, and the settings date
 * selection then works with; internal.
 */
export interface RecognitionFit {
  readonly content: DayContent;
  /** Teaching minutes of each day, in order. */
  readonly lengths: readonly number[];
  /** Days of each block (a unit of date selection), in order. */
  readonly sizes: readonly number[];
  readonly form: RecognitionForm;
  /** Date selection's settings for this form. */
  readonly blockDays: number;
  readonly blockCount: number | undefined;
  readonly maxGapDays: number | undefined;
  readonly maxDaysPerWeek: number | undefined;
}

/** Why the days cannot be laid out by the profile's rules, with the figures. */
export type FitFailure =
  | { readonly kind: 'total'; readonly total: number; readonly min: number }
  | { readonly kind: 'too-short'; readonly total: number; readonly days: number; readonly needed: number }
  | { readonly kind: 'average'; readonly total: number; readonly days: number; readonly capacity: number }
  /** `dayTooShort`: some day's floor is over the capacity, so only a longer day helps (not more time in the program). */
  | { readonly kind: 'floors'; readonly total: number; readonly days: number; readonly capacity: number; readonly needed: number; readonly dayTooShort: boolean }
  | { readonly kind: 'max-days'; readonly total: number; readonly days: number; readonly capacity: number }
  | { readonly kind: 'row'; readonly total: number; readonly days: number; readonly capacity: number; readonly run: number; readonly byBlocks: boolean }
  | { readonly kind: 'blocks'; readonly total: number; readonly days: number; readonly capacity: number; readonly run: number; readonly byBlocks: boolean }
  | { readonly kind: 'layout'; readonly day: number; readonly minutes: number; readonly floor: number };

/** The outcome of {@link fitRecognitionDays}. */
export type FitResult = { readonly ok: true; readonly fit: RecognitionFit } | { readonly ok: false; readonly failure: FitFailure };

/** How far past the fewest days a layout is tried when the modules' own limits change the days. */
const EXTRA_DAY_TRIES = 3;

/**
 * Lays the plan's days out by the profile's rules for a day capacity (and
 * teaching weekdays, which say how many days can be in a row): the fewest
 * days the modules need, at least the profile's minimum; in one block when
 * the profile wants the days in a row (one day a week when the user asked
 * for it and the profile allows it, or when the days do not fit in a row),
 * in as few blocks as the weekdays allow when it counts blocks; each day
 * at least its floor (lower on arrival and departure days, at least the
 * time before the clock time), the days as even as the floors allow, in
 * whole teaching units where they can be. Days the modules' own limits
 * (sessions, maxPerSession, no splitting) shape otherwise are accepted
 * when they still meet the rules.
 */
export function fitRecognitionDays(ctx: PlannerContext, plan: RecognitionPlan, capacity: number, weekdays: readonly Weekday[] = ctx.c.weekdays): FitResult {
  const { req } = plan;
  let total = 0;
  for (let i = 0; i < ctx.remaining.length; i++) total += ctx.remaining[i]!;
  let agreed = 0;
  for (const m of ctx.fixed.covered.values()) agreed += m;
  if (req.total !== undefined && total + agreed < req.total.value) return fail({ kind: 'total', total: total + agreed, min: req.total.value });
  const plain = allocatedContent(ctx, capacity);
  if (plain === undefined) return fail({ kind: 'layout', day: 1, minutes: 0, floor: capacity });
  const fewest = plain.days;
  const first = Math.max(fewest, req.minDays?.value ?? 0);
  let failure: FitFailure | undefined;
  for (let days = first; days <= first + EXTRA_DAY_TRIES; days++) {
    const tried = layoutFor(ctx, plan, capacity, weekdays, total, days, days > fewest);
    if (tried.ok) return tried;
    failure ??= tried.failure;
    // Only a layout the modules' limits spoiled is worth another day.
    if (tried.failure.kind !== 'layout') break;
  }
  return fail(failure!);
}

function fail(failure: FitFailure): FitResult {
  return { ok: false, failure };
}

interface Shape {
  form: RecognitionForm;
  sizes: number[];
}

/** The blocks of `days` days under the profile and the weekdays, or why there are none. */
function shapeOf(ctx: PlannerContext, plan: RecognitionPlan, weekdays: readonly Weekday[], total: number, days: number, capacity: number): Shape | FitFailure {
  const { req, given } = plan;
  const c = ctx.c;
  const byBlocks = given.blocks && c.blockDays < weekdayRun(weekdays);
  const run = given.blocks ? Math.min(weekdayRun(weekdays), c.blockDays) : weekdayRun(weekdays);
  if (req.row !== undefined) {
    const weekly = plan.weekly || (req.row.value.orWeekly && days > run);
    if (weekly) return { form: 'weekly', sizes: new Array<number>(days).fill(1) };
    if (days > run) return { kind: 'row', total, days, capacity, run, byBlocks };
    return { form: 'row', sizes: [days] };
  }
  if (req.blocks !== undefined) {
    const max = Math.min(req.blocks.value.max, c.blockCount ?? Infinity);
    // As few blocks as the runs of days allow, as even as can be.
    const blockDays = Number.isFinite(run) ? Math.ceil(days / Math.ceil(days / run)) : days;
    const sizes = sizesFor(days, blockDays);
    if (sizes.length > max) return { kind: 'blocks', total, days, capacity, run, byBlocks };
    return { form: 'blocks', sizes };
  }
  return { form: 'free', sizes: sizesFor(days, c.blockDays) };
}

function layoutFor(
  ctx: PlannerContext,
  plan: RecognitionPlan,
  capacity: number,
  weekdays: readonly Weekday[],
  total: number,
  days: number,
  raised: boolean,
): FitResult {
  const { req } = plan;
  if (req.maxDays !== undefined && days > req.maxDays.value) return fail({ kind: 'max-days', total, days, capacity });
  const shape = shapeOf(ctx, plan, weekdays, total, days, capacity);
  if ('kind' in shape) return fail(shape);
  const floors = floorsOf(plan, shape.sizes);
  let needed = 0;
  for (const f of floors) needed += f;
  const average = req.average?.value ?? 0;
  needed = Math.max(needed, average * days);
  // A day too short for its floor: only a longer day helps.
  if (floors.some((f) => f > capacity)) return fail({ kind: 'floors', total, days, capacity, needed, dayTooShort: true });
  if (total < needed) {
    if (raised) return fail({ kind: 'too-short', total, days, needed });
    return fail(total < average * days ? { kind: 'average', total, days, capacity } : { kind: 'floors', total, days, capacity, needed, dayTooShort: false });
  }
  const lengths = lengthsOf(total, floors, capacity, ctx.c.unitMinutes);
  const content = allocatedContent(ctx, capacity, lengths);
  if (content === undefined) return fail({ kind: 'layout', day: 1, minutes: 0, floor: floors[0] ?? 0 });
  // The modules' own limits may have shaped the days otherwise: what counts is that the days meet the rules.
  const actual = minutesOf(content);
  if (content.days !== days) {
    const again = shapeOf(ctx, plan, weekdays, total, content.days, capacity);
    if ('kind' in again) return fail(again);
    if (req.maxDays !== undefined && content.days > req.maxDays.value) return fail({ kind: 'max-days', total, days: content.days, capacity });
    if (total < average * content.days) return fail({ kind: 'average', total, days: content.days, capacity });
    return accept(ctx, plan, content, actual, again, floorsOf(plan, again.sizes));
  }
  return accept(ctx, plan, content, actual, shape, floors);
}

function accept(ctx: PlannerContext, plan: RecognitionPlan, content: DayContent, lengths: number[], shape: Shape, floors: number[]): FitResult {
  for (let i = 0; i < lengths.length; i++) {
    if (lengths[i]! < floors[i]!) return fail({ kind: 'layout', day: i + 1, minutes: lengths[i]!, floor: floors[i]! });
  }
  const c = ctx.c;
  const sizes = shape.sizes;
  let blockDays = c.blockDays;
  let blockCount = c.blockCount;
  let maxGapDays = c.maxGapDays;
  let maxDaysPerWeek = c.maxDaysPerWeek;
  const min = (a: number | undefined, b: number) => (a === undefined ? b : Math.min(a, b));
  switch (shape.form) {
    case 'row':
      blockDays = content.days;
      blockCount = 1;
      break;
    case 'weekly':
      blockDays = 1;
      blockCount = undefined;
      // Consecutive weeks: packing takes the earliest usable day of each next week (backwards, the latest of
      // each week before); a week without a usable day is the check after planning's to name, with the rule.
      maxDaysPerWeek = 1;
      break;
    case 'blocks': {
      blockDays = sizes[0]!;
      blockCount = sizes.length;
      const within = plan.req.blocks!.value.withinDays;
      // All blocks within the weeks: the gaps between them share what the days leave of the span.
      if (within !== undefined && sizes.length > 1) maxGapDays = min(maxGapDays, Math.max(1, Math.floor((within - content.days) / (sizes.length - 1)) + 1));
      break;
    }
    case 'free':
      break;
  }
  return { ok: true, fit: { content, lengths, sizes, form: shape.form, blockDays, blockCount, maxGapDays, maxDaysPerWeek } };
}

/** The floor of each day by its place in its block. */
function floorsOf(plan: RecognitionPlan, sizes: readonly number[]): number[] {
  const out: number[] = [];
  for (const size of sizes) {
    for (let k = 0; k < size; k++) out.push(floorAt(plan.req, k === 0, k === size - 1));
  }
  return out;
}

/** Teaching minutes of each day of the content. */
function minutesOf(content: DayContent): number[] {
  const out = new Array<number>(content.days).fill(0);
  for (let d = 0; d < content.days; d++) {
    for (let p = content.dayStart[d]!; p < content.dayStart[d + 1]!; p++) out[d]! += content.minutes[p]!;
  }
  return out;
}

/**
 * Day lengths adding up to `total`: each at least its floor and at most
 * the capacity, as even as the floors allow. A common level in whole units
 * first (days with a higher floor keep it), then further whole units to the
 * days at the level, earliest first, and what is left under a unit to the
 * next of them. Callers make sure the floors fit (their sum at most the
 * total, each at most the capacity) and the capacity does (days × capacity
 * at least the total).
 */
function lengthsOf(total: number, floors: readonly number[], capacity: number, unit: number): number[] {
  const clamp = (level: number, floor: number) => Math.min(capacity, Math.max(floor, level));
  const sumAt = (level: number) => floors.reduce((sum, f) => sum + clamp(level, f), 0);
  // The highest whole-unit level whose days do not exceed the total (0 always qualifies: the floors fit).
  let lo = 0;
  let hi = Math.ceil(capacity / unit);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (sumAt(mid * unit) <= total) lo = mid;
    else hi = mid - 1;
  }
  const level = lo * unit;
  const lengths = floors.map((f) => clamp(level, f));
  let left = total - lengths.reduce((sum, l) => sum + l, 0);
  for (let i = 0; i < lengths.length && left >= unit; i++) {
    if (lengths[i] === level && lengths[i]! + unit <= capacity) {
      lengths[i]! += unit;
      left -= unit;
    }
  }
  // Under a unit left (or units no day at the level could take): to the shortest days with room.
  while (left > 0) {
    let best = -1;
    for (let i = 0; i < lengths.length; i++) if (lengths[i]! < capacity && (best < 0 || lengths[i]! < lengths[best]!)) best = i;
    if (best < 0) break;
    const give = Math.min(left, capacity - lengths[best]!);
    lengths[best]! += give;
    left -= give;
  }
  // A day with nothing to teach cannot be planned: share the time out evenly instead (only when the floors are all zero).
  if (lengths.some((l) => l === 0)) {
    const each = Math.floor(total / lengths.length);
    return lengths.map((_, i) => Math.max(floors[i]!, each + (i < total - each * lengths.length ? 1 : 0)));
  }
  return lengths;
}
