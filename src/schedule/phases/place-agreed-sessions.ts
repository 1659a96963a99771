import type { Diagnostic } from '../../core/diagnostic.js';
import type { TimeUnit } from '../../duration/index.js';
import { finding } from '../../messages/finding.js';
import type { NormalizedConstraints } from '../constraints.js';
import { analyzeFixed, type FixedAnalysis } from '../fixed-sessions.js';
import { passed, planDiagnostic, stopped, type PhaseResult } from '../phase.js';
import { agreedOrderOf, type PlannerContext } from '../planner-context.js';
import type { TeachingOrder } from './order-modules.js';

/** What {@link placeAgreedSessions} reads. */
export interface PlaceAgreedInput {
  constraints: NormalizedConstraints;
  /** The program's unit, in which agreed `{ module, hours }` entries are read. */
  unit: TimeUnit;
  order: TeachingOrder;
}

/** What agreed sessions leave to plan. */
export interface AgreedPlacement {
  /** Minutes still to plan per module (teaching order). */
  remaining: Float64Array;
  fixed: FixedAnalysis;
  /** The days agreed sessions bind planned modules to (see {@link PlannerContext.agreedOrder}). */
  agreedOrder: PlannerContext['agreedOrder'];
}

const NO_AGREED: FixedAnalysis = Object.freeze({
  covered: new Map<string, number>(),
  blocked: new Set<number>(),
  occurring: [],
  firstDay: new Map<string, number>(),
  lastDay: new Map<string, number>(),
  sessions: new Map<string, number>(),
  diagnostics: [],
}) as FixedAnalysis;

/**
 * Phase 4, place agreed sessions: reads the sessions already agreed
 * (`fixed`), takes the time they cover off the modules they teach, and
 * notes the days they block and the order they impose. Warns about parts it
 * cannot use; fails with `plan/fixed-conflict` when they give a module more
 * than it has.
 */
export function placeAgreedSessions({ constraints: c, unit, order }: PlaceAgreedInput): PhaseResult<AgreedPlacement> {
  const { modules, before } = order;
  // Numbers per module live in typed arrays: they are outside the heap the garbage collector copies.
  const remaining = new Float64Array(modules.length);
  for (let i = 0; i < modules.length; i++) remaining[i] = modules[i]!.minutes;
  if (c.fixed.length === 0) return passed({ remaining, fixed: NO_AGREED, agreedOrder: undefined });

  const fixed = analyzeFixed(c.fixed, new Set(modules.map((m) => m.id)), unit, c.timeZone, c.locale);
  const coveredLeft = new Map(fixed.covered);
  modules.forEach((m, i) => {
    // Modules sharing an id (an error the validator reports) take agreed time in turn.
    const have = coveredLeft.get(m.id);
    if (have === undefined) return;
    const use = Math.min(have, m.minutes);
    remaining[i] = m.minutes - use;
    coveredLeft.set(m.id, have - use);
  });
  const conflicts: Diagnostic[] = [];
  for (const [id, left] of coveredLeft) {
    if (left > 0) {
      conflicts.push(planDiagnostic(finding('plan/fixed-conflict', 'overfilled', { module: id, minutes: { minutes: left, unit } }), '/fixed', c.locale));
    }
  }
  if (conflicts.length > 0) return stopped([...fixed.diagnostics, ...conflicts]);
  return passed({ remaining, fixed, agreedOrder: agreedOrderOf(modules, before, fixed) }, fixed.diagnostics);
}
