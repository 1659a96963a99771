import type * as z from 'zod';
import type { Diagnostic, Phrase } from '../../core/diagnostic.js';
import { parentPointer, toPointer } from '../../core/json-pointer.js';
import type { Locale } from '../../core/locale.js';
import { finding } from '../../messages/finding.js';
import { schemaProblems, type SchemaProblem } from '../../model/schema-issues.js';
import { findingOf, localeOf, planConstraintsSchema, type NormalizedConstraints, type PlanConstraints } from '../constraints.js';
import { passed, planDiagnostic, stopped, type PhaseResult } from '../phase.js';

/**
 * Phase 1, normalize constraints: checks the constraints against their
 * schema and gives their normalized form (dates as day numbers, windows in
 * minutes, defaults filled in and named), or a `plan/invalid-constraint`
 * for every problem, each at its JSON pointer into the constraints.
 */
export function normalizeConstraints(input: PlanConstraints): PhaseResult<NormalizedConstraints> {
  const parsed = planConstraintsSchema.safeParse(input);
  if (parsed.success) return passed(parsed.data);
  return stopped(constraintDiagnostics(parsed.error.issues, input, localeOf(input)));
}

/**
 * The diagnostics of the constraints' schema issues: the planner's own
 * checks carry their finding; the rest are schema problems (type, allowed
 * values, format, range, unknown keys with did-you-mean), worded as the
 * same problems in documents are and named by the constraint they concern.
 */
function constraintDiagnostics(issues: readonly z.core.$ZodIssue[], input: unknown, locale: Locale): Diagnostic[] {
  const out: Diagnostic[] = [];
  const rest: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    const own = findingOf(issue);
    if (own === undefined) rest.push(issue);
    else out.push(planDiagnostic(own, toPointer(issue.path as (string | number)[]), locale));
  }
  if (rest.length > 0) for (const problem of schemaProblems(planConstraintsSchema, rest, input)) out.push(problemDiagnostic(problem, locale));
  return out;
}

/**
 * A schema problem as a `plan/invalid-constraint`: its own message and
 * hint as phrases, prefixed with the constraint it concerns (constraints
 * have no line to point at). An unknown key is named by the key itself, so
 * the prefix is its parent.
 */
function problemDiagnostic(problem: SchemaProblem, locale: Locale): Diagnostic {
  const where = problem.code === 'schema/unknown-key' ? parentPointer(problem.path) : problem.path;
  const option = where.slice(1);
  const text: Phrase = { ns: problem.code, id: problem.messageId, data: problem.data };
  const hint: Phrase | undefined = problem.hintId === undefined ? undefined : { ns: problem.code, id: problem.hintId, data: problem.data };
  const f =
    option === ''
      ? hint === undefined
        ? finding('plan/invalid-constraint', 'schemaAtRoot', { problem: text })
        : finding('plan/invalid-constraint', 'schemaAtRoot', { problem: text, hint }, 'schemaHint')
      : hint === undefined
        ? finding('plan/invalid-constraint', 'schema', { option, problem: text })
        : finding('plan/invalid-constraint', 'schema', { option, problem: text, hint }, 'schemaHint');
  return planDiagnostic(f, problem.path, locale);
}
