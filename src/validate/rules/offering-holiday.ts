import { holidaysBetween, type Holiday } from '../../calendar/index.js';
import { defineRule } from '../define-rule.js';
import { offeringViews } from '../offering-context.js';

/**
 * Sessions on a public holiday of the offering's federal state (`state`,
 * else the `state` option; `region` refines it). Holidays come from
 * date-holidays, which is loaded only when an offering has dated sessions
 * and a state.
 */
export const offeringHoliday = defineRule({
  meta: {
    id: 'offering/holiday',
    severity: 'warning',
    description: 'No session (not cancelled) falls on a public holiday of the offering\'s federal state (`state`, or the `state` option).',
  },
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      const state = view.offering.state ?? ctx.options.state;
      if (state === undefined) continue;
      const dated = view.active.filter((s) => s.day !== undefined && typeof s.session.date === 'string');
      if (dated.length === 0) continue;
      const dates = dated.map((s) => s.session.date!).sort();
      const from = dates[0]!;
      const to = dates[dates.length - 1]!;
      const region = typeof view.offering.region === 'string' ? view.offering.region : undefined;
      let holidays: Holiday[] | undefined;
      let where: string = state;
      if (region !== undefined) {
        try {
          holidays = holidaysBetween(from, to, { state, region });
          where = `${state}-${region}`;
        } catch {
          // A region the holiday calendar does not know (offering/region reports it) still leaves the
          // state's holidays to check.
          holidays = undefined;
        }
      }
      try {
        holidays ??= holidaysBetween(from, to, { state });
      } catch {
        continue;
      }
      if (holidays.length === 0) continue;
      const byDate = new Map<string, Holiday[]>();
      for (const h of holidays) byDate.set(h.date, [...(byDate.get(h.date) ?? []), h]);
      for (const info of dated) {
        const found = byDate.get(info.session.date!);
        if (!found) continue;
        ctx.report({
          document: view.doc,
          path: `${info.pointer}/date`,
          message: {
            en: `${info.session.date} is a public holiday in ${where} (${found.map((h) => h.nameEn ?? h.name).join(' / ')})`,
            de: `${info.session.date} ist in ${where} ein Feiertag (${found.map((h) => h.name).join(' / ')})`,
          },
          hint: {
            en: 'Move the session, or cancel it with status: cancelled if it does not take place',
            de: 'Verlegen Sie den Termin, oder setzen Sie status: cancelled, wenn er ausfällt',
          },
        });
      }
    }
  },
});
