import { builtinMeta, defineRule } from '../define-rule.js';
import { sessionLabel } from '../labels.js';
import { offeringViews } from '../offering-context.js';

/** Sessions still to be agreed are listed as information: planned, not yet fixed. */
export const offeringToBeAgreed = defineRule({
  meta: builtinMeta('offering/to-be-agreed'),
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      for (let iInfo = 0; iInfo < view.sessions.length; iInfo++) {
        const info = view.sessions[iInfo]!;
        if (info.session.status !== 'to-be-agreed') continue;
        ctx.report({
          document: view.doc,
          path: `${info.pointer}/status`,
          messageId: 'toBeAgreed',
          hintId: 'setDate',
          data: { session: sessionLabel(info, true) },
        });
      }
    }
  },
});
