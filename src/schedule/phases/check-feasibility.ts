import type { Diagnostic } from '../../core/diagnostic.js';
import { MINUTES_PER_UNIT } from '../../duration/index.js';
import { finding, type Finding } from '../../messages/finding.js';
import { passed, planDiagnostic, stopped, type PhaseResult } from '../phase.js';
import type { PlannedModule } from '../planned-modules.js';
import { moduleCap, oversized, type PlannerContext } from '../planner-context.js';
import { counted } from '../texts.js';

/**
 * Phase 5, check feasibility: what no choice of dates can fix. A module
 * that may not be split but needs more than a day holds; a module that
 * takes no sessions but has time to plan; a module that needs more
 * sessions than it allows. Each is a `plan/infeasible` with the figures
 * and the change that would fit. Passes the context on when none is found.
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
  });
  return problems.length > 0 ? stopped(problems) : passed(ctx);
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
