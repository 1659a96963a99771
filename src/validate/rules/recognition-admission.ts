import type { Admission, OutsideCertificate } from '../../model/admission.js';
import { walkAdmission } from '../admission-walk.js';
import { builtinMeta, defineRule } from '../define-rule.js';
import { amountMinutes } from '../../model/amount-minutes.js';
import { cite, inUnit, profileMinutes } from '../recognition-figures.js';
import { programConstraints } from '../recognition-targets.js';

/**
 * The program's admission asks for what the profile requires: a minimum
 * age (`{ minAge }`) at least the profile's, and an outside certificate
 * (`{ certificate }`) whose title matches the profile's (ignoring case,
 * spaces and hyphens: "Erste-Hilfe-Kurs" matches "Erste Hilfe"), of at
 * least its hours, and not accepted older than its years.
 */
export const recognitionAdmission = defineRule({
  meta: builtinMeta('recognition/admission'),
  check(ctx) {
    for (const claim of programConstraints(ctx, 'admission')) {
      const program = claim.doc.value;
      const ages: { age: number; pointer: string }[] = [];
      const certificates: { certificate: OutsideCertificate; pointer: string }[] = [];
      walkAdmission(program.admission, '/admission', (node: Admission, pointer) => {
        if (typeof node !== 'object' || node === null) return;
        if ('minAge' in node && typeof node.minAge === 'number') ages.push({ age: node.minAge, pointer: `${pointer}/minAge` });
        if ('certificate' in node && typeof node.certificate === 'object') certificates.push({ certificate: node.certificate, pointer: `${pointer}/certificate` });
      });
      const at = program.admission === undefined ? '' : '/admission';
      const profile = claim.profile;
      const figures = cite(profile, ctx.locale);
      for (const c of claim.constraints) {
        if (c.minAge !== undefined) {
          const highest = ages.reduce<{ age: number; pointer: string } | undefined>((a, b) => (a === undefined || b.age > a.age ? b : a), undefined);
          if (highest === undefined) {
            ctx.report({ document: claim.doc, path: at, messageId: 'minAgeMissing', hintId: 'addMinAge', data: { age: c.minAge, ...figures } });
          } else if (highest.age < c.minAge) {
            ctx.report({ document: claim.doc, path: highest.pointer, messageId: 'minAgeTooLow', hintId: 'addMinAge', data: { given: highest.age, age: c.minAge, ...figures } });
          }
        }
        if (c.certificate === undefined) continue;
        const wanted = c.certificate;
        const found = certificates.find((e) => sameTitle(e.certificate.title, wanted.title));
        if (found === undefined) {
          ctx.report({ document: claim.doc, path: at, messageId: 'certificateMissing', hintId: 'addCertificate', data: { title: wanted.title, ...figures } });
          continue;
        }
        const title = found.certificate.title;
        const min = profileMinutes(profile, wanted.hours);
        if (min !== undefined) {
          const given = amountMinutes(found.certificate.hours, found.certificate.unit ?? 'UE');
          if (found.certificate.hours === undefined) {
            ctx.report({ document: claim.doc, path: found.pointer, messageId: 'certificateNoHours', data: { title, min: inUnit(min, profile), ...figures } });
          } else if (given !== undefined && given < min) {
            ctx.report({ document: claim.doc, path: `${found.pointer}/hours`, messageId: 'certificateTooShort', data: { title, given: inUnit(given, profile), min: inUnit(min, profile), ...figures } });
          }
        }
        if (wanted.maxAgeYears !== undefined) {
          const given = found.certificate.maxAgeYears;
          if (given === undefined) {
            ctx.report({ document: claim.doc, path: found.pointer, messageId: 'certificateNoAge', data: { title, max: wanted.maxAgeYears, ...figures } });
          } else if (given > wanted.maxAgeYears) {
            ctx.report({ document: claim.doc, path: `${found.pointer}/maxAgeYears`, messageId: 'certificateTooOld', data: { title, given, max: wanted.maxAgeYears, ...figures } });
          }
        }
      }
    }
  },
});

/** Titles compared without case, spaces, hyphens or a trailing "Kurs"/"Ausbildung": "Erste-Hilfe-Kurs" is "Erste Hilfe". */
function sameTitle(a: string, b: string): boolean {
  const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}
