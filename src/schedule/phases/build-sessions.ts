import type { Diagnostic } from '../../core/diagnostic.js';
import { defaultOfferingId } from '../offering-id.js';
import { fromDayNumber, toDayNumber } from '../../calendar/calendar-day.js';
import { finding } from '../../messages/finding.js';
import type { Offering } from '../../model/offering.js';
import type { Program } from '../../model/program.js';
import type { Session, SessionModule } from '../../model/session.js';
import type { DayContent } from '../allocate.js';
import { exactAmount } from '../amount-text.js';
import type { DateDecisions } from '../date-decisions.js';
import { passed, planDiagnostic, stopped, type PhaseResult } from '../phase.js';
import type { PlannerContext } from '../planner-context.js';
import { layoutDay } from '../session-time.js';

/** What {@link buildSessions} reads. */
export interface BuildSessionsInput {
  program: Program;
  ctx: PlannerContext;
  content: DayContent;
  dates: DateDecisions;
  /** Added to the offering's id (given or default) with a hyphen: the track, when each track is planned as an offering of its own. */
  idSuffix?: string | undefined;
}

/** The planned offering, and what its explanation needs to know of how its sessions were put together. */
export interface BuiltPlan {
  offering: Offering;
  /**
   * The agreed sessions in date order (undated ones last, given order among equals): their days
   * (Infinity: undated) and what the explanation says of them, taken now, since they are in the
   * offering the caller may change before the explanation is read.
   */
  agreed: { readonly days: readonly number[]; readonly entries: readonly (AgreedEntry | undefined)[] };
  /**
   * The number of sessions that take place (scheduled; agreed sessions that are cancelled or still to be
   * agreed do not count, as their time does not), taken now: the caller may change the offering before
   * the explanation is read.
   */
  sessionCount: number;
  /** The offering's id, taken now (the explanation names it when it is the default). */
  offeringId: string;
  /** The ids the planned sessions got, in date order: the same sequence on every call. */
  ids: () => () => string;
}

/** An agreed session as the explanation names it; undefined for one without a date. */
interface AgreedEntry {
  date: string;
  id: string | undefined;
  modules: string[];
  cancelled: boolean;
}

// "s", "s0", "s00", …: an id is then one concatenation, not a padded copy and a concatenation.
const ID_PREFIXES: readonly string[] = Array.from({ length: 17 }, (_, k) => `s${'0'.repeat(k)}`);

function sessionId(n: number, width: number): string {
  const digits = String(n);
  const pad = width - digits.length;
  return pad <= 0 ? `s${digits}` : pad < ID_PREFIXES.length ? ID_PREFIXES[pad]! + digits : `s${digits.padStart(width, '0')}`;
}

/** Session ids `s01`, `s02`, … of `width` digits, skipping `used`; the same sequence on every call. */
function idSequence(width: number, used: ReadonlySet<string>): () => string {
  let counter = 0;
  return () => {
    let id: string;
    do id = sessionId(++counter, width);
    while (used.has(id));
    return id;
  };
}

/**
 * Phase 8, build sessions: turns the dated days into sessions (the day's
 * window laid out from its start, ending early on a short day; ids `s01`,
 * `s02`, … in date order, skipping ids agreed sessions use; agreed sessions
 * without an id get the next ones), merges the
 * agreed sessions in by date, and writes the offering. Fails with
 * `plan/fixed-conflict` when an agreed session teaches a module before one
 * it requires is finished: the plan cannot move agreed sessions.
 */
