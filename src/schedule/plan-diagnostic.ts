import type { DiagnosticCode } from '../messages/codes.js';

/**
 * The diagnostic codes `plan()` reports:
 * - `plan/infeasible` (error): the constraints cannot be met; the message
 *   gives the figures and the hint the smallest changes that would fit;
 * - `plan/no-modules` (error): nothing in the program can be scheduled;
 * - `plan/invalid-constraint` (error): a constraint is malformed (end before
 *   start, reversed window, unknown weekday or state, …);
 * - `plan/cycle` (error): modules require each other in a circle;
 * - `plan/fixed-conflict` (error): agreed sessions cover more than a module
 *   needs, or sit before a module they require;
 * - `plan/module-skipped` (warning): a module without usable hours is left out;
 * - `plan/fixed-ignored` (warning): part of an agreed session could not be used.
 *
 * Their messages are in the catalogs under these codes (`MessageId<'plan/infeasible'>`).
 *
 * @example
 * ```ts
 * import { plan, type PlanDiagnosticCode } from 'curricula';
 * const code: PlanDiagnosticCode = 'plan/infeasible';
 * plan(program, { start: '2027-01-04', end: '2027-01-08' }).diagnostics[0]?.code === code;
 * ```
 */
export type PlanDiagnosticCode = Extract<DiagnosticCode, `plan/${string}`>;
