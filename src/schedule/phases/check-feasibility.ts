import type { Diagnostic } from '../../core/diagnostic.js';
import { fromDayNumber, weekdayOfDayNumber, type Weekday } from '../../calendar/calendar-day.js';
import { MINUTES_PER_UNIT } from '../../duration/index.js';
import { finding, type Finding } from '../../messages/finding.js';
import { passed, planDiagnostic, stopped, type PhaseResult } from '../phase.js';
import type { PlannedModule } from '../planned-modules.js';
import { moduleCap, oversized, type PlannerContext } from '../planner-context.js';
import { FIRST_PLAN_DAY, LAST_PLAN_DAY } from '../select-dates.js';
import { counted } from '../texts.js';

/**
 * Phase 5, check feasibility: what no choice of dates can fix. A module
 * that may not be split but needs more than a day holds; a module that
 * takes no sessions but has time to plan; a module that needs more
 * sessions than it allows, or fewer than it takes; and time that needs more
 * days than the calendar has teaching weekdays up to the last day a plan
 * may use. Each is a `plan/infeasible` with the figures and the change that
 * would fit. Passes the context on when none is found; what passes needs at
 * most as many days as that range has, so the phases after it take time
 * and memory in proportion to the plan they make, whatever the amounts.
 */
export function checkFeasibility(ctx: PlannerContext): PhaseResult<PlannerContext> {
  const { c, modules, remaining, unit } = ctx;
  const duration = (minutes: number) => ({ minutes, unit });
  const problems: Diagnostic[] = [];
  for (const i of oversized(ctx, c.dayCapacity)) {
    const m = modules[i]!;
    const data = { module: m.id, minutes: duration(remaining[i]!), capacity: duration(moduleCap(ctx, i, c.dayCapacity)) };
    problems.push(planDiagnostic(finding('plan/infeasible', 'unsplittable', data, 'allowSplitting'), m.pointer, c.locale));
  }
  modules.forEach((m, i) => {
    if (m.sessions === undefined || remaining[i]! === 0) return;
    const cap = moduleCap(ctx, i, c.dayCapacity);
    const needed = Math.ceil(remaining[i]! / cap);
    if (m.sessions.max === 0) {
      // No session at all for a module that has hours: no cap or day length can help.
      const data = { module: m.id, minutes: duration(remaining[i]!), sessions: counted(needed, 'session', 'sessions') };
      problems.push(planDiagnostic(finding('plan/infeasible', 'noSessions', data, 'atLeastSessions'), m.pointer + '/sessions', c.locale));
      return;
    }
    if (needed > m.sessions.max) problems.push(planDiagnostic(tooFewSessions(ctx, i, cap, needed), m.pointer + '/sessions', c.locale));
    // Days of at most `cap` give `needed` sessions; fewer than the module takes (360 min cannot be 400 sessions) never fits.
    else if (needed + (ctx.fixed.sessions.get(m.id) ?? 0) < m.sessions.min) {
      // A session of a few minutes reads better in minutes than as a fraction of a unit.
      const capText = cap % MINUTES_PER_UNIT[unit] === 0 ? duration(cap) : { minutes: cap, unit: 'min' as const };
      const data = { module: m.id, min: m.sessions.min, minutes: duration(remaining[i]!), count: needed, cap: capText };
      problems.push(planDiagnostic(finding('plan/infeasible', 'tooManySessions', data, 'fewerSessions'), m.pointer + '/sessions', c.locale));
    }
  });
  if (problems.length > 0) return stopped(problems);
  const beyond = beyondCalendar(ctx);
  return beyond !== undefined ? stopped([beyond]) : passed(ctx);
}

/**
 * A `plan/infeasible` when the time to plan needs more days than the
 * calendar has teaching weekdays from the start to the last day a plan may
 * use (or from the first to the end, packing back from it): no holiday,
 * cap or gap can make room, and allocating day by day would take time and
 * memory in proportion to an absurd amount (`hours: "99999999999 UE"`).
 * A lower bound on the days is enough: the day capacity for all the time,
 * and each module's own per-day cap for its share.
 */
