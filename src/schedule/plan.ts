import { checkArguments } from '../core/arguments.js';
import { hasErrors, sortDiagnostics, type Diagnostic, type Phrase } from '../core/diagnostic.js';
import { ClockChanges } from '../calendar/local-time.js';
import { moduleTree } from '../model/module-tree.js';
import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';
import type { NormalizedConstraints, PlanConstraints } from './constraints.js';
import { explainPlan, noPlanExplanation, withLazyExplanation, type PlanExplanation } from './explanation.js';
import type { PhaseResult } from './phase.js';
import { allocateDays } from './phases/allocate-days.js';
import { buildSessions } from './phases/build-sessions.js';
import { checkFeasibility } from './phases/check-feasibility.js';
import { checkRecognition } from './phases/check-recognition.js';
import { chooseDates } from './phases/choose-dates.js';
import { fitRecognition, type PlanRecognition } from './phases/fit-recognition.js';
import { normalizeConstraints } from './phases/normalize-constraints.js';
import { orderModules, type TeachingOrder } from './phases/order-modules.js';
import { placeAgreedSessions, type AgreedPlacement } from './phases/place-agreed-sessions.js';
import { resolveRecognition } from './phases/resolve-recognition.js';
import { selectModules } from './phases/select-modules.js';
import type { PlannerContext } from './planner-context.js';
import { phrase } from './texts.js';

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

/**
 * Plans an offering (Durchführung) of a program: dated sessions that cover
 * every planned module's time exactly, in `requires` order, on allowed days
 * only, within the constraints (see {@link PlanConstraints}).
 *
 * How, in phases (each a function of its own in src/schedule/phases/, the
 * first that fails ends the plan with its diagnostics): the constraints are
 * checked against their schema and normalized; the modules to plan are
 * selected (a track, optional ones) and put in teaching order (topological,
 * stable by document position); agreed sessions are placed; what no choice
 * of dates can fix is checked; the modules' time is cut into days of equal
 * capacity, so the number of days is known before any date is chosen; then
 * dates are chosen (packed from the start, back from the end, or spread
 * over the period), skipping weekends, public holidays of the state and
 * region (without a state, the nationwide ones only), local holidays,
 * blackouts and agreed sessions, and respecting weekly caps, gaps and
 * blocks; last the sessions are built. If the days do not fit, nothing is
 * placed: a `plan/infeasible` diagnostic names the binding constraint with
 * figures and the smallest changes that would fit. No randomness and no
 * time limits: the same input gives the same output, byte for byte.
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
 * result.explanation.skipped[0]; // date '2027-01-06', reason 'holiday', detail.en 'public holiday: Epiphany'
 * ```
 */
export function plan(program: Program, constraints: PlanConstraints): PlanResult {
  // The program is the caller's value (a usage error when it is none); the constraints are checked as a schema (diagnostics).
  checkArguments('plan', [['program', program, 'program']]);
  return planOffering(program, constraints, {});
}

/** How {@link planOffering} differs from {@link plan}: `idSuffix` is added to the offering's id (see `planTracks`). */
export interface PlanOfferingOptions {
  idSuffix?: string | undefined;
}

