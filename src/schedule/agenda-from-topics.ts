import { checkArguments } from '../core/arguments.js';
import { moduleTree, type ModuleTree } from '../model/module-tree.js';
import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';
import type { AgendaItem, Session } from '../model/session.js';
import { formatTimeWindow, parseTimeWindow, type TimeWindow } from '../model/time-window.js';
import { topicTitle } from '../model/topic.js';
import { amountMinutes } from '../model/amount-minutes.js';
import { MINUTES_PER_UNIT } from '../duration/index.js';

/**
 * What {@link agendaFromTopics} gives: the offering with agendas filled in,
 * and the ids (else `#n` positions) of the sessions whose agenda it made.
 *
 * @example
 * ```ts
 * import { agendaFromTopics, type GeneratedAgenda } from 'curricula';
 * const { offering, generated }: GeneratedAgenda = agendaFromTopics(offering, program);
 * ```
 */
export interface GeneratedAgenda {
  offering: Offering;
  /** The indices (in `sessions`) of the sessions that got a generated agenda. */
  generated: number[];
}

/** A stretch of a module's teaching: a topic (or the module itself) and its minutes. */
interface Segment {
  title: string;
  topic: string | undefined;
  minutes: number;
}

/** Minutes a session gives each of its modules: `{ module, hours }` their hours, plain ids an even share of the rest. */
function shares(session: Session, teaching: number, unit: Program['unit']): { id: string; minutes: number }[] {
  const entries = session.modules ?? [];
  const claimed = entries.map((e) => (typeof e === 'string' ? 0 : (amountMinutes(e.hours, unit) ?? 0)));
  const plain = entries.filter((e) => typeof e === 'string').length;
  const rest = Math.max(0, teaching - claimed.reduce((s, m) => s + m, 0));
  let seen = 0;
  return entries.map((e, i) => {
    if (typeof e !== 'string') return { id: e.module, minutes: claimed[i]! };
    const base = Math.floor(rest / plain);
    return { id: e, minutes: base + (seen++ < rest - base * plain ? 1 : 0) };
  });
}

/** The minutes of a session's teaching time, and its window and breaks, when it has a usable window. */
function sessionTime(session: Session): { window: TimeWindow; breaks: TimeWindow[]; teaching: number } | undefined {
  const window = session.time === undefined ? undefined : parseTimeWindow(session.time);
  if (window === undefined || window.end <= window.start) return undefined;
  const breaks = (session.breaks ?? [])
    .map((b) => parseTimeWindow(b))
    .filter((b): b is TimeWindow => b !== undefined && b.end > b.start && b.start >= window.start && b.end <= window.end)
    .sort((a, b) => a.start - b.start);
  let teaching = window.end - window.start;
  for (const b of breaks) teaching -= b.end - b.start;
  return { window, breaks, teaching };
}

/** Whether a session gets a generated agenda: scheduled, dated, with a window and modules, and no agenda of its own. */
function wanted(session: Session): boolean {
  return session.status === 'scheduled' && session.date !== undefined && (session.agenda === undefined || session.agenda.length === 0) && (session.modules?.length ?? 0) > 0;
}

/**
 * `total` minutes shared by `n`: in whole teaching units first when each
 * share gets at least one (the first ones getting a unit more where they
 * do not divide evenly), else in quarter hours; then what is left in steps
 * of 5 minutes, and the last minutes to the first share.
 */
function evenShares(total: number, n: number, unit: number): number[] {
  if (n === 0) return [];
  const out = new Array<number>(n).fill(0);
  let left = total;
  // Whole units when every share gets one; else quarter hours, else steps of 5 minutes.
  const first = [unit, 15, 5].find((step) => total >= n * step) ?? 5;
  for (const step of first === 5 ? [5] : [first, 5]) {
    const each = Math.floor(left / n / step) * step;
    for (let k = 0; k < n; k++) out[k]! += each;
    left -= each * n;
    for (let k = 0; left >= step; k++, left -= step) out[k % n]! += step;
  }
  out[0]! += left;
  return out;
}

/**
 * A module's teaching laid end to end over `total` minutes: its topics in
 * order, those with hours taking them, the others sharing the rest evenly
 * (in whole teaching units where they can, see `evenShares`); a
 * module without topics (or time its topics leave over) is one stretch
 * under its own title.
 */
function timeline(tree: ModuleTree, id: string, total: number): Segment[] {
  const node = tree.byId.get(id);
  const title = node?.module.title ?? id;
  const topics = node?.module.topics ?? [];
  if (topics.length === 0) return [{ title, topic: undefined, minutes: total }];
  const timed = topics.map((_, i) => node!.topicMinutes(i));
  const untimed = timed.filter((m) => m === undefined).length;
  const rest = Math.max(0, total - timed.reduce<number>((sum, m) => sum + (m ?? 0), 0));
  const even = evenShares(rest, untimed, MINUTES_PER_UNIT[tree.program.unit] ?? 45);
  const out: Segment[] = [];
  let next = 0;
  topics.forEach((topic, i) => {
    const minutes = timed[i] ?? even[next++]!;
    if (minutes > 0) out.push({ title: topicTitle(topic), topic: topicTitle(topic), minutes });
  });
  // Time the topics leave over (all of them have hours) is the module's own.
  const used = out.reduce((sum, g) => sum + g.minutes, 0);
  if (used < total) out.push({ title, topic: undefined, minutes: total - used });
  return out;
}

