import type { DayClassifier } from '../calendar/allowed-day.js';
import { toDayNumber, weekStart } from '../calendar/calendar-day.js';
import { MAX_DATE, MIN_DATE } from '../core/limits.js';

/** How dates are chosen: packed from the start, packed back from the end, or spread over the period. */
export type Distribution = 'pack' | 'spread' | 'backward';

/** What date selection needs to know; internal to the planner. */
export interface SelectionInput {
  classifier: DayClassifier;
  /** Days holding an agreed session (any status): never chosen. */
  blocked: ReadonlySet<number>;
  /** Days of agreed sessions that take place, sorted: they count for weekly caps and gaps. */
  fixedDays: readonly number[];
  /** Days per unit (a block, or 1), in date order. */
  sizes: readonly number[];
  minGapDays: number;
  maxGapDays: number | undefined;
  maxDaysPerWeek: number | undefined;
  from: number | undefined;
  to: number | undefined;
  distribution: Distribution;
  /**
   * Per unit, the earliest and latest first day that keeps it in teaching
   * order with agreed sessions (absent: no bound). Packing forwards keeps
   * the earliest, packing backwards the latest; a unit that cannot keep
   * both is left to the order check after selection.
   */
  earliest?: ArrayLike<number> | undefined;
  latest?: ArrayLike<number> | undefined;
  /**
   * Per unit, the agreed session days behind those bounds: `before`, the
   * latest agreed day of a module it requires (-Infinity: none), `after`,
   * the earliest agreed day of a module requiring one in it (Infinity:
   * none). Only read to say why a day was chosen.
   */
  agreed?: { before: ArrayLike<number>; after: ArrayLike<number> } | undefined;
  /** Days on which the clocks change inside the daily window: never chosen (see `ClockChanges`). */
  clockChange?: ((day: number) => boolean) | undefined;
}

/**
 * The first and last day a plan may use (the calendar's range, `MIN_DATE`
 * to `MAX_DATE`): no search for a usable day goes past them, so no date a
 * plan writes lies outside what the calendar, the time zone rules and the
 * exports handle.
 */
export const FIRST_PLAN_DAY = toDayNumber(MIN_DATE);
export const LAST_PLAN_DAY = toDayNumber(MAX_DATE);

/** Why a selection failed. */
export type SelectionFailure =
  | { kind: 'window'; placedDays: number }
  | { kind: 'limit'; placedDays: number; limit: number }
  | { kind: 'max-gap'; placedDays: number; after: number; next: number | undefined }
  | { kind: 'horizon'; placedDays: number; after: number };

/**
 * Why the selector chose a unit's first day, the entries of the decision
 * log: `start` (first usable day from the start), `start-usable` (the start
 * itself), `after-previous` (next usable day after the previous unit),
 * `after-agreed` (held back by an agreed session teaching a module it
 * requires), `before-agreed` (held forward by an agreed session teaching a
 * module that requires one of it), `spread` (its even share of the period),
 * `end` (latest usable day up to the end), `before-next` (latest usable day
 * before the next unit). Stored per unit as an index into this list.
 */
export const CHOICE_CAUSES = ['start', 'start-usable', 'after-previous', 'after-agreed', 'before-agreed', 'spread', 'end', 'before-next'] as const;

const START = 0;
const START_USABLE = 1;
const AFTER_PREVIOUS = 2;
const AFTER_AGREED = 3;
const BEFORE_AGREED = 4;
const SPREAD = 5;
const END = 6;
const BEFORE_NEXT = 7;

/**
 * The chosen units: first day of each, in date order, and why it was chosen
 * (an index into {@link CHOICE_CAUSES} per unit; a typed array, as a long
 * plan has as many units as days).
 */
export type SelectionResult =
  | {
      ok: true;
      starts: number[];
      causes: Uint8Array;
      /** The agreed days behind `after-agreed` and `before-agreed` causes (the input's `agreed`). */
      agreed?: SelectionInput['agreed'];
      spreadFellBack: boolean;
    }
  | ({ ok: false } & SelectionFailure);

/** How far an open-ended search looks for the next usable day before giving up (ten years). */
export const HORIZON_DAYS = 3660;

