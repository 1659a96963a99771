import { ClockChanges } from '../../../src/calendar/local-time.js';
import { moduleTree } from '../../../src/model/module-tree.js';
import type { Program } from '../../../src/model/program.js';
import type { PlanConstraints } from '../../../src/schedule/constraints.js';
import type { PhaseResult } from '../../../src/schedule/phase.js';
import { allocateDays } from '../../../src/schedule/phases/allocate-days.js';
import { buildSessions } from '../../../src/schedule/phases/build-sessions.js';
import { checkFeasibility } from '../../../src/schedule/phases/check-feasibility.js';
import { chooseDates } from '../../../src/schedule/phases/choose-dates.js';
import { normalizeConstraints } from '../../../src/schedule/phases/normalize-constraints.js';
import { orderModules } from '../../../src/schedule/phases/order-modules.js';
import { placeAgreedSessions } from '../../../src/schedule/phases/place-agreed-sessions.js';
import { selectModules } from '../../../src/schedule/phases/select-modules.js';
import type { PlannerContext } from '../../../src/schedule/planner-context.js';

/** The value of a phase that must have passed; its diagnostics are the failure message otherwise. */
export function value<T>(result: PhaseResult<T>): T {
  if (!result.ok) throw new Error(`phase failed: ${result.diagnostics.map((d) => `${d.path} ${d.message}`).join('; ')}`);
  return result.value;
}

/** The modules phase 2 selects (for the order phase). */
export function selectedModules(program: Program, constraints: PlanConstraints) {
  return value(selectModules({ tree: moduleTree(program), constraints: value(normalizeConstraints(constraints)) }));
}

/** Runs the phases before the one under test, each of which must pass, and hands on what they give. */
export function upTo(program: Program, constraints: PlanConstraints) {
  const c = value(normalizeConstraints(constraints));
  const selected = value(selectModules({ tree: moduleTree(program), constraints: c }));
  const order = value(orderModules(selected, c.locale));
  const agreed = value(placeAgreedSessions({ constraints: c, unit: program.unit, order }));
  const clock = new ClockChanges(c.timeZone);
  const context: PlannerContext = {
    c,
    unit: program.unit,
    modules: order.modules,
    before: order.before,
    ...agreed,
    clockChange: (day) => clock.changesWindow(day, c.window),
  };
  return {
    c,
    selected,
    order,
    agreed,
    context,
    checked: () => value(checkFeasibility(context)),
    content: () => allocateDays(value(checkFeasibility(context))),
    dates: () => {
      const ctx = value(checkFeasibility(context));
      const content = allocateDays(ctx);
      return { ctx, content, dates: chooseDates({ ctx, content, replanned: () => [] }) };
    },
    built: () => {
      const ctx = value(checkFeasibility(context));
      const content = allocateDays(ctx);
      const dates = value(chooseDates({ ctx, content, replanned: () => [] }));
      return { ctx, content, dates, built: buildSessions({ program, ctx, content, dates }) };
    },
  };
}
