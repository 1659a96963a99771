import type { ModuleNode } from '../model/module-tree.js';
import type { Offering } from '../model/offering.js';
import type { Session } from '../model/session.js';
import { teachingMinutesOf, timeWindowOf, type TimeWindow } from '../model/time-window.js';
import { amountMinutes } from '../model/amount-minutes.js';
import { TeachingClock } from '../calendar/index.js';

/**
 * Minutes a session gives a module: `num / den` exactly. Plain module ids
 * share what `{ module, hours }` entries leave, so `den` is how many share.
 */
export interface Share {
  num: number;
  den: number;
}

/**
 * One `modules` entry of a session, with the time it gets when known and
 * the module it names, looked up once for every rule. Its pointer is
 * spelt out only when a rule reports at it: an offering of 100,000
 * sessions would otherwise build 100,000 strings no one reads.
 */
export class Allocation {
  constructor(
    readonly moduleId: string,
    /** The module in the program's tree, or undefined when the program has none of that id (or there is no program). */
    readonly entry: ModuleNode | undefined,
    /** The minutes as `num / den`: `num` is NaN when the session's teaching time (or the entry's hours) is unknown. */
    readonly num: number,
    readonly den: number,
    /** The session is still to be agreed: planned, but its time is not yet certain. */
    readonly pending: boolean,
    private readonly session: number,
    private readonly position: number,
  ) {}

  /** Document order of the entry among all sessions' entries. */
  get order(): number {
    return this.session * 65_536 + this.position;
  }

  /** Whether the time this entry gets is known. */
  get known(): boolean {
    return !Number.isNaN(this.num);
  }

  /** The minutes, or undefined when unknown (a new object each time: read `num` and `den` in loops). */
  get minutes(): Share | undefined {
    return this.known ? { num: this.num, den: this.den } : undefined;
  }

  get pointer(): string {
    return `/sessions/${this.session}/modules/${this.position}`;
  }
}

/** A break of a session, with its place in the document. */
interface SessionBreak {
  window: TimeWindow;
  pointer: string;
}

/** A session with its parsed times; internal to the validator. */
export interface SessionInfo {
  readonly session: Session;
  readonly index: number;
  /** `/sessions/<index>`, spelt out when read. */
  readonly pointer: string;
  /** Days since 1970-01-01, when the session has a valid date. */
  readonly day: number | undefined;
  readonly window: TimeWindow | undefined;
  readonly breaks: readonly SessionBreak[];
  /**
   * Window minus breaks in real elapsed minutes (a session across a clock
   * change holds more or less than its wall-clock figure); undefined
   * without a usable window.
   */
  readonly teaching: number | undefined;
  /** The wall-clock and the real figure, when the clocks change during the session. */
  readonly clockChange: { wall: number; real: number } | undefined;
  /** Minutes claimed by `{ module, hours }` entries. */
  readonly explicitMinutes: number;
  readonly allocations: readonly Allocation[];
}

class Info implements SessionInfo {
  constructor(
    readonly session: Session,
    readonly index: number,
    readonly day: number | undefined,
    readonly window: TimeWindow | undefined,
    readonly breaks: readonly SessionBreak[],
    readonly teaching: number | undefined,
    readonly clockChange: { wall: number; real: number } | undefined,
    readonly explicitMinutes: number,
    readonly allocations: readonly Allocation[],
  ) {}

  get pointer(): string {
    return `/sessions/${this.index}`;
  }
}

const NO_BREAKS: readonly SessionBreak[] = Object.freeze([]);
const NO_ALLOCATIONS: readonly Allocation[] = Object.freeze([]);

/**
 * Days since the epoch of a YYYY-MM-DD date; undefined for anything else.
 * Read by character codes: it runs for every session of every offering.
 *
 * @example
 * ```ts
 * dayNumber('1970-01-02'); // 1
 * dayNumber('2027-13-01'); // undefined
 * ```
 */
export function dayNumber(date: string | undefined): number | undefined {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return undefined;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = date.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    year = year * 10 + d;
  }
  const m1 = date.charCodeAt(5) - 48;
  const m2 = date.charCodeAt(6) - 48;
  const d1 = date.charCodeAt(8) - 48;
  const d2 = date.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return undefined;
  const t = Date.UTC(year, m1 * 10 + m2 - 1, d1 * 10 + d2);
  // Date.UTC takes years 0–99 as 1900–1999; a four-digit year below 100 is set exactly.
  const exact = year < 100 ? new Date(t).setUTCFullYear(year) : t;
  return Number.isFinite(exact) ? Math.round(exact / 86_400_000) : undefined;
}

/**
 * Parsed sessions of an offering (in a validation, once per offering: see
 * offeringViews). `moduleOf` resolves the module ids the sessions name, so
 * that each rule need not look them up again.
 */
export function analyzeSessions(offering: Offering, moduleOf: (id: string) => ModuleNode | undefined = () => undefined): SessionInfo[] {
  const sessions = Array.isArray(offering.sessions) ? offering.sessions : [];
  const out: SessionInfo[] = new Array(sessions.length);
  const clock = new TeachingClock(offering.timeZone);
  const days = new LastDay();
  for (let i = 0; i < sessions.length; i++) out[i] = analyzeSession(sessions[i]!, i, offering, moduleOf, clock, days);
  return out;
}

