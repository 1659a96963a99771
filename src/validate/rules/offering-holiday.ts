import { holidaysOnDates } from '../../calendar/holidays.js';
import type { Holiday } from '../../calendar/index.js';
import { defineRule } from '../define-rule.js';
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
  meta: {
    id: 'offering/holiday',
    severity: 'warning',
    description:
      "No session (not cancelled) falls on a public holiday of the offering's federal state (`state`, or the `state` option), or on a nationwide one when no state is known.",
  },
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      const state = view.offering.state ?? ctx.options.state;
      const dated = view.active.filter((s) => s.day !== undefined && typeof s.session.date === 'string');
      if (dated.length === 0) continue;
      const dates = dated.map((s) => s.session.date!);
      const region = typeof view.offering.region === 'string' ? view.offering.region : undefined;
      let holidays: Map<string, Holiday[]> | undefined;
      let where: { en: string; de: string } =
        state === undefined ? { en: 'all of Germany', de: 'ganz Deutschland' } : { en: state, de: state };
      if (region !== undefined && state !== undefined) {
        try {
          holidays = holidaysOnDates(dates, { state, region });
          where = { en: `${state}-${region}`, de: `${state}-${region}` };
        } catch {
          // A region the holiday calendar does not know (offering/region reports it) still leaves the
          // state's holidays to check.
          holidays = undefined;
        }
      }
      try {
        holidays ??= holidaysOnDates(dates, { state });
      } catch {
        continue;
      }
      if (holidays.size === 0) continue;
      for (const info of dated) {
        const found = holidays.get(info.session.date!);
        if (!found) continue;
        ctx.report({
          document: view.doc,
          path: `${info.pointer}/date`,
          message: {
            en: `${info.session.date} is a public holiday in ${where.en} (${found.map((h) => h.nameEn ?? h.name).join(' / ')})`,
            de: `${info.session.date} ist in ${where.de} ein Feiertag (${found.map((h) => h.name).join(' / ')})`,
          },
          hint:
            state === undefined
              ? {
                  en: 'Move the session, or cancel it with status: cancelled if it does not take place; give the offering a state to check its own holidays too',
                  de: 'Verlegen Sie den Termin, oder setzen Sie status: cancelled, wenn er ausfällt; geben Sie dem Angebot ein Bundesland (state), um auch dessen Feiertage zu prüfen',
                }
              : {
                  en: 'Move the session, or cancel it with status: cancelled if it does not take place',
                  de: 'Verlegen Sie den Termin, oder setzen Sie status: cancelled, wenn er ausfällt',
                },
        });
      }
    }
  },
});
