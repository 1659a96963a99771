import { builtinMeta, defineRule } from '../define-rule.js';
import { cite, inUnit, profileMinutes } from '../recognition-figures.js';
import { offeringConstraints } from '../recognition-targets.js';

/**
 * Enough teaching time is in person: at least the profile's `min`, and at
 * least (with `strict`, more than) its `minShare` of all teaching time.
 * Sessions without `mode`, or `in-person` or `hybrid`, are in person;
 * agenda items marked `online` or `phone` inside them are not.
 */
export const recognitionInPerson = defineRule({
  meta: builtinMeta('recognition/in-person'),
  check(ctx) {
    for (const { claim, days } of offeringConstraints(ctx, 'inPerson')) {
      const known = days.days.filter((d) => d.minutes !== undefined);
      if (known.length === 0) continue;
      const profile = claim.profile;
      const figures = cite(profile, ctx.locale);
      const total = known.reduce((sum, d) => sum + d.minutes!, 0);
      const inPerson = known.reduce((sum, d) => sum + (d.inPersonMinutes ?? 0), 0);
      const base = { document: claim.doc, path: '/sessions', hintId: 'moreInPerson' as const };
      for (const c of claim.constraints) {
        const min = profileMinutes(profile, c.min);
        if (min !== undefined && inPerson < min) {
          ctx.report({ ...base, messageId: 'tooLittle', data: { inPerson: inUnit(inPerson, profile), total: inUnit(total, profile), min: inUnit(min, profile), missing: inUnit(min - inPerson, profile), ...figures } });
        }
        if (c.minShare !== undefined) {
          const [num, den] = c.minShare.split('/').map(Number) as [number, number];
          // Compared in whole numbers: inPerson / total against num / den.
          const ok = c.strict === true ? inPerson * den > total * num : inPerson * den >= total * num;
          if (ok) continue;
          const needed = c.strict === true ? Math.floor((total * num) / den) + 1 : Math.ceil((total * num) / den);
          ctx.report({
            ...base,
            messageId: c.strict === true ? 'shareNotMore' : 'shareTooLow',
            data: { inPerson: inUnit(inPerson, profile), total: inUnit(total, profile), share: c.minShare, missing: inUnit(needed - inPerson, profile), ...figures },
          });
        }
      }
    }
  },
});
