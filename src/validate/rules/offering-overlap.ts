import { builtinMeta, defineRule } from '../define-rule.js';
import { sessionLabel } from '../labels.js';
import type { SessionInfo } from '../offering-analysis.js';
import { offeringViews } from '../offering-context.js';

/** Two sessions of one offering (not cancelled) do not overlap in time. */
export const offeringOverlap = defineRule({
  meta: builtinMeta('offering/overlap'),
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      const usable = (s: SessionInfo) => s.window !== undefined && s.window.end > s.window.start;
      let timed = view.dated.every(usable) ? view.dated : view.dated.filter(usable);
      // Offerings list their sessions in order almost always: a sort (of a copy: the view's list is shared) only when they are not.
      if (!inOrder(timed)) timed = timed.slice().sort(byStart);
      let reach: SessionInfo | undefined;
      for (let iInfo = 0; iInfo < timed.length; iInfo++) {
        const info = timed[iInfo]!;
        if (reach && reach.day === info.day && info.window!.start < reach.window!.end) {
          ctx.report({
            document: view.doc,
            path: `${info.pointer}/time`,
            messageId: 'overlaps',
            data: { other: sessionLabel(reach), time: reach.session.time ?? '' },
          });
        }
        if (!reach || reach.day !== info.day || info.window!.end > reach.window!.end) reach = info;
      }
    }
  },
});

function byStart(a: SessionInfo, b: SessionInfo): number {
  return a.day! - b.day! || a.window!.start - b.window!.start || a.index - b.index;
}

function inOrder(sessions: readonly SessionInfo[]): boolean {
  for (let i = 1; i < sessions.length; i++) if (byStart(sessions[i - 1]!, sessions[i]!) > 0) return false;
  return true;
}