function beyondCalendar(ctx: PlannerContext): Diagnostic | undefined {
  const { c, modules, remaining, unit } = ctx;
  let total = 0;
  let days = 0;
  let widest = -1;
  let widestDays = 0;
  for (let i = 0; i < modules.length; i++) {
    const minutes = remaining[i]!;
    if (minutes <= 0) continue;
    total += minutes;
    const own = Math.ceil(minutes / moduleCap(ctx, i, c.dayCapacity));
    if (own > widestDays) {
      widestDays = own;
      widest = i;
    }
  }
  days = Math.max(Math.ceil(total / c.dayCapacity), widestDays);
  const backward = c.start === undefined;
  const from = backward ? FIRST_PLAN_DAY : c.start!;
  const to = backward ? c.end! : LAST_PLAN_DAY;
  const weekdays = teachingWeekdays(from, to, c.weekdays);
  if (days <= weekdays) return undefined;
  // The module that needs the most days is where an amount is most likely wrong.
  const m = modules[widest]!;
  const data = {
    total: duration(total, unit),
    days: counted(days, 'day', 'days'),
    from: fromDayNumber(from),
    to: fromDayNumber(to),
    weekdays,
    module: m.id,
    minutes: duration(remaining[widest]!, unit),
    limit: fromDayNumber(backward ? FIRST_PLAN_DAY : LAST_PLAN_DAY),
  };
  const f = finding('plan/infeasible', 'beyondCalendar', data, backward ? 'checkHoursStart' : 'checkHoursEnd');
  return planDiagnostic(f, m.pointer, c.locale);
}

function duration(minutes: number, unit: PlannerContext['unit']): { minutes: number; unit: PlannerContext['unit'] } {
  return { minutes, unit };
}

/** How many days from `from` to `to` (inclusive) fall on the given weekdays: whole weeks at once, then the rest. */
function teachingWeekdays(from: number, to: number, weekdays: readonly Weekday[]): number {
  if (to < from) return 0;
  const span = to - from + 1;
  const weeks = Math.floor(span / 7);
  let count = weeks * weekdays.length;
  for (let d = from + weeks * 7; d <= to; d++) if (weekdays.includes(weekdayOfDayNumber(d))) count++;
  return count;
}

/**
 * A module needs more sessions than it takes: what limits a session (the
 * day, or a `maxPerSession` of the module or one around it) and the change
 * that fits.
 */
function tooFewSessions(ctx: PlannerContext, i: number, cap: number, needed: number): Finding {
  const { c, unit } = ctx;
  const m = ctx.modules[i]!;
  const remaining = ctx.remaining[i]!;
  const max = m.sessions!.max;
  // A maxPerSession (the module's or one around it) may be what limits a session, not the day.
  const owner = m.maxPerSession !== undefined && cap === m.maxPerSession && cap < c.dayCapacity ? capOwner(m) : undefined;
  const perDay = Math.ceil(remaining / c.unitMinutes / max);
  const base = { module: m.id, needed, cap: { minutes: cap, unit }, minutes: { minutes: remaining, unit }, max };
  if (owner !== undefined) {
    const perSession = Math.ceil(remaining / max / MINUTES_PER_UNIT[unit]) * MINUTES_PER_UNIT[unit];
    const data = { ...base, owner, perSession: { minutes: perSession, unit } };
    return perSession > c.dayCapacity
      ? finding('plan/infeasible', 'tooFewSessionsCapped', { ...data, perDay }, 'raiseCapAndUnits')
      : finding('plan/infeasible', 'tooFewSessionsCapped', data, 'raiseCap');
  }
  // More sessions always help; a longer day only for a module in hours (one in days grows with the day),
  // and only through what limits the day now.
  if (m.days !== undefined) return finding('plan/infeasible', 'tooFewSessions', base, 'moreSessions');
  if (c.dayCapacity >= c.maxUnitsPerDay * c.unitMinutes) return finding('plan/infeasible', 'tooFewSessions', { ...base, perDay }, 'unitsOrSessions');
  const lunch = !c.breaksGiven && c.breaks.length > 0;
  const more = perDay > c.maxUnitsPerDay;
  const hint = lunch ? (more ? 'longerDayOrNoLunchAndUnits' : 'longerDayOrNoLunch') : more ? 'longerDayAndUnits' : 'longerDay';
  return finding('plan/infeasible', 'tooFewSessions', { ...base, perDay }, hint);
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
