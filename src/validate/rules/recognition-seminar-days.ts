import { daysBetween } from '../../calendar/calendar-day.js';
import { builtinMeta, defineRule } from '../define-rule.js';
import { cite } from '../recognition-figures.js';
import { offeringConstraints } from '../recognition-targets.js';

/** Average days in a month of the Gregorian calendar. */
const DAYS_PER_MONTH = 365.2425 / 12;

/**
 * A volunteer service's seminar programme (one offering per cohort) has the
 * seminar days its months of service need: `days` for `months` months,
 * `perExtraMonth` more for each month beyond, `perMissingMonth` fewer for
 * each month short. The months run from the offering's `start` to its
 * `end` (12 when it gives neither, and the message says so). `political`
 * asks for a seminar of that many days in a row.
 */
export const recognitionSeminarDays = defineRule({
  meta: builtinMeta('recognition/seminar-days'),
  check(ctx) {
    for (const { claim, days } of offeringConstraints(ctx, 'seminarDays')) {
      const offering = claim.doc.value;
      const figures = cite(claim.profile, ctx.locale);
      const count = days.days.length;
      const months =
        offering.start !== undefined && offering.end !== undefined && offering.end >= offering.start
          ? Math.max(1, Math.round((daysBetween(offering.start, offering.end) + 1) / DAYS_PER_MONTH))
          : undefined;
      for (const c of claim.constraints) {
        const served = months ?? c.months;
        const min =
          served >= c.months ? c.days + (served - c.months) * (c.perExtraMonth ?? 0) : Math.max(0, c.days - (c.months - served) * (c.perMissingMonth ?? 0));
        if (count < min) {
          if (months === undefined) {
            ctx.report({ document: claim.doc, path: '/sessions', messageId: 'tooFewAssumed', hintId: 'addSeminarDays', data: { count, months: c.months, min, missing: min - count, ...figures } });
          } else {
            ctx.report({ document: claim.doc, path: '/sessions', messageId: 'tooFew', hintId: 'addSeminarDays', data: { count, months, min, missing: min - count, ...figures } });
          }
        }
        if (c.political !== undefined && count > 0 && !days.blocks.some((b) => b.length >= c.political!)) {
          ctx.report({ document: claim.doc, path: '/sessions', messageId: 'noPolitical', hintId: 'addPolitical', data: { days: c.political, ...figures } });
        }
      }
    }
  },
});
