import { builtinMeta, defineRule } from '../define-rule.js';
import { profileIds } from '../../recognition/resolve.js';
import { recognitionClaims, type ClaimCheck } from '../recognition-targets.js';

/**
 * A recognition a program or offering claims names a profile that exists:
 * a built-in one or one of the config file's `profiles`. A near miss gets a
 * did-you-mean; custom profiles that extend each other in a circle, or a
 * complete profile that lacks fields, are named. (Unknown ids in the
 * `profiles` option are reported with the options.)
 */
export const recognitionProfile = defineRule({
  meta: builtinMeta('recognition/profile'),
  check(ctx) {
    const { programs, offerings } = recognitionClaims(ctx);
    const claims: ClaimCheck[] = [...programs, ...offerings.flatMap((o) => o.claims)].filter((c) => c.origin === 'own');
    for (const claim of claims) {
      const r = claim.resolution;
      if (r.ok) continue;
      const base = { document: claim.doc, path: claim.pointer };
      if (r.reason === 'unknown') {
        if (r.suggestion !== undefined) {
          ctx.report({ ...base, messageId: 'unknown', hintId: 'didYouMean', data: { id: claim.id, suggestion: r.suggestion } });
        } else {
          ctx.report({ ...base, messageId: 'unknown', hintId: 'listKnown', data: { id: claim.id, known: profileIds(ctx.options.customProfiles) } });
        }
      } else if (r.reason === 'cycle') {
        ctx.report({ ...base, messageId: 'cycle', data: { id: claim.id, cycle: r.cycle.join(' → ') } });
      } else {
        ctx.report({ ...base, messageId: 'incomplete', hintId: 'extendOrComplete', data: { id: claim.id, missing: [...r.missing] } });
      }
    }
  },
});
