import { START_OF_TEXT, type Diagnostic, type Severity } from '../core/diagnostic.js';
import { pick, type Bilingual, type Locale } from '../core/locale.js';

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
 * @example
 * ```ts
 * import { plan, type PlanDiagnosticCode } from 'curricula';
 * const code: PlanDiagnosticCode = 'plan/infeasible';
 * plan(program, { start: '2027-01-04', end: '2027-01-08' }).diagnostics[0]?.code === code;
 * ```
 */
export type PlanDiagnosticCode =
  | 'plan/infeasible'
  | 'plan/no-modules'
  | 'plan/invalid-constraint'
  | 'plan/cycle'
  | 'plan/fixed-conflict'
  | 'plan/module-skipped'
  | 'plan/fixed-ignored';

/** Builds a plan diagnostic; constraints have no source text, so positions are the start of text. */
export function planDiagnostic(
  code: PlanDiagnosticCode,
  severity: Severity,
  path: string,
  message: Bilingual,
  locale: Locale,
  hint?: Bilingual,
): Diagnostic {
  const d: Diagnostic = { ...START_OF_TEXT, code, severity, message: pick(message, locale), path };
  if (hint !== undefined) d.hint = pick(hint, locale);
  return d;
}
