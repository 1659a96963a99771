import { builtinMeta, defineRule } from '../define-rule.js';
import { offeringViews } from '../offering-context.js';
import { formatTimeWindow } from '../../model/time-window.js';

/** Every break lies inside its session's time window. */
export const offeringBreakOutside = defineRule({
  meta: builtinMeta('offering/break-outside'),
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      for (let iInfo = 0; iInfo < view.sessions.length; iInfo++) {
        const info = view.sessions[iInfo]!;
        const w = info.window;
        if (!w || w.end <= w.start) continue;
        for (let iB = 0; iB < info.breaks.length; iB++) {
          const b = info.breaks[iB]!;
          if (b.window.start >= w.start && b.window.end <= w.end) continue;
          ctx.report({
            document: view.doc,
            path: b.pointer,
            messageId: 'outside',
            data: { break: formatTimeWindow(b.window), window: formatTimeWindow(w) },
          });
        }
      }
    }
  },
});
