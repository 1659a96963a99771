import { builtinMeta, defineRule } from '../define-rule.js';
import { claimPath, cite } from '../recognition-figures.js';
import { recognitionClaims } from '../recognition-targets.js';

/**
 * Which version of a recognition profile an offering was checked against:
 * a warning when no version is in force on its first day (the nearest one
 * is used, and named), information when the profile changed and a later
 * version was used, or when the offering runs across a change (the rules
 * of its first day are used).
 */
export const recognitionInForce = defineRule({
  meta: builtinMeta('recognition/in-force'),
  check(ctx) {
    for (const { doc, days, claims } of recognitionClaims(ctx).offerings) {
      for (const claim of claims) {
        const r = claim.resolution;
        if (!r.ok || claim.date === undefined) continue;
        const { name } = cite(r.profile, ctx.locale);
        const base = { document: doc, path: claimPath(claim, days.days.length > 0 ? '/sessions' : '') };
        const id = claim.id;
        if (!r.inForce) {
          const to = r.profile.validTo;
          if (to === undefined) {
            ctx.report({ ...base, severity: 'warning', messageId: 'notInForce', hintId: 'checkDates', data: { name, id, date: claim.date, from: r.profile.validFrom } });
          } else {
            ctx.report({ ...base, severity: 'warning', messageId: 'notInForceUntil', hintId: 'checkDates', data: { name, id, date: claim.date, from: r.profile.validFrom, to } });
          }
          continue;
        }
        const end = doc.value.end ?? days.days[days.days.length - 1]?.date ?? claim.date;
        const change = r.versions.find((v) => v.validFrom > claim.date! && v.validFrom <= end);
        if (change !== undefined) {
          ctx.report({ ...base, messageId: 'spans', data: { start: claim.date, end, name, id, changed: change.validFrom } });
        } else if (r.versions.length > 1 && r.versions[0]!.validFrom < r.profile.validFrom) {
          ctx.report({ ...base, messageId: 'changed', data: { year: claim.date.slice(0, 4), name, id, changed: r.profile.validFrom } });
        }
      }
    }
  },
});
