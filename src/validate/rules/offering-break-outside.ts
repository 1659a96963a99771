import { defineRule } from '../define-rule.js';
import { offeringViews } from '../offering-context.js';
import { formatTimeWindow } from '../../model/time-window.js';

/** Every break lies inside its session's time window. */
export const offeringBreakOutside = defineRule({
  meta: {
    id: 'offering/break-outside',
    severity: 'error',
    description: 'Every break lies inside its session\'s time window.',
  },
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      for (const info of view.sessions) {
        const w = info.window;
        if (!w || w.end <= w.start) continue;
        for (const b of info.breaks) {
          if (b.window.start >= w.start && b.window.end <= w.end) continue;
          ctx.report({
            document: view.doc,
            path: b.pointer,
            message: {
              en: `Break ${formatTimeWindow(b.window)} lies outside the session's time ${formatTimeWindow(w)}`,
              de: `Pause ${formatTimeWindow(b.window)} liegt außerhalb der Terminzeit ${formatTimeWindow(w)}`,
            },
          });
        }
      }
    }
  },
});
