import { builtinMeta, defineRule } from '../define-rule.js';
import { cite, inUnit, profileMinutes } from '../recognition-figures.js';
import { offeringConstraints, programConstraints } from '../recognition-targets.js';

/**
 * The teaching time in all reaches the profile's minimum: for an offering,
 * the sessions' windows minus breaks; for a program, its declared `hours`
 * (else the sum of its required modules).
 */
export const recognitionTotal = defineRule({
  meta: builtinMeta('recognition/total'),
  check(ctx) {
    for (const { claim, days } of offeringConstraints(ctx, 'total')) {
      if (days.days.length === 0) continue;
      const figures = cite(claim.profile, ctx.locale);
      let total = 0;
      let unknown = 0;
      for (const day of days.days) {
        if (day.minutes === undefined) unknown++;
        else total += day.minutes;
      }
      for (const c of claim.constraints) {
        const min = profileMinutes(claim.profile, c.min);
        if (min === undefined || total >= min) continue;
        const data = { total: inUnit(total, claim.profile), min: inUnit(min, claim.profile), missing: inUnit(min - total, claim.profile), ...figures };
        if (unknown > 0) ctx.report({ document: claim.doc, path: '/sessions', messageId: 'unknownTimes', hintId: 'addTime', data: { ...data, unknown } });
        else ctx.report({ document: claim.doc, path: '/sessions', messageId: 'tooLittle', hintId: 'addTime', data });
      }
    }
    for (const claim of programConstraints(ctx, 'total')) {
      const program = claim.doc.value;
      const tree = ctx.tree(program);
      const total = tree.declaredMinutes ?? tree.nestedMinutes;
      if (total === undefined) continue;
      const figures = cite(claim.profile, ctx.locale);
      for (const c of claim.constraints) {
        const min = profileMinutes(claim.profile, c.min);
        if (min === undefined || total >= min) continue;
        ctx.report({
          document: claim.doc,
          path: program.hours !== undefined ? '/hours' : '/modules',
          messageId: 'programTooLittle',
          hintId: 'addTime',
          data: { total: inUnit(total, claim.profile), min: inUnit(min, claim.profile), missing: inUnit(min - total, claim.profile), ...figures },
        });
      }
    }
  },
});
