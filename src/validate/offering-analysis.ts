import type { ModuleNode, ModuleTree } from '../model/module-tree.js';
import type { Offering } from '../model/offering.js';
import type { Session } from '../model/session.js';
import { teachingMinutesOf, timeWindowOf, type TimeWindow } from '../model/time-window.js';
import { amountMinutes } from '../model/amount-minutes.js';
import { TeachingClock } from '../calendar/index.js';

/**
 * The `modules` entries of all sessions of an offering (Zuordnungen), as
 * parallel columns: entry `a` is the `a`-th of the whole offering in
 * document order, and session `i`'s entries are `first[i]` up to
 * `first[i + 1]`. Columns rather than one object per entry: an offering of
 * 100,000 sessions made 100,000 objects and as many one-element arrays,
 * which every young-generation collection copied; typed arrays of that
 * size live outside the heap and are never copied.
 *
 * An entry's minutes are `num / den` exactly: plain module ids share what
 * `{ module, hours }` entries leave, so `den` is how many share; `num` is
 * NaN when the session's teaching time (or the entry's hours) is unknown.
 */
export class Allocations {
  /** Where each session's entries start, one more than there are sessions. */
  readonly first: Int32Array;
  /** The session of each entry (its index in `offering.sessions`). */
  readonly session: Int32Array;
  readonly num: Float64Array;
  readonly den: Int32Array;
  /** The module's document order in the program's tree, or -1 when it has none of that id. */
  private readonly module: Int32Array;
  /** 1 when the session is still to be agreed: planned, but its time is not yet certain. */
  private readonly waiting: Uint8Array;

  constructor(
    sessions: number,
    entries: number,
    private readonly modules: readonly ModuleNode[],
  ) {
    this.first = new Int32Array(sessions + 1);
    this.session = new Int32Array(entries);
    this.num = new Float64Array(entries);
    this.den = new Int32Array(entries);
    this.module = new Int32Array(entries);
    this.waiting = new Uint8Array(entries);
  }

  /** How many entries all sessions have. */
  get length(): number {
    return this.session.length;
  }

  /** Records entry `a` (see analyzeSession). */
  set(a: number, session: number, module: ModuleNode | undefined, num: number, den: number, pending: boolean): void {
    this.session[a] = session;
    this.module[a] = module === undefined ? -1 : module.order;
    this.num[a] = num;
    this.den[a] = den;
    this.waiting[a] = pending ? 1 : 0;
  }

  /** The module entry `a` names, in the program's tree; undefined when the program has none of that id (or there is no program). */
  entry(a: number): ModuleNode | undefined {
    const order = this.module[a]!;
    return order < 0 ? undefined : this.modules[order];
  }

  /** The document order of that module ({@link ModuleNode.order}), or -1 when there is none. */
  moduleOrder(a: number): number {
    return this.module[a]!;
  }

  /** Whether the time entry `a` gets is known. */
  known(a: number): boolean {
    return !Number.isNaN(this.num[a]!);
  }

  /** Whether entry `a`'s session is still to be agreed. */
  pending(a: number): boolean {
    return this.waiting[a] === 1;
  }

  /** Entry `a`'s place, spelt out only when a rule reports at it. */
  pointer(a: number): string {
    const session = this.session[a]!;
    return `/sessions/${session}/modules/${a - this.first[session]!}`;
  }
}

/** A break of a session, with its place in the document. */
interface SessionBreak {
  window: TimeWindow;
  pointer: string;
}

/** A session with its parsed times; internal to the validator. Its `modules` entries are in {@link Allocations}. */
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
}

/** What few sessions have: breaks, a clock change, `{ module, hours }` entries. */
interface SessionDetail {
  readonly breaks: readonly SessionBreak[];
  readonly clockChange: { wall: number; real: number } | undefined;
  readonly explicitMinutes: number;
}

// Five fields and a detail most sessions lack, instead of nine: an offering of 100,000 sessions
// keeps one of these per session through the whole validation, and every young collection copies them.
class Info implements SessionInfo {
  constructor(
    readonly session: Session,
    readonly index: number,
    readonly day: number | undefined,
    readonly window: TimeWindow | undefined,
    readonly teaching: number | undefined,
    private readonly detail: SessionDetail | undefined,
  ) {}

  get breaks(): readonly SessionBreak[] {
    return this.detail === undefined ? NO_BREAKS : this.detail.breaks;
  }

  get clockChange(): { wall: number; real: number } | undefined {
    return this.detail?.clockChange;
  }

  get explicitMinutes(): number {
    return this.detail === undefined ? 0 : this.detail.explicitMinutes;
  }

  get pointer(): string {
    return `/sessions/${this.index}`;
  }
}

const NO_BREAKS: readonly SessionBreak[] = Object.freeze([]);

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

/** The sessions of an offering, parsed once for every rule, and their `modules` entries. */
export interface SessionAnalysis {
  sessions: SessionInfo[];
  allocations: Allocations;
}

/** The module tree's part the analysis reads: modules by id, and in document order. */
type Modules = Pick<ModuleTree, 'modules' | 'byId'>;

const NO_MODULES: Modules = { modules: [], byId: new Map() };

