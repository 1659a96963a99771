import { parseCredits, workloadPerCredit } from '../../duration/index.js';
import { builtinMeta, defineRule } from '../define-rule.js';
import type { Program } from '../../model/program.js';
import type { RuleDocument } from '../types.js';

/**
 * Workload per ECTS credit (declared hours, else the sum of required
 * modules, in clock hours) lies within `creditHours` (default 25 to 30 h),
 * for the program and for every module that gives its own `credits`.
 */
export const creditsWorkload = defineRule({
  meta: builtinMeta('credits/workload'),
  check(ctx) {
    for (const doc of ctx.programDocuments) {
      const program = doc.value;
      const tree = ctx.tree(program);
      // Declared hours, else what the required modules add up to.
      if (program.credits !== undefined) checkWorkload(ctx, doc, '/credits', program.credits, tree.declaredMinutes ?? tree.nestedMinutes);
      // Module handbooks give credits per module: each module's own hours (or its nested modules') are its workload.
      for (const node of tree.modules) {
        if (node.module.credits === undefined) continue;
        checkWorkload(ctx, doc, `${node.pointer}/credits`, node.module.credits, node.minutes);
      }
    }
  },
});

function checkWorkload(
  ctx: Parameters<typeof creditsWorkload.check>[0],
  doc: RuleDocument<Program>,
  path: string,
  written: number | string,
  minutes: number | undefined,
): void {
  if (minutes === undefined) return;
  const { min, max } = ctx.options.creditHours;
  const parsed = parseCredits(written);
  if (!parsed.ok || parsed.credits <= 0) return;
  // Compared in minutes so that 2.5 credits at exactly 25 h are not flagged by float noise.
  const credits = parsed.credits;
  const tooLow = minutes * 100 < Math.round(min * 60 * credits * 100);
  const tooHigh = minutes * 100 > Math.round(max * 60 * credits * 100);
  if (!tooLow && !tooHigh) return;
  // Two places are enough to compare with a range of whole hours.
  const perCredit = Math.round(workloadPerCredit(minutes, credits) * 100) / 100;
  ctx.report({
    document: doc,
    path,
    messageId: 'outside',
    hintId: 'checkRatio',
    data: { credits, hours: { minutes, unit: 'h' }, perCredit, min, max },
  });
}
