import { fromDayNumber } from '../../calendar/calendar-day.js';
import { builtinMeta, defineRule } from '../define-rule.js';
import { cite, spanOf } from '../recognition-figures.js';
import { offeringConstraints } from '../recognition-targets.js';

/**
 * The course days form at most the profile's number of blocks (a block is
 * a run of consecutive calendar days), each of at least `minDaysPerBlock`
 * days, all within `withinWeeks` weeks from the first day to the last.
 */
export const recognitionBlocks = defineRule({
  meta: builtinMeta('recognition/blocks'),
  check(ctx) {
    const ns = 'recognition/blocks';
    for (const { claim, days } of offeringConstraints(ctx, 'blocks')) {
      if (days.days.length === 0) continue;
      const figures = cite(claim.profile, ctx.locale);
      for (const c of claim.constraints) {
        if (days.blocks.length > c.max) {
          ctx.report({
            document: claim.doc,
            path: '/sessions',
            messageId: 'tooMany',
            hintId: 'join',
            data: { count: days.blocks.length, spans: days.blocks.map((b) => spanOf(ns, b)), max: c.max, ...figures },
          });
        }
        if (c.minDaysPerBlock !== undefined) {
          days.blocks.forEach((block, i) => {
            if (block.length >= c.minDaysPerBlock!) return;
            ctx.report({
              document: claim.doc,
              path: `${block[0]!.pointer}/date`,
              messageId: 'shortBlock',
              hintId: 'lengthen',
              data: { number: i + 1, span: spanOf(ns, block), days: block.length, min: c.minDaysPerBlock!, ...figures },
            });
          });
        }
        if (c.withinWeeks !== undefined) {
          const first = days.days[0]!;
          const last = days.days[days.days.length - 1]!;
          const limit = Math.floor(c.withinWeeks * 7);
          const span = last.day - first.day + 1;
          if (span > limit) {
            ctx.report({
              document: claim.doc,
              path: `${last.pointer}/date`,
              messageId: 'tooSpread',
              hintId: 'closer',
              data: { weeks: Math.ceil(span / 7), from: first.date, to: last.date, max: c.withinWeeks, latest: fromDayNumber(first.day + limit - 1), ...figures },
            });
          }
        }
      }
    }
  },
});
