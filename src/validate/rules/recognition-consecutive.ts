import { weekStart } from '../../calendar/calendar-day.js';
import type { CourseDays } from '../../recognition/course-days.js';
import { builtinMeta, defineRule } from '../define-rule.js';
import { cite, spanOf } from '../recognition-figures.js';
import { offeringConstraints } from '../recognition-targets.js';

/**
 * The course days are in a row: calendar days without a gap (a weekend in
 * between is a gap). Where the profile allows it (`orOneDayPerWeek`), one
 * day a week in consecutive weeks passes too.
 */
export const recognitionConsecutive = defineRule({
  meta: builtinMeta('recognition/consecutive'),
  check(ctx) {
    for (const { claim, days } of offeringConstraints(ctx, 'consecutive')) {
      if (days.blocks.length <= 1) continue;
      const figures = cite(claim.profile, ctx.locale);
      const spans = days.blocks.map((b) => spanOf('recognition/consecutive', b));
      for (const c of claim.constraints) {
        const base = { document: claim.doc, path: '/sessions', hintId: 'close' as const };
        if (c.orOneDayPerWeek === true) {
          if (weekly(days)) continue;
          ctx.report({ ...base, messageId: 'notInARowOrWeekly', data: { count: days.days.length, spans, ...figures } });
        } else {
          ctx.report({ ...base, messageId: 'notInARow', data: { count: days.days.length, blocks: days.blocks.length, spans, ...figures } });
        }
      }
    }
  },
});

/** One day in each of consecutive calendar weeks (Monday to Sunday). */
function weekly(days: CourseDays): boolean {
  const weeks = days.days.map((d) => weekStart(d.day));
  return weeks.every((w, i) => i === 0 || w === weeks[i - 1]! + 7);
}
