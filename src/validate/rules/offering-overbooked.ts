import { builtinMeta, defineRule } from '../define-rule.js';
import { sessionLabel } from '../labels.js';
import { offeringViews } from '../offering-context.js';
import { formatTimeWindow } from '../../model/time-window.js';

/** `{ module, hours }` entries of a session fit into its teaching time. */
export const offeringOverbooked = defineRule({
  meta: builtinMeta('offering/overbooked'),
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      const unit = view.offering.unit;
      for (let iInfo = 0; iInfo < view.sessions.length; iInfo++) {
        const info = view.sessions[iInfo]!;
        if (info.teaching === undefined || info.window === undefined) continue;
        if (info.explicitMinutes <= info.teaching) continue;
        ctx.report({
          document: view.doc,
          path: `${info.pointer}/modules`,
          messageId: 'overbooked',
          hintId: 'minusBreaks',
          data: {
            session: sessionLabel(info),
            booked: { minutes: info.explicitMinutes, unit },
            teaching: { minutes: info.teaching, unit },
            window: formatTimeWindow(info.window),
          },
        });
      }
    }
  },
});
