import { defineRule } from '../define-rule.js';
import { sessionLabel } from '../labels.js';
import { offeringViews } from '../offering-context.js';
import { formatTimeWindow } from '../../model/time-window.js';

/** `{ module, hours }` entries of a session fit into its teaching time. */
export const offeringOverbooked = defineRule({
  meta: {
    id: 'offering/overbooked',
    severity: 'error',
    description: 'The hours a session gives its modules (`{ module, hours }`) fit into its teaching time (window minus breaks).',
  },
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      const unit = view.offering.unit;
      for (const info of view.sessions) {
        if (info.teaching === undefined || info.window === undefined) continue;
        if (info.explicitMinutes <= info.teaching) continue;
        const label = sessionLabel(info);
        ctx.report({
          document: view.doc,
          path: `${info.pointer}/modules`,
          message: {
            en: `The module hours of ${label.en} add up to ${ctx.formatMinutes(info.explicitMinutes, unit)}, but it has ${ctx.formatMinutes(info.teaching, unit)} of teaching time`,
            de: `Die Modulstunden von ${label.de} ergeben ${ctx.formatMinutes(info.explicitMinutes, unit)}, er hat aber nur ${ctx.formatMinutes(info.teaching, unit)} Unterrichtszeit`,
          },
          hint: {
            en: `${formatTimeWindow(info.window)} minus breaks`,
            de: `${formatTimeWindow(info.window)} abzüglich Pausen`,
          },
        });
      }
    }
  },
});
