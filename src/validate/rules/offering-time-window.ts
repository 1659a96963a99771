import { builtinMeta, defineRule } from '../define-rule.js';
import { offeringViews } from '../offering-context.js';
import { formatTimeWindow, timeWindowOf } from '../../model/time-window.js';

/**
 * A session's window and breaks run forward and leave teaching time. The
 * schema already rejects reversed windows in parsed files (`time/reversed`);
 * this rule also catches them in documents built in code, and catches
 * breaks that swallow the whole session, and (as a warning) sessions
 * the clocks change during, whose teaching time is what really passes
 * (01:00–04:00 on the last Sunday of March in Berlin holds two hours).
 */
export const offeringTimeWindow = defineRule({
  meta: builtinMeta('offering/time-window'),
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      for (let iInfo = 0; iInfo < view.sessions.length; iInfo++) {
        const info = view.sessions[iInfo]!;
        const s = info.session;
        if (typeof s.time === 'string') {
          // The analysis read the window already (a reversed one too).
          const w = info.window;
          if (w && w.end <= w.start) {
            ctx.report({
              document: view.doc,
              path: `${info.pointer}/time`,
              messageId: w.end < w.start ? 'windowReversed' : 'windowEmpty',
              data: { window: s.time },
            });
            continue;
          }
        }
        s.breaks?.forEach((text, i) => {
          const b = typeof text === 'string' ? timeWindowOf(text) : undefined;
          if (b && b.end <= b.start) {
            ctx.report({
              document: view.doc,
              path: `${info.pointer}/breaks/${i}`,
              messageId: b.end < b.start ? 'breakReversed' : 'breakEmpty',
              data: { break: text },
            });
          }
        });
        if (info.clockChange !== undefined && info.window !== undefined && typeof s.date === 'string') {
          // Counted as the time that really passes, and said, so that a three-hour session never silently holds two.
          ctx.report({
            document: view.doc,
            path: `${info.pointer}/time`,
            severity: 'warning',
            messageId: 'clockChange',
            hintId: 'countsReal',
            data: {
              date: s.date,
              zone: view.offering.timeZone,
              window: formatTimeWindow(info.window),
              real: { minutes: info.clockChange.real, unit: 'min' },
              wall: { minutes: info.clockChange.wall, unit: 'min' },
            },
          });
        }
        if (info.window && info.teaching === 0 && info.breaks.length > 0) {
          ctx.report({
            document: view.doc,
            path: `${info.pointer}/breaks`,
            messageId: 'breaksFill',
            data: { window: formatTimeWindow(info.window) },
          });
        }
      }
    }
  },
});