/**
 * Parsed sessions of an offering (in a validation, once per offering: see
 * offeringViews). The program's `tree` resolves the module ids the
 * sessions name, so that each rule need not look them up again.
 */
export function analyzeSessions(offering: Offering, tree: Modules = NO_MODULES): SessionAnalysis {
  const sessions = Array.isArray(offering.sessions) ? offering.sessions : [];
  let entries = 0;
  for (let i = 0; i < sessions.length; i++) {
    const modules = sessions[i]!.modules;
    if (Array.isArray(modules)) entries += modules.length;
  }
  const allocations = new Allocations(sessions.length, entries, tree.modules);
  const out: SessionInfo[] = new Array(sessions.length);
  const clock = new TeachingClock(offering.timeZone);
  const days = new LastDay();
  const named = new LastModule(tree.byId);
  let next = 0;
  for (let i = 0; i < sessions.length; i++) {
    allocations.first[i] = next;
    out[i] = analyzeSession(sessions[i]!, i, offering, named, clock, days, allocations, next);
    const modules = sessions[i]!.modules;
    if (Array.isArray(modules)) next += modules.length;
  }
  allocations.first[sessions.length] = next;
  return { sessions: out, allocations };
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

/** The module of the last id asked: sessions of one module come in a row. */
class LastModule {
  private id: unknown = undefined;
  private node: ModuleNode | undefined = undefined;

  constructor(private readonly byId: ReadonlyMap<string, ModuleNode>) {}

  of(id: string): ModuleNode | undefined {
    if (id !== this.id) {
      this.node = this.byId.get(id);
      this.id = id;
    }
    return this.node;
  }
}

const NO_WINDOWS: readonly TimeWindow[] = Object.freeze([]);

/** Parses session `index`, and records its `modules` entries as `allocations` from `at` on. */
function analyzeSession(
  session: Session,
  index: number,
  offering: Offering,
  modules: LastModule,
  clock: TeachingClock,
  days: LastDay,
  allocations: Allocations,
  at: number,
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
  const rest = teaching === undefined || explicitUnknown ? Number.NaN : Math.max(0, teaching - explicitMinutes);
  const pending = session.status === 'to-be-agreed';
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (typeof entry === 'string') allocations.set(at + i, index, modules.of(entry), rest, plain, pending);
    else allocations.set(at + i, index, modules.of(entry.module), amountMinutes(entry.hours, offering.unit) ?? Number.NaN, 1, pending);
  }
  const detail = breaks === NO_BREAKS && clockChange === undefined && explicitMinutes === 0 ? undefined : { breaks, clockChange, explicitMinutes };
  return new Info(session, index, days.of(session.date), window, teaching, detail);
}

/**
 * An exact sum of shares. Denominators are small (how many modules share a
 * session), so numerators are kept per denominator and compared exactly
 * with BigInt: a shortfall is never reported because of rounding.
 */
export class ShareSum {
  // The first denominator is kept in two numbers and the rest in a map made on first use: the
  // coverage check makes two sums per module, and a module's sessions almost always share one
  // denominator. Together they hold the denominators in the order they were first added.
  private firstDen = 0;
  private firstNum = 0;
  private parts: Map<number, number> | undefined;

  add(num: number, den: number): void {
    if (den <= 0 || num === 0) return;
    if (this.firstDen === 0 || this.firstDen === den) {
      this.firstDen = den;
      this.firstNum += num;
      return;
    }
    const parts = (this.parts ??= new Map());
    parts.set(den, (parts.get(den) ?? 0) + num);
  }

  /** Adds every share of another sum. */
  addAll(other: ShareSum): void {
    if (other.firstDen === 0) return;
    this.add(other.firstNum, other.firstDen);
    if (other.parts !== undefined) for (const [den, num] of other.parts) this.add(num, den);
  }

  /** -1, 0 or 1 as the sum is below, equal to or above `minutes`. */
  compare(minutes: number): number {
    const parts = this.parts;
    // One denominator (one module per session, the usual case): exact in numbers, no BigInt needed.
    if (parts === undefined) {
      const num = this.firstNum;
      const den = this.firstDen === 0 ? 1 : this.firstDen;
      const target = minutes * den;
      if (Number.isSafeInteger(num) && Number.isSafeInteger(target)) return num < target ? -1 : num > target ? 1 : 0;
    }
    let lcm = 1n;
    let total = 0n;
    if (this.firstDen !== 0) {
      lcm = BigInt(this.firstDen);
      if (parts !== undefined) for (const den of parts.keys()) lcm = (lcm / gcd(lcm, BigInt(den))) * BigInt(den);
      total = BigInt(this.firstNum) * (lcm / BigInt(this.firstDen));
      if (parts !== undefined) for (const [den, num] of parts) total += BigInt(num) * (lcm / BigInt(den));
    }
    const target = BigInt(minutes) * lcm;
    return total < target ? -1 : total > target ? 1 : 0;
  }

  /** The sum rounded down to whole minutes, for messages only. */
  floor(): number {
    let sum = 0;
    if (this.firstDen !== 0) sum += this.firstNum / this.firstDen;
    if (this.parts !== undefined) for (const [den, num] of this.parts) sum += num / den;
    return Math.floor(sum + 1e-9);
  }

  get empty(): boolean {
    return this.firstDen === 0;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}
