import { defineRule } from '../define-rule.js';
import { offeringViews } from '../offering-context.js';
import { formatTimeWindow, parseTimeWindow } from '../../model/time-window.js';

/**
 * A session's window and breaks run forward and leave teaching time. The
 * schema already rejects reversed windows in parsed files (`time/reversed`);
 * this rule also catches them in documents built in code, and catches
 * breaks that swallow the whole session.
 */
export const offeringTimeWindow = defineRule({
  meta: {
    id: 'offering/time-window',
    severity: 'error',
    description: 'Session windows and breaks are not reversed or empty, and breaks leave some teaching time.',
  },
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      for (const info of view.sessions) {
        const s = info.session;
        if (typeof s.time === 'string') {
          const w = parseTimeWindow(s.time);
          if (w && w.end <= w.start) {
            ctx.report({
              document: view.doc,
              path: `${info.pointer}/time`,
              message: {
                en: `Time window ${s.time} ${w.end < w.start ? 'ends before it starts' : 'is empty'}`,
                de: `Zeitfenster ${s.time} ${w.end < w.start ? 'endet, bevor es beginnt' : 'ist leer'}`,
              },
            });
            continue;
          }
        }
        s.breaks?.forEach((text, i) => {
          const b = typeof text === 'string' ? parseTimeWindow(text) : undefined;
          if (b && b.end <= b.start) {
            ctx.report({
              document: view.doc,
              path: `${info.pointer}/breaks/${i}`,
              message: {
                en: `Break ${text} ${b.end < b.start ? 'ends before it starts' : 'is empty'}`,
                de: `Pause ${text} ${b.end < b.start ? 'endet, bevor sie beginnt' : 'ist leer'}`,
              },
            });
          }
        });
        if (info.window && info.teaching === 0 && info.breaks.length > 0) {
          ctx.report({
            document: view.doc,
            path: `${info.pointer}/breaks`,
            message: {
              en: `The breaks fill the whole session ${formatTimeWindow(info.window)}; no teaching time is left`,
              de: `Die Pausen füllen den ganzen Termin ${formatTimeWindow(info.window)}; es bleibt keine Unterrichtszeit`,
            },
          });
        }
      }
    }
  },
});
