import type { DayContent } from '../allocate.js';
import { contentFor, type PlannerContext } from '../planner-context.js';

const NO_CONTENT: DayContent = Object.freeze({ days: 0, dayStart: new Int32Array(1), item: new Int32Array(0), minutes: new Float64Array(0) });

/**
 * Phase 6, allocate time to days: cuts the modules' remaining time, in
 * teaching order, into days of the plan's capacity (each module within its
 * caps; one that says how many sessions it takes starts on a day of its
 * own; with `splitModules: false` a module stays within one day). No dates
 * yet: every planned day holds the same, so the number of days is known
 * before any is chosen. It cannot fail once feasibility is checked (every
 * module fits a day, no cycle is left), so it gives the content itself.
 */
export function allocateDays(ctx: PlannerContext): DayContent {
  return contentFor(ctx, ctx.c.dayCapacity) ?? NO_CONTENT;
}