/** {@link dayNumber} of the last date asked: sessions come a few to a day, in order. */
class LastDay {
  private date: unknown = undefined;
  private day: number | undefined = undefined;

  of(date: string | undefined): number | undefined {
    if (date !== this.date) {
      this.day = dayNumber(date);
      this.date = date;
    }
    return this.day;
  }
}

const NO_WINDOWS: readonly TimeWindow[] = Object.freeze([]);

function analyzeSession(
  session: Session,
  index: number,
  offering: Offering,
  moduleOf: (id: string) => ModuleNode | undefined,
  clock: TeachingClock,
  days: LastDay,
): SessionInfo {
  const window = typeof session.time === 'string' ? timeWindowOf(session.time) : undefined;
  let breaks = NO_BREAKS;
  const breakTexts = session.breaks;
  if (Array.isArray(breakTexts) && breakTexts.length > 0) {
    const list: SessionBreak[] = [];
    breakTexts.forEach((text, i) => {
      const b = typeof text === 'string' ? timeWindowOf(text) : undefined;
      if (b && b.end > b.start) list.push({ window: b, pointer: `/sessions/${index}/breaks/${i}` });
    });
    if (list.length > 0) breaks = list;
  }
  const usable = window !== undefined && window.end > window.start ? window : undefined;
  // Real elapsed time: 01:00-04:00 on the night the clocks go forward holds two hours, not three.
  let teaching: number | undefined;
  let clockChange: { wall: number; real: number } | undefined;
  if (usable !== undefined) {
    const windows = breaks === NO_BREAKS ? NO_WINDOWS : breaks.map((b) => b.window);
    const wall = teachingMinutesOf(usable, windows);
    teaching = wall;
    if (typeof session.date === 'string') {
      const real = clock.real(session.date, usable, windows, wall);
      teaching = real;
      if (real !== wall) clockChange = { wall, real };
    }
  }

  const entries = Array.isArray(session.modules) ? session.modules : [];
  let explicitMinutes = 0;
  let explicitUnknown = false;
  let plain = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (typeof entry === 'string') plain++;
    else {
      const minutes = amountMinutes(entry.hours, offering.unit);
      if (minutes !== undefined) explicitMinutes += minutes;
      else explicitUnknown = true;
    }
  }
  const rest = teaching === undefined || explicitUnknown ? undefined : Math.max(0, teaching - explicitMinutes);
  const pending = session.status === 'to-be-agreed';
  let allocations = NO_ALLOCATIONS;
  if (entries.length > 0) {
    const list: Allocation[] = new Array(entries.length);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (typeof entry === 'string') {
        list[i] = new Allocation(entry, moduleOf(entry), rest ?? Number.NaN, plain, pending, index, i);
      } else {
        const minutes = amountMinutes(entry.hours, offering.unit);
        list[i] = new Allocation(entry.module, moduleOf(entry.module), minutes ?? Number.NaN, 1, pending, index, i);
      }
    }
    allocations = list;
  }
  return new Info(session, index, days.of(session.date), window, breaks, teaching, clockChange, explicitMinutes, allocations);
}

/**
 * An exact sum of shares. Denominators are small (how many modules share a
 * session), so numerators are kept per denominator and compared exactly
 * with BigInt: a shortfall is never reported because of rounding.
 */
export class ShareSum {
  // Made on the first share: the coverage check makes several sums per module, most of them left empty.
  private parts: Map<number, number> | undefined;

  add(num: number, den: number): void {
    if (den <= 0 || num === 0) return;
    const parts = (this.parts ??= new Map());
    parts.set(den, (parts.get(den) ?? 0) + num);
  }

  /** Adds every share of another sum. */
  addAll(other: ShareSum): void {
    if (other.parts === undefined) return;
    for (const [den, num] of other.parts) this.add(num, den);
  }

  /** -1, 0 or 1 as the sum is below, equal to or above `minutes`. */
  compare(minutes: number): number {
    const parts = this.parts;
    // One denominator (one module per session, the usual case): exact in numbers, no BigInt needed.
    if (parts === undefined || parts.size <= 1) {
      let num = 0;
      let den = 1;
      if (parts !== undefined) {
        for (const [d, n] of parts) {
          num = n;
          den = d;
        }
      }
      const target = minutes * den;
      if (Number.isSafeInteger(num) && Number.isSafeInteger(target)) return num < target ? -1 : num > target ? 1 : 0;
    }
    let lcm = 1n;
    let total = 0n;
    if (parts !== undefined) {
      for (const den of parts.keys()) lcm = (lcm / gcd(lcm, BigInt(den))) * BigInt(den);
      for (const [den, num] of parts) total += BigInt(num) * (lcm / BigInt(den));
    }
    const target = BigInt(minutes) * lcm;
    return total < target ? -1 : total > target ? 1 : 0;
  }

  /** The sum rounded down to whole minutes, for messages only. */
  floor(): number {
    let sum = 0;
    if (this.parts !== undefined) for (const [den, num] of this.parts) sum += num / den;
    return Math.floor(sum + 1e-9);
  }

  get empty(): boolean {
    return this.parts === undefined || this.parts.size === 0;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}
