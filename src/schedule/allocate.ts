import { CurriculaUsageError } from '../core/errors.js';

/**
 * The content of the planned days, flat: day `d` teaches the parts
 * `dayStart[d]` to `dayStart[d + 1] - 1`, part `p` being `minutes[p]`
 * minutes of the item at `item[p]` (an index into the allocation's items).
 * Typed arrays rather than an array of part objects per day: a long plan
 * has as many days as parts, and the planner keeps them all alive until
 * the sessions are built. The arrays may be longer than used.
 */
export interface DayContent {
  days: number;
  dayStart: Int32Array;
  item: Int32Array;
  minutes: Float64Array;
}

/**
 * The modules to allocate, in teaching order, as one list per property
 * (item `i` is index `i` of each); internal to the planner. Lists rather
 * than an object per module: the planner has most of them already.
 */
export interface AllocationItems {
  /** Minutes to place. */
  minutes: ArrayLike<number>;
  /** Most minutes of an item in one day (≤ the day's capacity). */
  cap: ArrayLike<number>;
  /** 1 when an item starts on a fresh day (modules that say how many sessions they take). */
  fresh: ArrayLike<number>;
  /** Indices of items (earlier in the list) that must be finished first. */
  before: readonly (readonly number[])[];
  /**
   * Shared caps: `groups[i]` lists the groups item i belongs to (absent or
   * empty: none), and a day gives all items of group g together at most
   * `groupCap[g]` minutes (a parent module's `maxPerSession`).
   */
  groups?: readonly (readonly number[] | undefined)[] | undefined;
  groupCap?: ArrayLike<number> | undefined;
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
 * With `lengths`, day `d` holds at most `lengths[d]` minutes (and days past
 * the list the capacity): a plan for a recognition gives its days the
 * lengths the profile's rules ask for. A shortened day that cannot take the
 * next module whole (without splitting) holds it at full capacity.
 *
 * Linear in days plus modules: each day touches the modules it serves and
 * the few started ones waiting for it.
 */
export function allocate(items: AllocationItems, capacity: number, split: boolean, lengths?: ArrayLike<number>): DayContent {
  const count = items.minutes.length;
  const remaining = new Float64Array(count);
  for (let i = 0; i < count; i++) remaining[i] = items.minutes[i]!;
  const finished = new Uint8Array(count);
  for (let i = 0; i < count; i++) if (remaining[i] === 0) finished[i] = 1;
  // Room for a part per item to begin with (the usual plan), grown by doubling.
  let room = Math.max(16, count + 1);
  let partItem = new Int32Array(room);
  let partMinutes = new Float64Array(room);
  let dayStart = new Int32Array(room + 1);
  let parts = 0;
  let days = 0;
  const addPart = (i: number, give: number): void => {
    if (parts === room) {
      room *= 2;
      partItem = grown(partItem, new Int32Array(room));
      partMinutes = grown(partMinutes, new Float64Array(room));
      dayStart = grown(dayStart, new Int32Array(room + 1));
    }
    partItem[parts] = i;
    partMinutes[parts] = give;
    parts++;
  };
  // Started modules waiting for the next day; two lists swapped each day instead of a new one per day.
  let active: number[] = [];
  let still: number[] = [];
  let next = 0;
  // A loop, not every(): a callback per module would be garbage a long plan pays for.
  const groups = items.groups;
  const groupCap = items.groupCap;
  const groupUsed = groups !== undefined && groupCap !== undefined ? new Float64Array(groupCap.length) : undefined;
  const touched: number[] = [];
  // At most `want` minutes, and no more than the item's groups have left today.
  const roomFor = (i: number, want: number): number => {
    const gs = groupUsed === undefined ? undefined : groups![i];
    if (gs === undefined) return want;
    let r = want;
    for (const g of gs) r = Math.min(r, groupCap![g]! - groupUsed![g]!);
    return r;
  };
  const use = (i: number, give: number): void => {
    const gs = groupUsed === undefined ? undefined : groups![i];
    if (gs === undefined) return;
    for (const g of gs) {
      if (groupUsed![g] === 0) touched.push(g);
      groupUsed![g]! += give;
    }
  };
  const ready = (i: number): boolean => {
    const before = items.before[i]!;
    for (let k = 0; k < before.length; k++) if (finished[before[k]!] !== 1) return false;
    return true;
  };
  for (;;) {
    while (next < count && finished[next] === 1) next++;
    if (next >= count && active.length === 0) break;
    // Days of their own length (a plan for a recognition), else the capacity; days past the list are full.
    let left = lengths !== undefined && days < lengths.length ? Math.min(capacity, lengths[days]!) : capacity;
    const first = parts;
    still.length = 0;
    if (groupUsed !== undefined) {
      for (const g of touched) groupUsed[g] = 0;
      touched.length = 0;
    }
    for (const i of active) {
      const give = left > 0 ? roomFor(i, Math.min(left, items.cap[i]!, remaining[i]!)) : 0;
      if (give > 0) {
        addPart(i, give);
        use(i, give);
        left -= give;
        remaining[i]! -= give;
      }
      if (remaining[i]! > 0) still.push(i);
      else finished[i] = 1;
    }
    while (left > 0 && next < count) {
      const i = next;
      if (finished[i] === 1) {
        next++;
        continue;
      }
      if (!ready(i)) break;
      if (items.fresh[i] === 1 && parts > first) break;
      if (!split && remaining[i]! > roomFor(i, left)) {
        // A day shortened by its length that cannot take the next module whole holds it at full capacity instead.
        if (parts === first && left < capacity) {
          left = capacity;
          continue;
        }
        break;
      }
      const give = roomFor(i, Math.min(left, items.cap[i]!, remaining[i]!));
      // Its enclosing module has given all it may today: it starts tomorrow, and so do the modules after it.
      if (give <= 0) break;
      addPart(i, give);
      use(i, give);
      left -= give;
      remaining[i]! -= give;
      next++;
      if (remaining[i]! > 0) still.push(i);
      else finished[i] = 1;
    }
    const served = active;
    active = still;
    still = served;
    // A day without parts means the next module can never start (a cycle
    // or a module larger than a day without splitting); callers check both
    // before allocating, so this only guards against an endless loop.
    if (parts === first) throw new CurriculaUsageError('allocate: a module can never start (cycle or oversized module not checked first)');
    // Days never outnumber parts, so dayStart (one longer than the part arrays) has room.
    dayStart[++days] = parts;
  }
  return { days, dayStart, item: partItem, minutes: partMinutes };
}

function grown<T extends Int32Array | Float64Array>(old: T, fresh: T): T {
  fresh.set(old);
  return fresh;
}