/** {@link plan}, with an id suffix for offerings planned one per track; internal. */
export function planOffering(program: Program, constraints: PlanConstraints, options: PlanOfferingOptions): PlanResult {
  const warnings: Diagnostic[] = [];
  // Keeps a phase's warnings and gives its value, or undefined when it failed (its diagnostics then end the plan).
  let failure: readonly Diagnostic[] | undefined;
  const run = <T>(result: PhaseResult<T>): T | undefined => {
    if (!result.ok) {
      failure = result.diagnostics;
      return undefined;
    }
    warnings.push(...result.warnings);
    return result.value;
  };
  const failed = (): PlanResult => {
    const diagnostics = sortDiagnostics([...warnings, ...failure!]);
    return { ok: false, offering: undefined, diagnostics, explanation: noPlanExplanation() };
  };

  const c = run(normalizeConstraints(constraints));
  if (c === undefined) return failed();
  const recognition = run(resolveRecognition({ input: constraints, constraints: c }));
  if (failure !== undefined) return failed();
  const selected = run(selectModules({ tree: moduleTree(program), constraints: c }));
  if (selected === undefined) return failed();
  const order = run(orderModules(selected, c.locale));
  if (order === undefined) return failed();
  const unit = program.unit;
  const agreed = run(placeAgreedSessions({ constraints: c, unit, order }));
  if (agreed === undefined) return failed();
  const checked = run(checkFeasibility(plannerContext(c, unit, order, agreed)));
  if (checked === undefined) return failed();
  // For a recognition the days are laid out by its rules, and date selection keeps them so.
  let ctx = checked;
  let content;
  let planned: PlanRecognition | undefined;
  if (recognition === undefined) content = allocateDays(ctx);
  else {
    const fitted = run(fitRecognition({ ctx, plan: recognition, replanned: () => withOptional(program, constraints, c) }));
    if (fitted === undefined) return failed();
    ({ ctx, content, recognition: planned } = fitted);
  }
  const dates = run(chooseDates({ ctx, content, replanned: () => withoutDefaultBreak(program, constraints, c) }));
  if (dates === undefined) return failed();
  const built = run(buildSessions({ program, ctx, content, dates, idSuffix: options.idSuffix }));
  if (built === undefined) return failed();
  let offering = built.offering;
  if (recognition !== undefined) {
    const claimed = run(checkRecognition({ offering, program, plan: recognition, constraints: c }));
    if (claimed === undefined) return failed();
    offering = claimed;
  }

  // The explanation is not built here: it is as large as the sessions again, and most callers never read
  // it (see withLazyExplanation). Everything it reads is the planner's own and does not change.
  const { agreed: agreedSessions, sessionCount, offeringId, ids } = built;
  const fittedConstraints = ctx.c;
  const explain = (): PlanExplanation =>
    explainPlan({
      constraints: fittedConstraints,
      unit,
      modules: order.modules,
      content,
      dates,
      built: { agreed: agreedSessions, sessionCount, offeringId, ids },
      recognition: planned,
    });
  // Never a half plan: a plan with errors has no offering (phases report errors by failing, so this is a safeguard).
  if (hasErrors(warnings)) {
    failure = [];
    return failed();
  }
  return withLazyExplanation({ ok: true as const, offering, diagnostics: sortDiagnostics(warnings) }, explain);
}

/** Everything the planner knows once constraints, modules and agreed sessions are in. */
function plannerContext(c: NormalizedConstraints, unit: Program['unit'], order: TeachingOrder, agreed: AgreedPlacement): PlannerContext {
  // A day on which the clocks change inside the window holds more or less than the wall clock says; it is skipped.
  const clock = new ClockChanges(c.timeZone);
  return {
    c,
    unit,
    modules: order.modules,
    before: order.before,
    remaining: agreed.remaining,
    fixed: agreed.fixed,
    agreedOrder: agreed.agreedOrder,
    clockChange: (day) => clock.changesWindow(day, c.window),
  };
}

/**
 * The change "include the optional modules" when it makes a plan for a recognition fit: a program too
 * short for the profile may reach it with them. Planned again in full.
 */
function withOptional(program: Program, constraints: PlanConstraints, c: NormalizedConstraints): Phrase[] {
  if (c.includeOptional || !moduleTree(program).modules.some((m) => m.optional)) return [];
  if (!plan(program, { ...constraints, includeOptional: true }).ok) return [];
  return [phrase('plan/infeasible', 'includeOptional', {})];
}

/**
 * The change "no lunch break" when it makes the plan fit: a window of one's own keeps the default break
 * unless `breaks` says otherwise, and the user may not know it is there. Planned again in full, since
 * modules given in days grow with the day.
 */
function withoutDefaultBreak(program: Program, constraints: PlanConstraints, c: NormalizedConstraints): Phrase[] {
  if (constraints.window === undefined || c.breaksGiven || c.breaks.length === 0) return [];
  if (!plan(program, { ...constraints, breaks: [] }).ok) return [];
  return [phrase('plan/infeasible', 'noLunchBreak', {})];
}
