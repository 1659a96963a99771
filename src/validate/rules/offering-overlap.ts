import { defineRule } from '../define-rule.js';
import { sessionLabel } from '../labels.js';
import type { SessionInfo } from '../offering-analysis.js';
import { offeringViews } from '../offering-context.js';

/** Two sessions of one offering (not cancelled) do not overlap in time. */
export const offeringOverlap = defineRule({
  meta: {
    id: 'offering/overlap',
    severity: 'error',
    description: 'Sessions of one offering that are not cancelled do not overlap in time.',
  },
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      const timed = view.active
        .filter((s) => s.day !== undefined && s.window !== undefined && s.window.end > s.window.start)
        .sort((a, b) => a.day! - b.day! || a.window!.start - b.window!.start || a.index - b.index);
      let reach: SessionInfo | undefined;
      for (const info of timed) {
        if (reach && reach.day === info.day && info.window!.start < reach.window!.end) {
          const other = sessionLabel(reach);
          ctx.report({
            document: view.doc,
            path: `${info.pointer}/time`,
            message: {
              en: `This session overlaps ${other.en} (${reach.session.time})`,
              de: `Dieser Termin überschneidet sich mit ${other.de} (${reach.session.time})`,
            },
          });
        }
        if (!reach || reach.day !== info.day || info.window!.end > reach.window!.end) reach = info;
      }
    }
  },
});
