import { hasErrors, sortDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import type { Bilingual } from '../core/locale.js';
import { fromDayNumber, toDayNumber } from '../calendar/calendar-day.js';
import { formatDuration } from '../duration/index.js';
import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';
import type { Session, SessionModule } from '../model/session.js';
import type { DayPart } from './allocate.js';
import { exactAmount } from './amount-text.js';
import { classifierOf, normalizeConstraints, type PlanConstraints } from './constraints.js';
import { emptyExplanation, skippedDates, type ChosenDate, type PlanExplanation } from './explanation.js';
import { analyzeFixed } from './fixed-sessions.js';
import { planDiagnostic } from './plan-diagnostic.js';
import { plannedModules } from './planned-modules.js';
import { contentFor, moduleCap, oversized, selectFor, sizesFor, type PlannerContext } from './planner-context.js';
import { blockCountDiagnostic, shortageDiagnostic } from './shortage.js';
import { layoutDay } from './session-time.js';
import { orderIndices, requirementEdges } from './topological-order.js';

/**
 * The outcome of {@link plan}: the offering when the constraints could be
 * met (`ok`), diagnostics either way (warnings about modules left out;
 * errors with figures and the smallest fitting change when they could not),
 * and the explanation of every date. There is never a half plan: when `ok`
 * is false, `offering` is undefined.
 *
 * @example
 * ```ts
 * import { plan, type PlanResult } from 'curricula';
 * const result: PlanResult = plan(program, { start: '2027-01-04', state: 'BW' });
 * if (!result.ok) for (const d of result.diagnostics) console.error(d.message, d.hint);
 * ```
 */
export interface PlanResult {
  ok: boolean;
  offering: Offering | undefined;
  diagnostics: Diagnostic[];
  explanation: PlanExplanation;
}

function failed(diagnostics: Diagnostic[], summary: Bilingual): PlanResult {
  return { ok: false, offering: undefined, diagnostics: sortDiagnostics(diagnostics), explanation: emptyExplanation(summary) };
}

const NO_PLAN: Bilingual = { en: 'No plan: see the diagnostics', de: 'Kein Plan: siehe Befunde' };

function sessionId(n: number, width: number): string {
  return `s${String(n).padStart(width, '0')}`;
}

/**
 * Plans an offering (Durchführung) of a program: dated sessions that cover
 * every planned module's time exactly, in `requires` order, on allowed days
 * only, within the constraints (see {@link PlanConstraints}).
 *
 * How: the modules are put in teaching order (topological, stable by
 * document position) and their time is cut into days of equal capacity
 * first, so the number of days is known before any date is chosen; then
 * dates are chosen (packed from the start, back from the end, or spread
 * over the period), skipping weekends, public holidays of the state and
 * region, local holidays, blackouts and agreed sessions, and respecting
 * weekly caps, gaps and blocks. If the days do not fit, nothing is placed:
 * a `plan/infeasible` diagnostic names the binding constraint with figures
 * and the smallest changes that would fit. No randomness and no time
 * limits: the same input gives the same output, byte for byte.
 *
 * Sessions are local wall-clock times in `timeZone`, so a 09:30 start stays
 * 09:30 across daylight-saving changes. A day that is not full ends early.
 * Session ids are `s01`, `s02`, … in date order.
 *
 * @example
 * ```ts
 * import { parseProgram, plan } from 'curricula';
 * const program = parseProgram(text).value!;
 * const result = plan(program, { start: '2027-01-04', state: 'BW' });
 * result.offering?.sessions[0]; // { id: 's01', date: '2027-01-04', time: '09:30-16:30', breaks: ['12:30-13:30'], modules: [...], status: 'scheduled' }
 * result.explanation.skipped[0]; // { date: '2027-01-06', reason: 'holiday', detail: { en: 'public holiday: Heilige Drei Könige', … } }
 * ```
 */
export function plan(program: Program, constraints: PlanConstraints): PlanResult {
  const normalized = normalizeConstraints(constraints);
  if (!normalized.ok) return failed(normalized.diagnostics, NO_PLAN);
  const c = normalized.value;
  const locale = c.locale;
  const unit = program.unit;
  const diagnostics: Diagnostic[] = [];

  const selection = plannedModules(program, { track: c.track, includeOptional: c.includeOptional }, locale);
  diagnostics.push(...selection.diagnostics);
  if (hasErrors(diagnostics)) return failed(diagnostics, NO_PLAN);
  if (selection.modules.length === 0) {
    diagnostics.push(
      planDiagnostic(
        'plan/no-modules',
        'error',
        '/modules',
        {
          en: `Program ${program.id} has no modules with hours to plan${program.moduleCount !== undefined ? ` (it names ${program.moduleCount} modules but does not list them)` : ''}`,
          de: `Programm ${program.id} hat keine Module mit Stundenumfang zum Planen${program.moduleCount !== undefined ? ` (es nennt ${program.moduleCount} Module, listet sie aber nicht auf)` : ''}`,
        },
        locale,
        { en: 'List the modules with their hours', de: 'Listen Sie die Module mit ihrem Stundenumfang auf' },
      ),
    );
    return failed(diagnostics, NO_PLAN);
  }

  const edges = requirementEdges(selection.modules);
  const { order, cyclic } = orderIndices(selection.modules.length, edges);
  if (cyclic.length > 0) {
    const ids = cyclic.map((i) => selection.modules[i]!.id).join(', ');
    diagnostics.push(
      planDiagnostic(
        'plan/cycle',
        'error',
        selection.modules[cyclic[0]!]!.pointer + '/requires',
        { en: `Modules require each other in a circle: ${ids}`, de: `Module setzen sich gegenseitig voraus: ${ids}` },
        locale,
        { en: 'Remove one of the requires entries', de: 'Entfernen Sie einen der requires-Einträge' },
      ),
    );
    return failed(diagnostics, NO_PLAN);
  }
  const modules = order.map((i) => selection.modules[i]!);
  const rank = new Map<number, number>(order.map((original, position) => [original, position]));
  const before = order.map((original) => edges[original]!.map((j) => rank.get(j)!).sort((a, b) => a - b));

  const plannedIds = new Set(modules.map((m) => m.id));
  const fixed = analyzeFixed(c.fixed, plannedIds, unit, locale);
  diagnostics.push(...fixed.diagnostics);
  const remaining = modules.map((m) => m.minutes);
  const coveredLeft = new Map(fixed.covered);
  modules.forEach((m, i) => {
    // Modules sharing an id (an error the validator reports) take agreed time in turn.
    const have = coveredLeft.get(m.id) ?? 0;
    const use = Math.min(have, m.minutes);
    remaining[i] = m.minutes - use;
    coveredLeft.set(m.id, have - use);
  });
  for (const [id, left] of coveredLeft) {
    if (left > 0) {
      diagnostics.push(
        planDiagnostic(
          'plan/fixed-conflict',
          'error',
          '/fixed',
          {
            en: `Agreed sessions give ${id} ${formatDuration(left, { unit, locale: 'en' })} more than it has`,
            de: `Vereinbarte Termine geben ${id} ${formatDuration(left, { unit, locale: 'de' })} mehr, als es umfasst`,
          },
          locale,
        ),
      );
    }
  }
  if (hasErrors(diagnostics)) return failed(diagnostics, NO_PLAN);

  const ctx: PlannerContext = { c, unit, modules, before, remaining, fixed };
  const total = remaining.reduce((a, b) => a + b, 0);
  const fmt = (minutes: number, l: 'en' | 'de'): string => formatDuration(minutes, { unit, locale: l });

  if (c.dayCapacity <= 0) {
    diagnostics.push(
      planDiagnostic(
        'plan/invalid-constraint',
        'error',
        '/window',
        { en: 'The daily window leaves no teaching time after breaks', de: 'Das Tageszeitfenster lässt nach den Pausen keine Unterrichtszeit' },
        locale,
      ),
    );
    return failed(diagnostics, NO_PLAN);
  }
  for (const i of oversized(ctx, c.dayCapacity)) {
    const m = modules[i]!;
    const cap = moduleCap(ctx, i, c.dayCapacity);
    diagnostics.push(
      planDiagnostic(
        'plan/infeasible',
        'error',
        m.pointer,
        {
          en: `Module ${m.id} needs ${fmt(remaining[i]!, 'en')} in one day, but a day holds at most ${fmt(cap, 'en')} and modules may not be split`,
          de: `Modul ${m.id} braucht ${fmt(remaining[i]!, 'de')} an einem Tag, ein Tag fasst aber höchstens ${fmt(cap, 'de')} und Module dürfen nicht geteilt werden`,
        },
        locale,
        { en: 'Allow splitting modules across days (splitModules: true)', de: 'Module auf mehrere Tage verteilen lassen (splitModules: true)' },
      ),
    );
  }
  modules.forEach((m, i) => {
    if (m.sessions === undefined || remaining[i]! === 0) return;
    const cap = moduleCap(ctx, i, c.dayCapacity);
    const needed = Math.ceil(remaining[i]! / cap);
    if (needed > m.sessions.max) {
      diagnostics.push(
        planDiagnostic(
          'plan/infeasible',
          'error',
          m.pointer + '/sessions',
          {
            en: `Module ${m.id} needs ${needed} sessions of at most ${fmt(cap, 'en')} for ${fmt(remaining[i]!, 'en')}, but takes at most ${m.sessions.max}`,
            de: `Modul ${m.id} braucht ${needed} Termine à höchstens ${fmt(cap, 'de')} für ${fmt(remaining[i]!, 'de')}, hat aber höchstens ${m.sessions.max}`,
          },
          locale,
          {
            en: `Allow ${Math.ceil(remaining[i]! / c.unitMinutes / m.sessions.max)} UE a day, or ${needed} sessions`,
            de: `${Math.ceil(remaining[i]! / c.unitMinutes / m.sessions.max)} UE pro Tag oder ${needed} Termine zulassen`,
          },
        ),
      );
    }
  });
  if (hasErrors(diagnostics)) return failed(diagnostics, NO_PLAN);

  const content = contentFor(ctx, c.dayCapacity) ?? [];
  const days = content.length;
  if (c.blockCount !== undefined && sizesFor(days, c.blockDays).length > c.blockCount) {
    diagnostics.push(blockCountDiagnostic(ctx, days, total));
    return failed(diagnostics, NO_PLAN);
  }
  const selected = days === 0 ? { ok: true as const, starts: [], spreadFellBack: false } : selectFor(ctx, days);
  if (!selected.ok) {
    diagnostics.push(shortageDiagnostic(ctx, days, total, selected));
    return failed(diagnostics, NO_PLAN);
  }

  // Dates of the planned days, with the reason for each.
  const sizes = sizesFor(days, c.blockDays);
  const plannedDays: { day: number; reason: ChosenDate['reason']; detail: Bilingual }[] = [];
  const spread = c.distribute === 'spread' && !selected.spreadFellBack;
  selected.starts.forEach((start, u) => {
    for (let k = 0; k < sizes[u]!; k++) {
      const day = start + k;
      const date = fromDayNumber(day);
      if (k > 0) {
        plannedDays.push({
          day,
          reason: 'block',
          detail: {
            en: `day ${k + 1} of block ${u + 1} (${c.blockDays} consecutive days)`,
            de: `Tag ${k + 1} von Block ${u + 1} (${c.blockDays} aufeinanderfolgende Tage)`,
          },
        });
      } else if (spread) {
        plannedDays.push({
          day,
          reason: 'spread',
          detail: {
            en: `spread evenly from ${fromDayNumber(c.start!)} to ${fromDayNumber(c.end!)}; first usable day at this point`,
            de: `gleichmäßig verteilt von ${fromDayNumber(c.start!)} bis ${fromDayNumber(c.end!)}; erster nutzbarer Tag an dieser Stelle`,
          },
        });
      } else if (c.distribute === 'backward') {
        const next = u + 1 < selected.starts.length ? fromDayNumber(selected.starts[u + 1]!) : undefined;
        plannedDays.push({
          day,
          reason: 'end',
          detail:
            next === undefined
              ? { en: `latest usable day on or before the end ${fromDayNumber(c.end!)}`, de: `letzter nutzbarer Tag bis zum Ende ${fromDayNumber(c.end!)}` }
              : { en: `latest usable day before the session on ${next}`, de: `letzter nutzbarer Tag vor dem Termin am ${next}` },
        });
      } else if (u === 0) {
        plannedDays.push({
          day,
          reason: 'start',
          detail:
            c.start === day
              ? { en: `the start ${date} is a usable day`, de: `der Beginn ${date} ist ein nutzbarer Tag` }
              : { en: `first usable day on or after the start ${fromDayNumber(c.start!)}`, de: `erster nutzbarer Tag ab dem Beginn ${fromDayNumber(c.start!)}` },
        });
      } else {
        const prev = fromDayNumber(selected.starts[u - 1]! + sizes[u - 1]! - 1);
        plannedDays.push({
          day,
          reason: 'next',
          detail: { en: `next usable day after the session on ${prev}`, de: `nächster nutzbarer Tag nach dem Termin am ${prev}` },
        });
      }
    }
  });

  // Sessions: planned days with their content, merged with agreed sessions in date order.
  const width = Math.max(2, String(days + c.fixed.length).length);
  const usedIds = new Set(c.fixed.map((s) => s.id).filter((id): id is string => id !== undefined));
  let counter = 0;
  const nextId = (): string => {
    let id: string;
    do id = sessionId(++counter, width);
    while (usedIds.has(id));
    return id;
  };
  type Entry = { day: number; session: Session; chosen: ChosenDate | undefined };
  const planned: Entry[] = plannedDays.map((p, i) => {
    const parts: DayPart[] = content[i]!;
    const minutes = parts.reduce((a, part) => a + part.minutes, 0);
    const layout = layoutDay(c.window, c.breaks, minutes);
    const entries: SessionModule[] = parts.map((part) => {
      const m = modules[part.item]!;
      return parts.length === 1 && part.minutes === m.minutes
        ? m.id
        : { module: m.id, hours: exactAmount(part.minutes, unit) };
    });
    const session: Session = {
      id: '',
      date: fromDayNumber(p.day),
      time: layout.time,
      ...(layout.breaks.length > 0 ? { breaks: layout.breaks } : {}),
      modules: entries,
      status: 'scheduled',
    };
    return {
      day: p.day,
      session,
      chosen: {
        date: fromDayNumber(p.day),
        sessionId: undefined,
        modules: parts.map((part) => modules[part.item]!.id),
        reason: p.reason,
        detail: p.detail,
      },
    };
  });
  const agreed: Entry[] = c.fixed.map((s) => ({
    day: s.date === undefined ? Number.POSITIVE_INFINITY : toDayNumber(s.date),
    session: s,
    chosen:
      s.date === undefined
        ? undefined
        : {
            date: s.date,
            sessionId: s.id,
            modules: (s.modules ?? []).map((e) => (typeof e === 'string' ? e : e.module)),
            reason: 'fixed',
            detail:
              s.status === 'cancelled'
                ? { en: 'agreed session, cancelled, kept as it is', de: 'vereinbarter Termin, abgesagt, unverändert übernommen' }
                : { en: 'agreed session, kept as it is', de: 'vereinbarter Termin, unverändert übernommen' },
          },
  }));
  // Stable merge: agreed sessions keep their given order among themselves.
  const all: Entry[] = [];
  {
    let a = 0;
    let b = 0;
    const agreedSorted = agreed.map((e, i) => ({ e, i })).sort((x, y) => x.e.day - y.e.day || x.i - y.i).map((x) => x.e);
    while (a < planned.length || b < agreedSorted.length) {
      if (b >= agreedSorted.length || (a < planned.length && planned[a]!.day < agreedSorted[b]!.day)) all.push(planned[a++]!);
      else all.push(agreedSorted[b++]!);
    }
  }
  const plannedSet = new Set(planned);
  for (const entry of all) {
    if (!plannedSet.has(entry)) continue;
    const id = nextId();
    entry.session = { ...entry.session, id };
    entry.chosen!.sessionId = id;
  }
  const sessions = all.map((e) => e.session);

  // Agreed sessions may sit before modules they require; the plan cannot move them.
  if (c.fixed.length > 0) {
    const orderProblem = checkFixedOrder(ctx, all.map((e) => e.session));
    if (orderProblem !== undefined) {
      diagnostics.push(orderProblem);
      return failed(diagnostics, NO_PLAN);
    }
  }

  const sessionDays = [...new Set([...plannedDays.map((p) => p.day), ...fixed.occurring])].sort((a, b) => a - b);
  const datedDays = all.filter((e) => Number.isFinite(e.day)).map((e) => e.day);
  // A loop, not Math.min(...days): plans may have more days than a call takes arguments.
  let firstDay = c.start ?? Infinity;
  let lastDay = c.distribute === 'pack' ? -Infinity : (c.end ?? -Infinity);
  for (const d of datedDays) {
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
  }
  const hasDates = Number.isFinite(firstDay) && Number.isFinite(lastDay);
  const startDate = hasDates ? fromDayNumber(firstDay) : undefined;
  const endDate = hasDates ? fromDayNumber(lastDay) : undefined;

  // Keys in a fixed order so serialisations are byte-for-byte stable.
  const offering: Offering = {
    kind: 'offering',
    id: c.id ?? `${program.id}-${(startDate ?? fromDayNumber(c.start ?? c.end!)).slice(0, 4)}`,
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

  const skipped = hasDates
    ? skippedDates(
        {
          classifier: classifierOf(c),
          fixedStatus: new Map(
            c.fixed.filter((s) => s.date !== undefined).map((s) => [toDayNumber(s.date!), s.status] as [number, string]),
          ),
          sessionDays,
          maxDaysPerWeek: c.maxDaysPerWeek,
          minGapDays: c.blockDays > 1 ? 1 : c.minGapDays,
          blockDays: c.blockDays,
          spread,
        },
        firstDay,
        lastDay,
      )
    : [];
  const planned_total = modules.reduce((a, m) => a + m.minutes, 0);
  const summary: Bilingual = {
    en: `${fmt(planned_total, 'en')} in ${sessions.length} session${sessions.length === 1 ? '' : 's'}${hasDates ? ` from ${startDate} to ${endDate}` : ''}; ${skipped.length} date${skipped.length === 1 ? '' : 's'} skipped`,
    de: `${fmt(planned_total, 'de')} in ${sessions.length} ${sessions.length === 1 ? 'Termin' : 'Terminen'}${hasDates ? ` vom ${startDate} bis ${endDate}` : ''}; ${skipped.length} ${skipped.length === 1 ? 'Tag' : 'Tage'} übersprungen`,
  };
  const explanation: PlanExplanation = {
    summary,
    chosen: all.map((e) => e.chosen).filter((x): x is ChosenDate => x !== undefined),
    skipped,
  };
  return { ok: !hasErrors(diagnostics), offering, diagnostics: sortDiagnostics(diagnostics), explanation };
}

/** A `plan/fixed-conflict` when an agreed session teaches a module before one it requires is finished. */
function checkFixedOrder(ctx: PlannerContext, sessions: readonly Session[]): Diagnostic | undefined {
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
        return planDiagnostic(
          'plan/fixed-conflict',
          'error',
          '/fixed',
          {
            en: `${m.id} starts on ${start[0]}, before ${req.id}, which it requires, ends on ${end[0]}; agreed sessions cannot be moved`,
            de: `${m.id} beginnt am ${start[0]}, bevor ${req.id}, das es voraussetzt, am ${end[0]} endet; vereinbarte Termine lassen sich nicht verschieben`,
          },
          ctx.c.locale,
          {
            en: `Move the agreed session of ${req.id} or ${m.id}, or plan from after ${end[0]}`,
            de: `Vereinbarten Termin von ${req.id} oder ${m.id} verschieben oder erst nach dem ${end[0]} planen`,
          },
        );
      }
    }
  }
  return undefined;
}