/**
 * Fills the agenda of every scheduled session that has none from the
 * topics of its modules, in order (Ablauf aus den Themen): each module's
 * topics are laid end to end over the time the offering gives the module
 * (topic hours where given, else an even split of the rest), and each
 * session takes the next stretch of each of its modules, from the start of
 * its window; an item that reaches a break goes on after it, so breaks
 * stay free. Sessions with an agenda of their own, and sessions without a
 * time window, are kept as they are. Pure: the offering passed in is not
 * changed.
 *
 * @example
 * ```ts
 * import { agendaFromTopics } from 'curricula';
 * const { offering: withAgenda, generated } = agendaFromTopics(offering, program);
 * withAgenda.sessions[0].agenda; // [{ time: '09:30-11:00', title: 'Aufsichtspflicht', module: 'recht', topic: 'Aufsichtspflicht' }, …]
 * ```
 */
export function agendaFromTopics(offering: Offering, program: Program): GeneratedAgenda {
  checkArguments('agendaFromTopics', [['offering', offering, 'offering'], ['program', program, 'program']]);
  const tree = moduleTree(program);
  const unit = program.unit;
  // Sessions in teaching order (date, then document order), each with what it gives its modules.
  const order = offering.sessions
    .map((session, index) => ({ session, index, time: sessionTime(session) }))
    .filter((s) => s.session.status === 'scheduled' && s.session.date !== undefined && s.time !== undefined)
    .sort((a, b) => (a.session.date! < b.session.date! ? -1 : a.session.date! > b.session.date! ? 1 : a.time!.window.start - b.time!.window.start || a.index - b.index));
  const given = new Map<string, number>();
  const perSession = new Map<number, { id: string; minutes: number }[]>();
  for (const s of order) {
    const list = shares(s.session, s.time!.teaching, unit);
    perSession.set(s.index, list);
    for (const { id, minutes } of list) given.set(id, (given.get(id) ?? 0) + minutes);
  }
  // Each module's timeline, and how far along it the sessions so far have come.
  const lines = new Map<string, { segments: Segment[]; at: number; offset: number }>();
  const line = (id: string) => {
    let l = lines.get(id);
    if (l === undefined) lines.set(id, (l = { segments: timeline(tree, id, given.get(id) ?? 0), at: 0, offset: 0 }));
    return l;
  };
  const sessions = offering.sessions.slice();
  const generated: number[] = [];
  for (const s of order) {
    const list = perSession.get(s.index)!;
    if (!wanted(s.session)) {
      // Its own agenda: the modules' timelines move on all the same.
      for (const { id, minutes } of list) take(line(id), minutes);
      continue;
    }
    const { window, breaks } = s.time!;
    const agenda: AgendaItem[] = [];
    let t = window.start;
    for (const { id, minutes } of list) {
      for (const piece of take(line(id), minutes)) {
        for (const w of across(t, piece.minutes, breaks)) {
          agenda.push(piece.topic === undefined ? { time: formatTimeWindow(w), title: piece.title, module: id } : { time: formatTimeWindow(w), title: piece.title, module: id, topic: piece.topic });
          t = w.end;
        }
      }
    }
    sessions[s.index] = { ...s.session, agenda: merged(agenda) };
    generated.push(s.index);
  }
  return { offering: { ...offering, sessions }, generated: generated.sort((a, b) => a - b) };
}

/** The next `minutes` of a module's timeline, as pieces of its segments (past its end: the last segment's title). */
function take(l: { segments: Segment[]; at: number; offset: number }, minutes: number): Segment[] {
  const out: Segment[] = [];
  let left = minutes;
  while (left > 0) {
    const seg = l.segments[l.at];
    if (seg === undefined) {
      const last = l.segments[l.segments.length - 1];
      out.push({ title: last?.title ?? '', topic: last?.topic, minutes: left });
      break;
    }
    const here = Math.min(left, seg.minutes - l.offset);
    out.push({ title: seg.title, topic: seg.topic, minutes: here });
    left -= here;
    l.offset += here;
    if (l.offset >= seg.minutes) {
      l.at++;
      l.offset = 0;
    }
  }
  return out;
}

/** The windows `minutes` of teaching take from `start` on, going on after each break they reach. */
function across(start: number, minutes: number, breaks: readonly TimeWindow[]): TimeWindow[] {
  const out: TimeWindow[] = [];
  let t = start;
  let left = minutes;
  for (const b of breaks) {
    if (left <= 0) break;
    if (b.end <= t) continue;
    if (t + left <= b.start) break;
    if (b.start > t) {
      out.push({ start: t, end: b.start });
      left -= b.start - t;
    }
    t = b.end;
  }
  if (left > 0) out.push({ start: t, end: t + left });
  return out;
}

/** Neighbouring items of the same topic and module (a topic split only by where a module's share ended) as one. */
function merged(items: AgendaItem[]): AgendaItem[] {
  const out: AgendaItem[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    const a = last === undefined ? undefined : parseTimeWindow(last.time);
    const b = parseTimeWindow(item.time);
    if (last !== undefined && a !== undefined && b !== undefined && a.end === b.start && last.title === item.title && last.module === item.module && last.topic === item.topic) {
      out[out.length - 1] = { ...last, time: formatTimeWindow({ start: a.start, end: b.end }) };
    } else out.push(item);
  }
  return out;
}
