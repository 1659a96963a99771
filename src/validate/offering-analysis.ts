import type { Offering } from '../model/offering.js';
import type { Session } from '../model/session.js';
import { parseTimeWindow, windowTeachingMinutes, type TimeWindow } from '../model/time-window.js';
import { amountMinutes } from '../model/amount-minutes.js';
import { elapsedTeachingMinutes } from '../calendar/index.js';

/**
 * Minutes a session gives a module: `num / den` exactly. Plain module ids
 * share what `{ module, hours }` entries leave, so `den` is how many share.
 */
export interface Share {
  num: number;
  den: number;
}

/** One `modules` entry of a session, with the time it gets when known. */
export interface Allocation {
  moduleId: string;
  pointer: string;
  /** undefined when the session's teaching time (or the entry's hours) is unknown. */
  minutes: Share | undefined;
  /** The session is still to be agreed: planned, but its time is not yet certain. */
  pending: boolean;
  /** Document order of the entry among all sessions' entries. */
  order: number;
}

/** A session with its parsed times; internal to the validator. */
export interface SessionInfo {
  session: Session;
  index: number;
  pointer: string;
  /** Days since 1970-01-01, when the session has a valid date. */
  day: number | undefined;
  window: TimeWindow | undefined;
  breaks: { window: TimeWindow; pointer: string }[];
  /**
   * Window minus breaks in real elapsed minutes (a session across a clock
   * change holds more or less than its wall-clock figure); undefined
   * without a usable window.
   */
  teaching: number | undefined;
  /** The wall-clock and the real figure, when the clocks change during the session. */
  clockChange: { wall: number; real: number } | undefined;
  /** Minutes claimed by `{ module, hours }` entries. */
  explicitMinutes: number;
  allocations: Allocation[];
}

/** Days since the epoch of a YYYY-MM-DD date; undefined for anything else. */
export function dayNumber(date: string | undefined): number | undefined {
  if (typeof date !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.round(t / 86_400_000) : undefined;
}

/** Parsed sessions of an offering (in a validation, once per offering: see offeringViews). */
export function analyzeSessions(offering: Offering): SessionInfo[] {
  return (Array.isArray(offering.sessions) ? offering.sessions : []).map((session, index) => analyzeSession(session, index, offering));
}

function analyzeSession(session: Session, index: number, offering: Offering): SessionInfo {
  const pointer = `/sessions/${index}`;
  const window = typeof session.time === 'string' ? parseTimeWindow(session.time) : undefined;
  const breaks: SessionInfo['breaks'] = [];
  (session.breaks ?? []).forEach((text, i) => {
    const b = typeof text === 'string' ? parseTimeWindow(text) : undefined;
    if (b && b.end > b.start) breaks.push({ window: b, pointer: `${pointer}/breaks/${i}` });
  });
  const usable = window !== undefined && window.end > window.start ? window : undefined;
  // Real elapsed time: 01:00-04:00 on the night the clocks go forward holds two hours, not three.
  const elapsed =
    usable === undefined
      ? undefined
      : typeof session.date === 'string'
        ? elapsedTeachingMinutes(session.date, usable, breaks.map((b) => b.window), offering.timeZone)
        : { wall: windowTeachingMinutes(usable, breaks.map((b) => b.window)), real: undefined };
  const teaching = elapsed === undefined ? undefined : (elapsed.real ?? elapsed.wall);
  const clockChange = elapsed !== undefined && elapsed.real !== undefined && elapsed.real !== elapsed.wall ? { wall: elapsed.wall, real: elapsed.real } : undefined;

  const entries = Array.isArray(session.modules) ? session.modules : [];
  let explicitMinutes = 0;
  let explicitUnknown = false;
  let plain = 0;
  for (const entry of entries) {
    if (typeof entry === 'string') plain++;
    else {
      const minutes = amountMinutes(entry.hours, offering.unit);
      if (minutes !== undefined) explicitMinutes += minutes;
      else explicitUnknown = true;
    }
  }
  const rest = teaching === undefined || explicitUnknown ? undefined : Math.max(0, teaching - explicitMinutes);
  const pending = session.status === 'to-be-agreed';
  const allocations: Allocation[] = entries.map((entry, i) => {
    const entryPointer = `${pointer}/modules/${i}`;
    if (typeof entry === 'string') {
      return { moduleId: entry, pointer: entryPointer, minutes: rest === undefined ? undefined : { num: rest, den: plain }, pending, order: index * 65_536 + i };
    }
    const minutes = amountMinutes(entry.hours, offering.unit);
    return { moduleId: entry.module, pointer: entryPointer, minutes: minutes !== undefined ? { num: minutes, den: 1 } : undefined, pending, order: index * 65_536 + i };
  });
  return {
    session,
    index,
    pointer,
    day: dayNumber(session.date),
    window,
    breaks,
    teaching,
    clockChange,
    explicitMinutes,
    allocations,
  };
}

/**
 * An exact sum of shares. Denominators are small (how many modules share a
 * session), so numerators are kept per denominator and compared exactly
 * with BigInt: a shortfall is never reported because of rounding.
 */
export class ShareSum {
  private readonly parts = new Map<number, number>();

  add(share: Share): void {
    if (share.den <= 0 || share.num === 0) return;
    this.parts.set(share.den, (this.parts.get(share.den) ?? 0) + share.num);
  }

  /** Adds every share of another sum. */
  addAll(other: ShareSum): void {
    for (const [den, num] of other.parts) this.add({ num, den });
  }

  /** -1, 0 or 1 as the sum is below, equal to or above `minutes`. */
  compare(minutes: number): number {
    let lcm = 1n;
    for (const den of this.parts.keys()) lcm = (lcm / gcd(lcm, BigInt(den))) * BigInt(den);
    let total = 0n;
    for (const [den, num] of this.parts) total += BigInt(num) * (lcm / BigInt(den));
    const target = BigInt(minutes) * lcm;
    return total < target ? -1 : total > target ? 1 : 0;
  }

  /** The sum rounded down to whole minutes, for messages only. */
  floor(): number {
    let sum = 0;
    for (const [den, num] of this.parts) sum += num / den;
    return Math.floor(sum + 1e-9);
  }

  get empty(): boolean {
    return this.parts.size === 0;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}
