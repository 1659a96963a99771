import { defineRule } from '../define-rule.js';
import { sessionLabel } from '../labels.js';
import { offeringViews } from '../offering-context.js';

/** Sessions still to be agreed are listed as information: planned, not yet fixed. */
export const offeringToBeAgreed = defineRule({
  meta: {
    id: 'offering/to-be-agreed',
    severity: 'info',
    description: 'Lists sessions still to be agreed (`status: to-be-agreed`), as information, not as a problem.',
  },
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      for (const info of view.sessions) {
        if (info.session.status !== 'to-be-agreed') continue;
        const label = sessionLabel(info);
        ctx.report({
          document: view.doc,
          path: `${info.pointer}/status`,
          message: { en: `${capital(label.en)} is still to be agreed`, de: `${label.de} ist noch abzustimmen` },
          hint: {
            en: 'Set its date and status: scheduled once it is agreed',
            de: 'Tragen Sie Datum und status: scheduled ein, sobald er feststeht',
          },
        });
      }
    }
  },
});

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
