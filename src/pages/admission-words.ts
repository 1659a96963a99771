import { parseDuration } from '../duration/index.js';
import type { Admission } from '../model/admission.js';
import type { PageText } from './text.js';
import type { Words } from './words.js';

/**
 * An admission expression (Teilnahmevoraussetzung) in words: leaves as
 * sentences, `allOf`, `anyOf` and teams as a lead with their parts under
 * it. The author's own `description` follows the part it belongs to.
 */
export function admissionWords(admission: Admission, text: PageText): Words {
  const t = text.t;
  if (admission === 'none') return t('pages.admission', 'none');
  const described = (words: Words, description: string | undefined): Words =>
    description === undefined || description.trim() === '' ? words : { lead: typeof words === 'string' ? words : undefined, items: typeof words === 'string' ? [description] : [words, description] };
  if ('text' in admission) return admission.text;
  if ('allOf' in admission) return { lead: t('pages.admission', 'allOf'), items: admission.allOf.map((a) => admissionWords(a, text)) };
  if ('anyOf' in admission) return { lead: t('pages.admission', 'anyOf'), items: admission.anyOf.map((a) => admissionWords(a, text)) };
  if ('team' in admission) {
    return described({ lead: t('pages.admission', 'team'), items: admission.team.map((a) => admissionWords(a, text)) }, admission.description);
  }
  if ('role' in admission) {
    const words = admission.count === undefined ? t('pages.admission', 'role', { role: admission.role }) : t('pages.admission', 'roleCount', { role: admission.role, count: admission.count });
    return described(words, admission.description);
  }
  if ('completed' in admission) return described(t('pages.admission', 'completed', { id: admission.completed }), admission.description);
  if ('minAge' in admission) return described(t('pages.admission', 'minAge', { age: admission.minAge }), admission.description);
  const c = admission.certificate;
  const parts = [t('pages.admission', 'certificate', { title: c.title })];
  if (c.hours !== undefined) {
    const unit = c.unit ?? 'UE';
    const parsed = parseDuration(c.hours, unit);
    if (parsed.ok) parts.push(t('pages.admission', 'certificateHours', { hours: { minutes: parsed.minutes, unit } }));
  }
  if (c.maxAgeYears !== undefined) parts.push(t('pages.admission', 'certificateAge', { years: text.number(c.maxAgeYears) }));
  return described(parts.join(', '), admission.description);
}
