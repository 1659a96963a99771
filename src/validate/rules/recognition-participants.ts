import { builtinMeta, defineRule } from '../define-rule.js';
import { cite } from '../recognition-figures.js';
import { programConstraints } from '../recognition-targets.js';

/** The program's `participants.max` is within the profile's limit (a program without a maximum is not flagged). */
export const recognitionParticipants = defineRule({
  meta: builtinMeta('recognition/participants'),
  check(ctx) {
    for (const claim of programConstraints(ctx, 'participants')) {
      const max = claim.doc.value.participants?.max;
      if (max === undefined) continue;
      for (const c of claim.constraints) {
        if (max <= c.max) continue;
        ctx.report({ document: claim.doc, path: '/participants/max', messageId: 'tooMany', hintId: 'lower', data: { max, limit: c.max, ...cite(claim.profile, ctx.locale) } });
      }
    }
  },
});