export function buildSessions({ program, ctx, content, dates, idSuffix }: BuildSessionsInput): PhaseResult<BuiltPlan> {
  const { c, modules, unit } = ctx;
  const days = content.days;
  const plannedDays = dates.days;
  // Everything below is built once per planned day, so it is built lean:
  // each date is formatted once, day layouts are shared by days of equal
  // length, and sessions are created with their final id (no copies).
  const width = Math.max(2, String(days + c.fixed.length).length);
  const usedIds = new Set(c.fixed.map((s) => s.id).filter((id): id is string => id !== undefined));
  const nextId = idSequence(width, usedIds);
  const layouts = new Map<number, { time: string; breaks: string[] }>();
  // Lists of known length are made at that length: they stay alive, and lists grown by push leave garbage.
  const plannedSessions = new Array<Session>(days);
  for (let i = 0; i < days; i++) {
    const date = fromDayNumber(plannedDays[i]!);
    const first = content.dayStart[i]!;
    const end = content.dayStart[i + 1]!;
    let minutes = 0;
    for (let p = first; p < end; p++) minutes += content.minutes[p]!;
    let layout = layouts.get(minutes);
    if (layout === undefined) {
      layout = layoutDay(c.window, c.breaks, minutes);
      layouts.set(minutes, layout);
    }
    const entries: SessionModule[] = new Array<SessionModule>(end - first);
    for (let p = first; p < end; p++) {
      const m = modules[content.item[p]!]!;
      const part = content.minutes[p]!;
      entries[p - first] = end - first === 1 && part === m.minutes ? m.id : { module: m.id, hours: exactAmount(part, unit) };
    }
    const id = nextId();
    // Keys in the order sessions are written; each session gets its own breaks list.
    plannedSessions[i] =
      layout.breaks.length > 0
        ? { id, date, time: layout.time, breaks: layout.breaks.slice(), modules: entries, status: 'scheduled' }
        : { id, date, time: layout.time, modules: entries, status: 'scheduled' };
  }

  // Merged with agreed sessions in date order; agreed sessions keep their given order among themselves
  // and those without a date come last.
  let sessions: Session[] = plannedSessions;
  let agreed: BuiltPlan['agreed'] = { days: [], entries: [] };
  if (c.fixed.length > 0) {
    const sorted = c.fixed
      .map((s, index) => ({ s, index, day: s.date === undefined ? Number.POSITIVE_INFINITY : toDayNumber(s.date) }))
      .sort((x, y) => x.day - y.day || x.index - y.index)
      // An agreed session without an id gets the next one after the planned sessions': every session of a plan has
      // an id, so its calendar event keeps its identity when sessions are added later.
      .map((a) => (a.s.id === undefined ? { ...a, s: withId(a.s, nextId()) } : a));
    const days = sorted.map((a) => a.day);
    sessions = inDateOrder(
      plannedDays,
      plannedSessions,
      days,
      sorted.map((a) => a.s),
    );
    agreed = {
      days,
      entries: sorted.map(({ s }) =>
        s.date === undefined
          ? undefined
          : { date: s.date, id: s.id, modules: (s.modules ?? []).map((e) => (typeof e === 'string' ? e : e.module)), cancelled: s.status === 'cancelled' },
      ),
    };
    // Planned days follow the agreed sessions they depend on (see agreedOrderOf), but agreed sessions may
    // still sit before modules they require, or leave no room before them; the plan cannot move them.
    const problem = orderProblem(ctx, sessions);
    if (problem !== undefined) return stopped([problem]);
  }

  const startDate = dates.period === undefined ? undefined : fromDayNumber(dates.period.first);
  const endDate = dates.period === undefined ? undefined : fromDayNumber(dates.period.last);
  // Keys in a fixed order so serialisations are byte-for-byte stable.
  // From the request, not from the dates found: re-planning the same request keeps the id (and the UIDs).
  const id = c.id ?? defaultOfferingId(program.id, c.start === undefined ? undefined : fromDayNumber(c.start), c.end === undefined ? undefined : fromDayNumber(c.end));
  const offering: Offering = {
    kind: 'offering',
    id: idSuffix === undefined ? id : withSuffix(id, idSuffix),
    program: program.id,
    ...(c.track !== undefined ? { track: c.track } : {}),
    timeZone: c.timeZone,
    ...(c.state !== undefined ? { state: c.state } : {}),
    ...(c.region !== undefined ? { region: c.region } : {}),
    unit,
    ...(startDate !== undefined ? { start: startDate } : {}),
    ...(endDate !== undefined ? { end: endDate } : {}),
    sessions,
  };
  let sessionCount = plannedSessions.length;
  for (const s of c.fixed) if (s.status === 'scheduled' && s.date !== undefined) sessionCount++;
  return passed({ offering, agreed, sessionCount, offeringId: offering.id, ids: () => idSequence(width, usedIds) });
}

/** An id with `-<suffix>` added, the id shortened when the whole would pass the 200 characters an identifier may have. */
function withSuffix(id: string, suffix: string): string {
  return `${id.slice(0, Math.max(1, 199 - suffix.length))}-${suffix}`;
}

/** A session with an id, first among its keys as a document writes it. */
function withId(session: Session, id: string): Session {
  const { id: _none, ...rest } = session;
  return { id, ...rest };
}

/**
 * Items of planned days (days increasing) and of agreed sessions (sorted by
 * day, undated ones last as Infinity) in date order; an undefined agreed
 * item is left out. Sessions and their explanation are merged alike.
 */
export function inDateOrder<T>(
  plannedDays: ArrayLike<number>,
  planned: readonly T[],
  agreedDays: readonly number[],
  agreed: readonly (T | undefined)[],
): T[] {
  const out: T[] = [];
  let a = 0;
  let b = 0;
  while (a < planned.length || b < agreed.length) {
    if (b >= agreed.length || (a < planned.length && plannedDays[a]! < agreedDays[b]!)) {
      out.push(planned[a++]!);
      continue;
    }
    const item = agreed[b++];
    if (item !== undefined) out.push(item);
  }
  return out;
}

/** A `plan/fixed-conflict` when an agreed session teaches a module before one it requires is finished. */
function orderProblem(ctx: PlannerContext, sessions: readonly Session[]): Diagnostic | undefined {
  // Position of each (session, entry) in teaching time: date first, then list order.
  const first = new Map<string, [string, number]>();
  const last = new Map<string, [string, number]>();
  for (const s of sessions) {
    if (s.date === undefined || s.status !== 'scheduled') continue;
    (s.modules ?? []).forEach((e, j) => {
      const id = typeof e === 'string' ? e : e.module;
      const at: [string, number] = [s.date!, j];
      if (!first.has(id)) first.set(id, at);
      last.set(id, at);
    });
  }
  const earlier = (a: [string, number], b: [string, number]): boolean => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  for (let i = 0; i < ctx.modules.length; i++) {
    const m = ctx.modules[i]!;
    const start = first.get(m.id);
    if (start === undefined) continue;
    for (const j of ctx.before[i]!) {
      const req = ctx.modules[j]!;
      const end = last.get(req.id);
      if (end !== undefined && earlier(start, end)) {
        const f = finding('plan/fixed-conflict', 'order', { module: m.id, start: start[0], required: req.id, end: end[0] }, 'moveAgreed');
        return planDiagnostic(f, '/fixed', ctx.c.locale);
      }
    }
  }
  return undefined;
}
