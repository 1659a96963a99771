import { builtinMeta, defineRule } from '../define-rule.js';
import { amountMinutes } from '../../model/amount-minutes.js';
import { cite, inUnit, profileMinutes } from '../recognition-figures.js';
import { programConstraints } from '../recognition-targets.js';

/**
 * The program's certificate is valid no longer than the profile allows
 * (`certificate.validYears`) and names a renewal (`certificate.renewal`)
 * of at least the profile's hours within at most its years: a card that
 * says "valid 5 years" where the rules give 3 promises what is not so.
 */
export const recognitionCertificate = defineRule({
  meta: builtinMeta('recognition/certificate'),
  check(ctx) {
    for (const claim of programConstraints(ctx, 'certificate')) {
      const program = claim.doc.value;
      const certificate = program.certificate;
      const profile = claim.profile;
      const figures = cite(profile, ctx.locale);
      for (const c of claim.constraints) {
        const min = profileMinutes(profile, c.renewal?.hours);
        if (certificate === undefined) {
          if (c.validYears !== undefined) {
            ctx.report({ document: claim.doc, path: '', messageId: 'missing', hintId: 'addCertificate', data: { max: c.validYears, ...figures } });
          } else if (min !== undefined) {
            ctx.report({ document: claim.doc, path: '', messageId: 'renewalMissing', hintId: 'addCertificate', data: { min: inUnit(min, profile), ...figures } });
          }
          continue;
        }
        if (c.validYears !== undefined) {
          if (certificate.validYears === undefined) {
            ctx.report({ document: claim.doc, path: '/certificate', messageId: 'validMissing', data: { max: c.validYears, ...figures } });
          } else if (certificate.validYears > c.validYears) {
            ctx.report({ document: claim.doc, path: '/certificate/validYears', messageId: 'validTooLong', data: { given: certificate.validYears, max: c.validYears, ...figures } });
          }
        }
        if (c.renewal === undefined || min === undefined) continue;
        const renewal = certificate.renewal;
        if (renewal === undefined) {
          ctx.report({ document: claim.doc, path: '/certificate', messageId: 'renewalMissing', data: { min: inUnit(min, profile), ...figures } });
          continue;
        }
        const given = amountMinutes(renewal.hours, program.unit);
        if (given !== undefined && given < min) {
          ctx.report({ document: claim.doc, path: '/certificate/renewal/hours', messageId: 'renewalTooShort', data: { given: inUnit(given, profile), min: inUnit(min, profile), ...figures } });
        }
        const within = c.renewal.withinYears;
        if (within === undefined) continue;
        if (renewal.withinYears === undefined) {
          ctx.report({ document: claim.doc, path: '/certificate/renewal', messageId: 'renewalNoYears', data: { max: within, ...figures } });
        } else if (renewal.withinYears > within) {
          ctx.report({ document: claim.doc, path: '/certificate/renewal/withinYears', messageId: 'renewalTooLate', data: { given: renewal.withinYears, max: within, ...figures } });
        }
      }
    }
  },
});
