export { plan, type PlanResult } from './plan.js';
export { DEFAULT_BREAKS, DEFAULT_WINDOW, planConstraintsSchema, type ConstraintDefault, type PlanConstraints } from './constraints.js';
export type { ChoiceReason, ChosenDate, PlanExplanation, SkipReason, SkippedDate } from './explanation.js';
export type { PlanDiagnosticCode } from './plan-diagnostic.js';
export { moduleMinutes, plannedModules, totalMinutes, type ModuleSelection, type PlannedModule } from './planned-modules.js';
export { topologicalOrder } from './topological-order.js';
export { layoutDay, sessionTeachingMinutes, sessionTeachingUnits } from './session-time.js';
export { exactAmount } from './amount-text.js';
export { planTracks, type TrackPlan, type TrackPlans } from './plan-tracks.js';
