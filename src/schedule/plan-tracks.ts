import { checkArguments } from '../core/arguments.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { finding } from '../messages/finding.js';
import type { Program } from '../model/program.js';
import { localeOf, type PlanConstraints } from './constraints.js';
import { planDiagnostic } from './phase.js';
import { normalizeConstraints } from './phases/normalize-constraints.js';
import { planOffering, type PlanResult } from './plan.js';

/**
 * One track's plan in {@link planTracks}: the track's id and the result of
 * planning it as an offering of its own.
 *
 * @example
 * ```ts
 * import type { TrackPlan } from 'curricula';
 * const first: TrackPlan | undefined = planTracks(program, { start: '2027-01-04' }).plans[0];
 * first?.track; // 'management'
 * ```
 */
export interface TrackPlan {
  track: string;
  result: PlanResult;
}

/**
 * The outcome of {@link planTracks}: a plan per track, in the program's
 * order, and diagnostics about the call itself (constraints that do not
 * hold, a program without tracks). `ok` when every track was planned.
 *
 * @example
 * ```ts
 * import { planTracks, type TrackPlans } from 'curricula';
 * const all: TrackPlans = planTracks(program, { start: '2027-01-04', state: 'BW' });
 * if (all.ok) for (const { track, result } of all.plans) console.log(track, result.offering?.sessions.length);
 * ```
 */
export interface TrackPlans {
  ok: boolean;
  plans: TrackPlan[];
  diagnostics: Diagnostic[];
}

/**
 * Plans every track (Zweig) of a program as an offering of its own, under
 * the same constraints: what the command does with `--track all`. Each
 * offering names its track and gets the id the plan would give it (the
 * given `id`, or the default, `<program id>-<start>`) with `-<track id>` added, so the
 * offerings of one run never share an id. The constraints are checked once;
 * when they do not hold, or the program has no tracks, or they name a
 * `track` (plan one track with {@link plan}), there are no plans and the
 * diagnostics say why.
 *
 * @example
 * ```ts
 * import { planTracks } from 'curricula';
 * const { plans } = planTracks(program, { start: '2027-01-04', state: 'BW' });
 * plans.map((p) => p.result.offering?.id); // ['netzwerk-2027-01-04-management', 'netzwerk-2027-01-04-koordination']
 * ```
 */
export function planTracks(program: Program, constraints: PlanConstraints): TrackPlans {
  checkArguments('planTracks', [['program', program, 'program']]);
  const checked = normalizeConstraints(constraints);
  if (!checked.ok) return { ok: false, plans: [], diagnostics: [...checked.diagnostics] };
  const locale = localeOf(constraints);
  const tracks = program.tracks ?? [];
  if (constraints.track !== undefined) {
    const f = finding('plan/invalid-constraint', 'trackInPlanTracks', {});
    return { ok: false, plans: [], diagnostics: [planDiagnostic(f, '/track', locale)] };
  }
  if (tracks.length === 0) {
    const f = finding('plan/invalid-constraint', 'noTracksToPlan', { program: program.id }, 'planWhole');
    return { ok: false, plans: [], diagnostics: [planDiagnostic(f, '/tracks', locale)] };
  }
  const plans = tracks.map((t): TrackPlan => ({ track: t.id, result: planOffering(program, { ...constraints, track: t.id }, { idSuffix: t.id }) }));
  return { ok: plans.every((p) => p.result.ok), plans, diagnostics: [] };
}
