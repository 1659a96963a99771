import { builtinMeta, defineRule } from '../define-rule.js';
import { cite } from '../recognition-figures.js';
import { offeringConstraints } from '../recognition-targets.js';

/**
 * An offering has at least the profile's minimum of course days (dated
 * sessions that are not cancelled or still to be agreed; several sessions
 * on one date are one day), and no more than its maximum.
 */
export const recognitionDays = defineRule({
  meta: builtinMeta('recognition/days'),
  check(ctx) {
    for (const { claim, days } of offeringConstraints(ctx, 'days')) {
      const count = days.days.length;
      if (count === 0) continue;
      const figures = cite(claim.profile, ctx.locale);
      for (const c of claim.constraints) {
        const base = { document: claim.doc, path: '/sessions' };
        if (c.min !== undefined && count < c.min) {
          ctx.report({ ...base, messageId: 'tooFew', hintId: 'addDays', data: { count, min: c.min, missing: c.min - count, ...figures } });
        }
        if (c.max !== undefined && count > c.max) {
          ctx.report({ ...base, messageId: 'tooMany', hintId: 'splitCourse', data: { count, max: c.max, ...figures } });
        }
      }
    }
  },
});
