import { parseCredits, workloadPerCredit } from '../../duration/index.js';
import { builtinMeta, defineRule } from '../define-rule.js';
import { indexProgram, minutesOrUndefined } from '../program-index.js';

/**
 * Workload per ECTS credit (declared hours, else the sum of required
 * modules, in clock hours) lies within `creditHours` (default 25 to 30 h).
 */
export const creditsWorkload = defineRule({
  meta: builtinMeta('credits/workload'),
  check(ctx) {
    const { min, max } = ctx.options.creditHours;
    for (const doc of ctx.programDocuments) {
      const program = doc.value;
      if (program.credits === undefined) continue;
      const parsed = parseCredits(program.credits);
      if (!parsed.ok || parsed.credits <= 0) continue;
      let minutes = minutesOrUndefined(program.hours, program.unit);
      if (minutes === undefined) {
        const index = indexProgram(program);
        const top = index.modules.filter((e) => e.parent === undefined && !e.optional);
        if (top.length === 0) continue;
        minutes = index.sumRequiredMinutes(top);
        if (minutes === undefined) continue;
      }
      // Compared in minutes so that 2.5 credits at exactly 25 h are not flagged by float noise.
      const credits = parsed.credits;
      const tooLow = minutes * 100 < Math.round(min * 60 * credits * 100);
      const tooHigh = minutes * 100 > Math.round(max * 60 * credits * 100);
      if (!tooLow && !tooHigh) continue;
      // Two places are enough to compare with a range of whole hours.
      const perCredit = Math.round(workloadPerCredit(minutes, credits) * 100) / 100;
      ctx.report({
        document: doc,
        path: '/credits',
        messageId: 'outside',
        hintId: 'checkRatio',
        data: { credits, hours: { minutes, unit: 'h' }, perCredit, min, max },
      });
    }
  },
});
