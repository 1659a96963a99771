import { CurriculaUsageError } from '../core/errors.js';

/** One module's share of a day: minutes of the item at `item` (an index into the allocation's items). */
export interface DayPart {
  item: number;
  minutes: number;
}

/** A module to allocate, in teaching order; internal to the planner. */
export interface AllocationItem {
  minutes: number;
  /** Most minutes of it in one day (≤ the day's capacity). */
  cap: number;
  /** Starts on a fresh day (modules that say how many sessions they take). */
  fresh: boolean;
  /** Indices of items (earlier in the list) that must be finished first. */
  before: readonly number[];
}

/**
 * Fills days of `capacity` minutes with modules in order, like an organiser
 * filling a timetable: modules already started continue first (each up to
 * its cap), then new modules start while time is left and everything they
 * require is finished, possibly earlier the same day. With `split` false a
 * module is taught within one day and starts on a new day when the rest of
 * the current day is too short. No dates are involved: every planned day
 * has the same capacity, so the plan's content is fixed before any date is
 * chosen and the number of days needed is known up front.
 *
 * Linear in days plus modules: each day touches the modules it serves and
 * the few started ones waiting for it.
 */
export function allocate(items: readonly AllocationItem[], capacity: number, split: boolean): DayPart[][] {
  const remaining = items.map((i) => i.minutes);
  const finished = items.map((i) => i.minutes === 0);
  const days: DayPart[][] = [];
  let active: number[] = [];
  let next = 0;
  const ready = (i: number): boolean => items[i]!.before.every((j) => finished[j]);
  for (;;) {
    while (next < items.length && finished[next]) next++;
    if (next >= items.length && active.length === 0) break;
    let left = capacity;
    const parts: DayPart[] = [];
    const still: number[] = [];
    for (const i of active) {
      if (left > 0) {
        const give = Math.min(left, items[i]!.cap, remaining[i]!);
        parts.push({ item: i, minutes: give });
        left -= give;
        remaining[i]! -= give;
      }
      if (remaining[i]! > 0) still.push(i);
      else finished[i] = true;
    }
    while (left > 0 && next < items.length) {
      const i = next;
      if (finished[i]) {
        next++;
        continue;
      }
      const item = items[i]!;
      if (!ready(i)) break;
      if (item.fresh && parts.length > 0) break;
      if (!split && remaining[i]! > left) break;
      const give = Math.min(left, item.cap, remaining[i]!);
      parts.push({ item: i, minutes: give });
      left -= give;
      remaining[i]! -= give;
      next++;
      if (remaining[i]! > 0) still.push(i);
      else finished[i] = true;
    }
    active = still;
    // A day without parts means the next module can never start (a cycle
    // or a module larger than a day without splitting); callers check both
    // before allocating, so this only guards against an endless loop.
    if (parts.length === 0) throw new CurriculaUsageError('allocate: a module can never start (cycle or oversized module not checked first)');
    days.push(parts);
  }
  return days;
}
