import { hasErrors, sortDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import type { Bilingual } from '../core/locale.js';
import { fromDayNumber, toDayNumber } from '../calendar/calendar-day.js';
import { ClockChanges } from '../calendar/local-time.js';
import { MINUTES_PER_UNIT, formatDuration } from '../duration/index.js';
import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';
import type { Session, SessionModule } from '../model/session.js';
import type { DayContent } from './allocate.js';
import { exactAmount } from './amount-text.js';
import { classifierOf, normalizeConstraints, type Normalized, type PlanConstraints } from './constraints.js';
import { chosenDates, emptyExplanation, skippedDates, withLazyExplanation, type ChosenDate, type PlanExplanation } from './explanation.js';
import { analyzeFixed } from './fixed-sessions.js';
import { planDiagnostic } from './plan-diagnostic.js';
import { collectModules, type PlannedModule } from './planned-modules.js';
import { agreedBoundUnits, agreedOrderOf, contentFor, moduleCap, oversized, selectFor, sizesFor, type PlannerContext } from './planner-context.js';
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
 * The explanation of a plan is built when it is first read (then kept), so
 * plans whose explanation nobody reads do not pay for it. It is still an
 * ordinary enumerable property to JSON.stringify, spreading, structuredClone
 * and deep equality, and it does not change when the offering or the
 * constraints are changed before it is read.
 *
 * @example
 * ```ts
 * import { plan, type PlanResult } from 'curricula';
 * const result: PlanResult = plan(program, { start: '2027-01-04', state: 'BW' });
 * if (result.ok) console.log(result.offering.sessions.length); // an Offering here
 * else for (const d of result.diagnostics) console.error(d.message, d.hint);
 * ```
 */
export type PlanResult =
  | { ok: true; offering: Offering; diagnostics: Diagnostic[]; explanation: PlanExplanation }
  | { ok: false; offering: undefined; diagnostics: Diagnostic[]; explanation: PlanExplanation };

function failed(diagnostics: Diagnostic[], summary: Bilingual): PlanResult {
  return { ok: false, offering: undefined, diagnostics: sortDiagnostics(diagnostics), explanation: emptyExplanation(summary) };
}

const NO_PLAN: Bilingual = { en: 'No plan: see the diagnostics', de: 'Kein Plan: siehe Befunde' };

const NO_CONTENT: DayContent = { days: 0, dayStart: new Int32Array(1), item: new Int32Array(0), minutes: new Float64Array(0) };

// "s", "s0", "s00", …: an id is then one concatenation, not a padded copy and a concatenation.
const ID_PREFIXES: readonly string[] = Array.from({ length: 17 }, (_, k) => `s${'0'.repeat(k)}`);

function sessionId(n: number, width: number): string {
  const digits = String(n);
  const pad = width - digits.length;
  return pad <= 0 ? `s${digits}` : pad < ID_PREFIXES.length ? ID_PREFIXES[pad]! + digits : `s${digits.padStart(width, '0')}`;
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
 * region (without a state, the nationwide ones only), local holidays, blackouts and agreed sessions, and respecting
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
 * result.explanation.skipped[0]; // { date: '2027-01-06', reason: 'holiday', detail: { en: 'public holiday: Epiphany', … } }
 * ```
 */
export function plan(program: Program, constraints: PlanConstraints): PlanResult {
  const normalized = normalizeConstraints(constraints);
  if (!normalized.ok) return failed(normalized.diagnostics, NO_PLAN);
  const c = normalized.value;
  const locale = c.locale;
  const unit = program.unit;
  const diagnostics: Diagnostic[] = [];

  // A module given in days only ("half a day") stands for that share of this plan's day.
  const selection = collectModules(
    program,
    { track: c.track, includeOptional: c.includeOptional, minutesPerDay: c.dayCapacity, unitMinutes: c.unitMinutes },
    locale,
    true,
  );
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
  // Without requirements there is no cycle and the teaching order is the document order.
  const required = edges.some((list) => list.length > 0);
  const { order, cyclic } = required ? orderIndices(selection.modules.length, edges) : { order: undefined, cyclic: [] };
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
  // In document order nothing needs renumbering.
  const documentOrder = order === undefined || order.every((original, position) => original === position);
  const modules = documentOrder ? selection.modules : order.map((i) => selection.modules[i]!);
  let before = edges;
  if (!documentOrder) {
    const rank: number[] = new Array<number>(order.length);
    order.forEach((original, position) => {
      rank[original] = position;
    });
    before = order.map((original) => {
      const list = edges[original]!;
      // Modules without requirements share their (empty) list; nothing changes it.
      return list.length === 0 ? list : list.map((j) => rank[j]!).sort((a, b) => a - b);
    });
  }

  // Only agreed sessions need the planned ids.
  const plannedIds: ReadonlySet<string> = c.fixed.length > 0 ? new Set(modules.map((m) => m.id)) : new Set<string>();
  const fixed = analyzeFixed(c.fixed, plannedIds, unit, locale);
  diagnostics.push(...fixed.diagnostics);
  // Numbers per module or per day live in typed arrays: they are outside the heap the garbage collector copies.
  const remaining = new Float64Array(modules.length);
  for (let i = 0; i < modules.length; i++) remaining[i] = modules[i]!.minutes;
  const coveredLeft = new Map(fixed.covered);
  if (coveredLeft.size > 0) {
    modules.forEach((m, i) => {
      // Modules sharing an id (an error the validator reports) take agreed time in turn.
      const have = coveredLeft.get(m.id);
      if (have === undefined) return;
      const use = Math.min(have, m.minutes);
      remaining[i] = m.minutes - use;
      coveredLeft.set(m.id, have - use);
    });
  }
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

  // A day on which the clocks change inside the window holds more or less than the wall clock says; it is skipped.
  const clock = new ClockChanges(c.timeZone);
  const clockChange = (day: number): boolean => clock.changesWindow(day, c.window);
  const ctx: PlannerContext = {
    c,
    unit,
    modules,
    before,
    remaining,
    fixed,
    agreedOrder: agreedOrderOf(modules, before, fixed),
    clockChange,
  };
  let total = 0;
  for (let i = 0; i < remaining.length; i++) total += remaining[i]!;
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
  // What lets a module with too few sessions fit: more sessions always; a longer day only for a module
  // in hours (one in days grows with the day), and only through what limits the day now.
  const dayHint = (byDays: boolean, needed: number, perDay: number): Bilingual => {
    const sessions = { en: `Allow ${needed} sessions`, de: `${needed} Termine zulassen` };
    if (byDays) return sessions;
    if (c.dayCapacity >= c.maxUnitsPerDay * c.unitMinutes) {
      return { en: `Allow ${perDay} UE a day, or ${needed} sessions`, de: `${perDay} UE pro Tag oder ${needed} Termine zulassen` };
    }
    const lunch = !c.breaksGiven && c.breaks.length > 0;
    const more = perDay > c.maxUnitsPerDay;
    return {
      en: `${sessions.en}, or a day of ${perDay} UE: a longer daily window${lunch ? ' or no default lunch break (breaks: [] / --break none)' : ''}${more ? `, and ${perDay} UE a day allowed` : ''}`,
      de: `${sessions.de} oder einen Tag mit ${perDay} UE: ein längeres Tageszeitfenster${lunch ? ' oder keine voreingestellte Mittagspause (breaks: [] / --break none)' : ''}${more ? ` und ${perDay} UE pro Tag zulassen` : ''}`,
    };
  };
  modules.forEach((m, i) => {
    if (m.sessions === undefined || remaining[i]! === 0) return;
    const cap = moduleCap(ctx, i, c.dayCapacity);
    const needed = Math.ceil(remaining[i]! / cap);
    if (m.sessions.max === 0) {
      // No session at all for a module that has hours: no cap or day length can help.
      diagnostics.push(
        planDiagnostic(
          'plan/infeasible',
          'error',
          m.pointer + '/sessions',
          {
            en: `Module ${m.id} takes no sessions (sessions: 0) but needs ${fmt(remaining[i]!, 'en')}`,
            de: `Modul ${m.id} hat keine Termine (sessions: 0), braucht aber ${fmt(remaining[i]!, 'de')}`,
          },
          locale,
          {
            en: `Allow at least ${needed} ${needed === 1 ? 'session' : 'sessions'}, or make the module optional`,
            de: `Mindestens ${needed} ${needed === 1 ? 'Termin' : 'Termine'} zulassen oder das Modul optional machen`,
          },
        ),
      );
      return;
    }
    if (needed > m.sessions.max) {
      // A maxPerSession (the module's or one around it) may be what limits a session, not the day.
      const owner = m.maxPerSession !== undefined && cap === m.maxPerSession && cap < c.dayCapacity ? capOwner(m) : undefined;
      const perSession = Math.ceil(remaining[i]! / m.sessions.max / MINUTES_PER_UNIT[unit]) * MINUTES_PER_UNIT[unit];
      const perDay = Math.ceil(remaining[i]! / c.unitMinutes / m.sessions.max);
      const capText: Bilingual = owner === undefined ? { en: '', de: '' } : { en: ` (maxPerSession of ${owner})`, de: ` (maxPerSession von ${owner})` };
      const hint: Bilingual =
        owner === undefined
          ? dayHint(m.days !== undefined, needed, perDay)
          : perSession > c.dayCapacity
            ? {
                en: `Raise maxPerSession of ${owner} to ${fmt(perSession, 'en')} and allow ${perDay} UE a day, or allow ${needed} sessions`,
                de: `maxPerSession von ${owner} auf ${fmt(perSession, 'de')} erhöhen und ${perDay} UE pro Tag zulassen, oder ${needed} Termine zulassen`,
              }
            : {
                en: `Raise maxPerSession of ${owner} to ${fmt(perSession, 'en')}, or allow ${needed} sessions`,
                de: `maxPerSession von ${owner} auf ${fmt(perSession, 'de')} erhöhen oder ${needed} Termine zulassen`,
              };
      diagnostics.push(
        planDiagnostic(
          'plan/infeasible',
          'error',
          m.pointer + '/sessions',
          {
            en: `Module ${m.id} needs ${needed} sessions of at most ${fmt(cap, 'en')}${capText.en} for ${fmt(remaining[i]!, 'en')}, but takes at most ${m.sessions.max}`,
            de: `Modul ${m.id} braucht ${needed} Termine à höchstens ${fmt(cap, 'de')}${capText.de} für ${fmt(remaining[i]!, 'de')}, hat aber höchstens ${m.sessions.max}`,
          },
          locale,
          hint,
        ),
      );
    }
  });
  if (hasErrors(diagnostics)) return failed(diagnostics, NO_PLAN);

  const content = contentFor(ctx, c.dayCapacity) ?? NO_CONTENT;
  const days = content.days;
  if (c.blockCount !== undefined && Math.ceil(days / c.blockDays) > c.blockCount) {
    diagnostics.push(blockCountDiagnostic(ctx, content, total));
    return failed(diagnostics, NO_PLAN);
  }
  const sizes = sizesFor(days, c.blockDays);
  const selected = days === 0 ? { ok: true as const, starts: [], spreadFellBack: false } : selectFor(ctx, content, {}, sizes);
  if (!selected.ok) {
    diagnostics.push(shortageDiagnostic(ctx, content, total, selected, withoutDefaultBreak(program, constraints, c)));
    return failed(diagnostics, NO_PLAN);
  }

  // Everything below is built once per planned day, so it is built lean:
  // each date is formatted once, day layouts are shared by days of equal
  // length, and sessions are created with their final id (no copies). The
  // explanation is not built here: it is as large as the sessions again,
  // and most callers never read it (see withLazyExplanation).
  const spread = c.distribute === 'spread' && !selected.spreadFellBack;
  // Planned days in date order: units are placed in order and never overlap.
  const plannedDays = new Float64Array(days);
  {
    let i = 0;
    selected.starts.forEach((start, u) => {
      for (let k = 0; k < sizes[u]!; k++) plannedDays[i++] = start + k;
    });
  }

  // Ids go to planned sessions in date order, skipping ids agreed sessions already use.
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
    // A list of its exact length: it stays alive in the result, and a list grown by push keeps spare room.
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
  let agreedDays: number[] = [];
  let agreedChosen: (ChosenDate | undefined)[] = [];
  if (c.fixed.length > 0) {
    const dayOf = (s: Session): number => (s.date === undefined ? Number.POSITIVE_INFINITY : toDayNumber(s.date));
    const agreed = c.fixed
      .map((s, index) => ({ s, index, day: dayOf(s) }))
      .sort((x, y) => x.day - y.day || x.index - y.index);
    agreedDays = agreed.map((a) => a.day);
    sessions = inDateOrder(
      plannedDays,
      plannedSessions,
      agreedDays,
      agreed.map((a) => a.s),
    );
    // Explained now, not when the explanation is read: they are the caller's objects and may change by then.
    agreedChosen = agreed.map(({ s }): ChosenDate | undefined =>
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
    );
  }

  // Planned days follow the agreed sessions they depend on (see agreedOrderOf), but agreed sessions may
  // still sit before modules they require, or leave no room before them; the plan cannot move them.
  if (c.fixed.length > 0) {
    const orderProblem = checkFixedOrder(ctx, sessions);
    if (orderProblem !== undefined) {
      diagnostics.push(orderProblem);
      return failed(diagnostics, NO_PLAN);
    }
  }

  // A loop, not Math.min(...days): plans may have more days than a call takes arguments.
  let firstDay = c.start ?? Infinity;
  let lastDay = c.distribute === 'pack' ? -Infinity : (c.end ?? -Infinity);
  const dated = (d: number): void => {
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
  };
  if (plannedDays.length > 0) {
    dated(plannedDays[0]!);
    dated(plannedDays[plannedDays.length - 1]!);
  }
  for (const s of c.fixed) if (s.date !== undefined) dated(toDayNumber(s.date));
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

  // What the explanation reads from the caller's constraints is taken now (the classifier copies
  // blackouts and holidays); the rest is the planner's own and does not change.
  const classifier = hasDates ? classifierOf(c) : undefined;
  const fixedStatus = new Map(c.fixed.filter((s) => s.date !== undefined).map((s) => [toDayNumber(s.date!), s.status] as [number, string]));
  const sessionCount = sessions.length;
  const explain = (): PlanExplanation => {
    const planned = chosenDates({
      starts: selected.starts,
      sizes,
      content,
      moduleIds: modules.map((m) => m.id),
      nextId: idSequence(width, usedIds),
      spread,
      backward: c.distribute === 'backward',
      blockDays: c.blockDays,
      start: c.start,
      end: c.end,
      agreed: agreedBoundUnits(ctx, content, sizes),
    });
    const chosen = agreedDays.length > 0 ? inDateOrder(plannedDays, planned, agreedDays, agreedChosen) : planned;
    const skipped =
      classifier !== undefined
        ? skippedDates(
            {
              classifier,
              fixedStatus,
              sessionDays: mergeSorted(plannedDays, fixed.occurring),
              maxDaysPerWeek: c.maxDaysPerWeek,
              minGapDays: c.blockDays > 1 ? 1 : c.minGapDays,
              blockDays: c.blockDays,
              spread,
              clockChange,
            },
            firstDay,
            lastDay,
          )
        : [];
    const plannedTotal = modules.reduce((a, m) => a + m.minutes, 0);
    // Without a state the holidays skipped are Germany's nationwide ones; a reader must not take them for the state's.
    const nationwide = hasDates && c.state === undefined;
    const summary: Bilingual = {
      en: `${fmt(plannedTotal, 'en')} in ${sessionCount} session${sessionCount === 1 ? '' : 's'}${hasDates ? ` from ${startDate} to ${endDate}` : ''}; ${skipped.length} date${skipped.length === 1 ? '' : 's'} skipped${nationwide ? ' (no federal state given: nationwide public holidays only)' : ''}`,
      de: `${fmt(plannedTotal, 'de')} in ${sessionCount} ${sessionCount === 1 ? 'Termin' : 'Terminen'}${hasDates ? ` vom ${startDate} bis ${endDate}` : ''}; ${skipped.length} ${skipped.length === 1 ? 'Tag' : 'Tage'} übersprungen${nationwide ? ' (kein Bundesland angegeben: nur bundesweite Feiertage)' : ''}`,
    };
    return { summary, chosen, skipped };
  };
  if (hasErrors(diagnostics)) return failed(diagnostics, NO_PLAN);
  return withLazyExplanation({ ok: true as const, offering, diagnostics: sortDiagnostics(diagnostics) }, explain);
}

/**
 * The change "no lunch break" when it makes the plan fit: a window of one's own keeps the default break
 * unless `breaks` says otherwise, and the user may not know it is there. Planned again in full, since
 * modules given in days grow with the day.
 */
function withoutDefaultBreak(program: Program, constraints: PlanConstraints, c: Normalized): Bilingual[] {
  if (constraints.window === undefined || c.breaksGiven || c.breaks.length === 0) return [];
  if (!plan(program, { ...constraints, breaks: [] }).ok) return [];
  return [
    {
      en: 'without the default lunch break (breaks: [] / --break none)',
      de: 'ohne die voreingestellte Mittagspause (breaks: [] / --break none)',
    },
  ];
}

/**
 * The id of the module whose `maxPerSession` is a planned module's tightest cap: a module around it when
 * one has that cap (raising the module's own would not help), else the module itself.
 */
function capOwner(m: PlannedModule): string {
  const around = m.cappedAncestors?.find((a) => a.minutes === m.maxPerSession);
  if (around === undefined) return m.id;
  // "/modules/0/modules/2" sits at depth 2: the second of the modules around it, outermost first.
  const depth = around.pointer.split('/modules/').length - 1;
  return m.ancestors[depth - 1] ?? m.id;
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
 * Items of planned days (days increasing) and of agreed sessions (sorted by
 * day, undated ones last as Infinity) in date order; an undefined agreed
 * item is left out. Sessions and their explanation are merged alike.
 */
function inDateOrder<T>(
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

/** Planned days (strictly increasing) and days of agreed sessions (sorted), sorted, each once. */
function mergeSorted(planned: ArrayLike<number>, agreed: readonly number[]): ArrayLike<number> {
  if (agreed.length === 0) return planned;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < planned.length || j < agreed.length) {
    const next = j >= agreed.length || (i < planned.length && planned[i]! <= agreed[j]!) ? planned[i++]! : agreed[j++]!;
    if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
  }
  return out;
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
