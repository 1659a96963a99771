import type { Phrase } from '../../core/diagnostic.js';
import { finding, type Finding } from '../../messages/finding.js';
import type { Offering } from '../../model/offering.js';
import type { Program } from '../../model/program.js';
import { recognitionVerdicts } from '../../validate/recognition-verdict.js';
import type { NormalizedConstraints } from '../constraints.js';
import { passed, planDiagnostic, stopped, type PhaseResult } from '../phase.js';
import type { RecognitionPlan } from './resolve-recognition.js';

/** What {@link checkRecognition} reads. */
export interface CheckRecognitionInput {
  offering: Offering;
  program: Program;
  plan: RecognitionPlan;
  constraints: NormalizedConstraints;
}

/**
 * Phase 9, check the recognition (only for a plan made for one): the
 * offering claims the recognition (`recognitions: [{ profile }]`) and is
 * checked by the `recognition/` rules against the profile, as `validate`
 * would check it, so a plan for a recognition never comes back without
 * qualifying. What the layout cannot see (agreed sessions, a week without
 * a usable day in a row of weekly days, blocks the dates pushed apart)
 * fails here as a `plan/infeasible` with the rule's own message and hint.
 * Findings about the program alone (participants, admission) are not the
 * plan's: validate reports them.
 */
export function checkRecognition({ offering, program, plan, constraints: c }: CheckRecognitionInput): PhaseResult<Offering> {
  const claimed: Offering = { ...offering, recognitions: [{ profile: plan.req.id }] };
  const [verdict] = recognitionVerdicts(claimed, program, { customProfiles: c.customProfiles, locale: c.locale });
  const problems = (verdict?.findings ?? []).filter((d) => d.severity === 'error' && d.file === '<offering>');
  if (problems.length === 0) return passed(claimed);
  return stopped(
    problems.map((d) => {
      const problem: Phrase = { ns: d.code, id: d.messageId, data: d.data };
      const f: Finding =
        d.hintId === undefined
          ? finding('plan/infeasible', 'profileCheck', { problem })
          : finding('plan/infeasible', 'profileCheck', { problem, hint: { ns: d.code, id: d.hintId, data: d.data } }, 'profileCheckHint');
      return planDiagnostic(f, '/profile', c.locale);
    }),
  );
}
