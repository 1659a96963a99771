import { minutesBefore } from '../../recognition/course-days.js';
import { builtinMeta, defineRule } from '../define-rule.js';
import { cite, inUnit, profileMinutes } from '../recognition-figures.js';
import { offeringConstraints } from '../recognition-targets.js';

/**
 * Each course day has at least the profile's minimum of teaching time
 * before its clock time (windows minus breaks, cut at that time), e.g.
 * 4 UE before 20:00 for Bildungsfreistellung in Rheinland-Pfalz.
 */
export const recognitionBeforeTime = defineRule({
  meta: builtinMeta('recognition/before-time'),
  check(ctx) {
    for (const { claim, days } of offeringConstraints(ctx, 'before')) {
      const profile = claim.profile;
      const figures = cite(profile, ctx.locale);
      for (const c of claim.constraints) {
        const min = profileMinutes(profile, c.min);
        if (min === undefined) continue;
        const clock = Number(c.time.slice(0, 2)) * 60 + Number(c.time.slice(3, 5));
        for (const day of days.days) {
          const minutes = minutesBefore(day, clock);
          if (minutes === undefined || minutes >= min) continue;
          ctx.report({
            document: claim.doc,
            path: `${day.pointer}/time`,
            messageId: 'tooLittle',
            hintId: 'earlier',
            data: { number: day.number, date: day.date, minutes: inUnit(minutes, profile), time: c.time, min: inUnit(min, profile), missing: inUnit(min - minutes, profile), ...figures },
          });
        }
      }
    }
  },
});
