import { holidaysOnDates } from '../../calendar/holidays.js';
import { CurriculaUsageError } from '../../core/errors.js';
import type { Holiday } from '../../calendar/index.js';
import { builtinMeta, defineRule } from '../define-rule.js';
import { offeringViews } from '../offering-context.js';

/**
 * Sessions on a public holiday of the offering's federal state (`state`,
 * else the `state` option; `region` refines it), or, when no state is
 * known, on a public holiday of all of Germany (Neujahr, Karfreitag, …,
 * both days of Christmas). Holidays come from date-holidays, which is
 * loaded only when an offering has dated sessions, and only for the years
 * those sessions fall in: one mistyped year (9999-01-01) costs a year,
 * not every year up to it.
 */
export const offeringHoliday = defineRule({
  meta: builtinMeta('offering/holiday'),
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      const state = view.offering.state ?? ctx.options.state;
      // A day number comes only from a date string.
      const dated = view.dated;
      if (dated.length === 0) continue;
      // Four sessions a day are one holiday question, not four: a day like the one before is left
      // out (sessions come in order); holidaysOnDates takes any other repeat once.
      const dates: string[] = [];
      let previous: number | undefined;
      for (let iS = 0; iS < dated.length; iS++) {
        const s = dated[iS]!;
        if (s.day === previous) continue;
        previous = s.day;
        dates.push(s.session.date!);
      }
      const region = typeof view.offering.region === 'string' ? view.offering.region : undefined;
      let holidays: Map<string, Holiday[]> | undefined;
      let inRegion = false;
      if (region !== undefined && state !== undefined) {
        try {
          holidays = holidaysOnDates(dates, { state, region });
          inRegion = true;
        } catch (error) {
          if (!(error instanceof CurriculaUsageError)) throw error;
          // A region the holiday calendar does not know (offering/region reports it) still leaves the
          // state's holidays to check.
          holidays = undefined;
        }
      }
      try {
        holidays ??= holidaysOnDates(dates, { state });
      } catch (error) {
        // An unknown state (the options check reports it); a holiday calendar that cannot be
        // loaded is not a reason to pass the sessions silently.
        if (!(error instanceof CurriculaUsageError)) throw error;
        continue;
      }
      if (holidays.size === 0) continue;
      for (let iInfo = 0; iInfo < dated.length; iInfo++) {
        const info = dated[iInfo]!;
        const found = holidays.get(info.session.date!);
        if (!found) continue;
        // Both names, so the diagnostic renders right in either language.
        const names = found.map((h) => (h.nameEn === undefined ? { name: h.name } : { name: h.name, nameEn: h.nameEn }));
        const date = info.session.date!;
        const path = `${info.pointer}/date`;
        if (state === undefined) {
          ctx.report({ document: view.doc, path, messageId: 'holidayNationwide', hintId: 'moveOrState', data: { date, names } });
        } else if (inRegion) {
          ctx.report({ document: view.doc, path, messageId: 'holidayRegion', hintId: 'move', data: { date, place: state, region: region!, names } });
        } else {
          ctx.report({ document: view.doc, path, messageId: 'holiday', hintId: 'move', data: { date, place: state, names } });
        }
      }
    }
  },
});