/** Largest element ≤ x of a sorted array, or undefined. */
function floorOf(sorted: readonly number[], x: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : undefined;
}

/** Smallest element ≥ x of a sorted array, or undefined. */
function ceilOf(sorted: readonly number[], x: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

/**
 * Whether each day may hold a session, remembered over the range of days
 * asked so far: one byte per day (0 not known yet, 1 yes, 2 no) in an array
 * that grows towards the days asked for. A Map with an entry per day made
 * long plans spend their time collecting garbage.
 */
class DayMemo {
  #base = 0;
  #flags = new Uint8Array(0);

  get(day: number): number {
    const i = day - this.#base;
    return i >= 0 && i < this.#flags.length ? this.#flags[i]! : 0;
  }

  set(day: number, value: number): void {
    let i = day - this.#base;
    if (i < 0 || i >= this.#flags.length) {
      const old = this.#flags;
      const oldEnd = this.#base + old.length;
      // Grow towards the day asked for (selection walks forwards or backwards), at least doubling.
      const size = Math.max(256, 2 * old.length);
      let base: number;
      let length: number;
      if (old.length === 0) {
        base = day - (size >> 1);
        length = size;
      } else if (i < 0) {
        base = Math.min(day, oldEnd - size);
        length = oldEnd - base;
      } else {
        base = this.#base;
        length = Math.max(size, day - base + 1);
      }
      const fresh = new Uint8Array(length);
      if (old.length > 0) fresh.set(old, this.#base - base);
      this.#flags = fresh;
      this.#base = base;
      i = day - base;
    }
    this.#flags[i] = value;
  }
}

class Selector {
  readonly #in: SelectionInput;
  readonly #allowed = new DayMemo();
  readonly #week = new Map<number, number>();

  constructor(input: SelectionInput) {
    this.#in = input;
    if (input.maxDaysPerWeek !== undefined) {
      for (const d of input.fixedDays) {
        const w = weekStart(d);
        this.#week.set(w, (this.#week.get(w) ?? 0) + 1);
      }
    }
  }

  allowed(day: number): boolean {
    const known = this.#allowed.get(day);
    if (known !== 0) return known === 1;
    const ok =
      !this.#in.blocked.has(day) && this.#in.classifier.classify(day).allowed && this.#in.clockChange?.(day) !== true;
    this.#allowed.set(day, ok ? 1 : 2);
    return ok;
  }

  /**
   * True when a unit of `size` days can occupy [lo, lo + size - 1], given
   * the planned neighbour on the side already placed (`prevHi` before it
   * when scanning forward, `nextLo` after it when scanning backward).
   */
  fits(lo: number, size: number, prevHi: number | undefined, nextLo: number | undefined): boolean {
    const hi = lo + size - 1;
    const { minGapDays, maxDaysPerWeek, fixedDays } = this.#in;
    if (prevHi !== undefined && lo - prevHi < minGapDays) return false;
    if (nextLo !== undefined && nextLo - hi < minGapDays) return false;
    const before = floorOf(fixedDays, lo - 1);
    if (before !== undefined && lo - before < minGapDays) return false;
    const after = ceilOf(fixedDays, hi + 1);
    if (after !== undefined && after - hi < minGapDays) return false;
    for (let d = lo; d <= hi; d++) if (!this.allowed(d)) return false;
    if (maxDaysPerWeek !== undefined) {
      let w = weekStart(lo);
      let count = this.#week.get(w) ?? 0;
      for (let d = lo; d <= hi; d++) {
        const wd = weekStart(d);
        if (wd !== w) {
          w = wd;
          count = this.#week.get(w) ?? 0;
        }
        if (++count > maxDaysPerWeek) return false;
      }
    }
    return true;
  }

  take(lo: number, size: number): void {
    if (this.#in.maxDaysPerWeek === undefined) return;
    for (let d = lo; d < lo + size; d++) {
      const w = weekStart(d);
      this.#week.set(w, (this.#week.get(w) ?? 0) + 1);
    }
  }

  /** The nearest agreed session that takes place before `day` (exclusive), for max-gap checks. */
  fixedBefore(day: number): number | undefined {
    return floorOf(this.#in.fixedDays, day - 1);
  }

  fixedAfter(day: number): number | undefined {
    return ceilOf(this.#in.fixedDays, day + 1);
  }
}

function placed(sizes: readonly number[], units: number): number {
  let sum = 0;
  for (let i = 0; i < units; i++) sum += sizes[i]!;
  return sum;
}

function packForward(input: SelectionInput, from: number, to: number | undefined): SelectionResult {
  const s = new Selector(input);
  const starts: number[] = new Array<number>(input.sizes.length);
  const causes = new Uint8Array(input.sizes.length);
  let prevHi: number | undefined;
  let cur = from;
  for (let u = 0; u < input.sizes.length; u++) {
    const size = input.sizes[u]!;
    let d = input.earliest === undefined ? cur : Math.max(cur, input.earliest[u]!);
    const searchFrom = d;
    for (;;) {
      if (to !== undefined && d + size - 1 > to) return { ok: false, kind: 'window', placedDays: placed(input.sizes, u) };
      if (d + size - 1 > LAST_PLAN_DAY) return { ok: false, kind: 'limit', placedDays: placed(input.sizes, u), limit: LAST_PLAN_DAY };
      if (input.maxGapDays !== undefined) {
        const fixed = s.fixedBefore(d);
        const prev = prevHi === undefined ? fixed : fixed === undefined ? prevHi : Math.max(prevHi, fixed);
        if (prev !== undefined && d - prev > input.maxGapDays) {
          return { ok: false, kind: 'max-gap', placedDays: placed(input.sizes, u), after: prev, next: undefined };
        }
      }
      if (to === undefined && d - searchFrom > HORIZON_DAYS) {
        return { ok: false, kind: 'horizon', placedDays: placed(input.sizes, u), after: searchFrom };
      }
      if (s.fits(d, size, prevHi, undefined)) break;
      d++;
    }
    s.take(d, size);
    starts[u] = d;
    // Held back by an agreed session when, without it, the unit could have started right after the start or the previous unit.
    const agreed = input.agreed?.before[u] ?? -Infinity;
    causes[u] = agreed >= (prevHi ?? from) ? AFTER_AGREED : u > 0 ? AFTER_PREVIOUS : d === from ? START_USABLE : START;
    prevHi = d + size - 1;
    cur = prevHi + 1;
  }
  return { ok: true, starts, causes, spreadFellBack: false };
}

function packBackward(input: SelectionInput, from: number | undefined, to: number): SelectionResult {
  const s = new Selector(input);
  const starts: number[] = [];
  const causes = new Uint8Array(input.sizes.length);
  let nextLo: number | undefined;
  let cur = to;
  for (let u = input.sizes.length - 1; u >= 0; u--) {
    const size = input.sizes[u]!;
    let hi = input.latest === undefined ? cur : Math.min(cur, input.latest[u]! + size - 1);
    const searchFrom = hi;
    for (;;) {
      const lo = hi - size + 1;
      if (from !== undefined && lo < from) {
        return { ok: false, kind: 'window', placedDays: placed(input.sizes, input.sizes.length) - placed(input.sizes, u + 1) };
      }
      if (lo < FIRST_PLAN_DAY) {
        return { ok: false, kind: 'limit', placedDays: placed(input.sizes, input.sizes.length) - placed(input.sizes, u + 1), limit: FIRST_PLAN_DAY };
      }
      if (input.maxGapDays !== undefined) {
        const fixed = s.fixedAfter(hi);
        const next = nextLo === undefined ? fixed : fixed === undefined ? nextLo : Math.min(nextLo, fixed);
        if (next !== undefined && next - hi > input.maxGapDays) {
          const done = placed(input.sizes, input.sizes.length) - placed(input.sizes, u + 1);
          return { ok: false, kind: 'max-gap', placedDays: done, after: next, next: undefined };
        }
      }
      if (from === undefined && searchFrom - hi > HORIZON_DAYS) {
        const done = placed(input.sizes, input.sizes.length) - placed(input.sizes, u + 1);
        return { ok: false, kind: 'horizon', placedDays: done, after: searchFrom };
      }
      if (s.fits(lo, size, undefined, nextLo)) break;
      hi--;
    }
    const lo = hi - size + 1;
    s.take(lo, size);
    starts.push(lo);
    // Held forward by an agreed session when, without it, the unit could have ended right before the end or the next unit.
    const agreed = input.agreed?.after[u] ?? Infinity;
    causes[u] = agreed <= (nextLo === undefined ? to : nextLo - 1) ? BEFORE_AGREED : nextLo === undefined ? END : BEFORE_NEXT;
    nextLo = lo;
    cur = lo - 1;
  }
  starts.reverse();
  return { ok: true, starts, causes, spreadFellBack: false };
}

/**
 * Spreads units evenly from `from` to `to`: unit i aims at an even share of
 * the period, takes the first usable day from there, and never goes past
 * the latest day that still leaves room for the rest (from packing
 * backwards). Falls back to packing when gaps would get too wide.
 */
function spread(input: SelectionInput, from: number, to: number): SelectionResult {
  const latest = packBackward(input, from, to);
  if (!latest.ok) {
    // No even spread (packed back from the end fails already): packed from the start, and said so.
    const packed = packForward(input, from, to);
    return packed.ok ? { ...packed, spreadFellBack: true } : packed;
  }
  const n = input.sizes.length;
  const lastSize = input.sizes[n - 1] ?? 1;
  const span = to - lastSize + 1 - from;
  const s = new Selector(input);
  const starts: number[] = [];
  const causes = new Uint8Array(n);
  let prevHi: number | undefined;
  for (let u = 0; u < n; u++) {
    const size = input.sizes[u]!;
    const target = n === 1 ? from : from + Math.round((u * span) / (n - 1));
    const after = prevHi === undefined ? from : prevHi + input.minGapDays;
    const lo = input.earliest === undefined ? after : Math.max(after, input.earliest[u]!);
    let hi = latest.starts[u]!;
    if (input.maxGapDays !== undefined) {
      const fixed = s.fixedBefore(Math.max(lo, target));
      const prev = prevHi === undefined ? fixed : fixed === undefined ? prevHi : Math.max(prevHi, fixed);
      if (prev !== undefined) hi = Math.min(hi, prev + input.maxGapDays);
    }
    let chosen: number | undefined;
    for (let d = Math.max(lo, target); d <= hi && chosen === undefined; d++) if (s.fits(d, size, prevHi, undefined)) chosen = d;
    // Nothing from the target on: take the usable day closest before it.
    for (let d = Math.min(target - 1, hi); d >= lo && chosen === undefined; d--) if (s.fits(d, size, prevHi, undefined)) chosen = d;
    if (chosen === undefined) {
      const packed = packForward(input, from, to);
      return packed.ok ? { ...packed, spreadFellBack: true } : packed;
    }
    s.take(chosen, size);
    starts.push(chosen);
    // An agreed session explains the day when it lies past the unit's target (and the previous unit),
    // or when the unit could not reach its target before an agreed session of a module requiring it.
    const agreedBefore = input.agreed?.before[u] ?? -Infinity;
    const agreedAfter = input.agreed?.after[u] ?? Infinity;
    causes[u] =
      agreedBefore >= Math.max(prevHi ?? from, target) ? AFTER_AGREED : agreedAfter <= target + size - 1 ? BEFORE_AGREED : SPREAD;
    prevHi = chosen + size - 1;
  }
  return { ok: true, starts, causes, spreadFellBack: false };
}

/**
 * Chooses the first day of each unit. Pack: earliest usable days from
 * `from` (earliest-first is optimal for gaps, weekly caps and blocks, so a
 * failure means the period really is too short). Backward: the same from
 * `to` towards the past. Spread: evenly over the period.
 */
export function selectDates(input: SelectionInput): SelectionResult {
  const result = select(input);
  return result.ok && input.agreed !== undefined ? { ...result, agreed: input.agreed } : result;
}

function select(input: SelectionInput): SelectionResult {
  const { from, to, distribution } = input;
  if (distribution === 'backward' || from === undefined) {
    if (to === undefined) return { ok: false, kind: 'window', placedDays: 0 };
    return packBackward(input, from, to);
  }
  if (distribution === 'spread' && to !== undefined) return spread(input, from, to);
  return packForward(input, from, to);
}
