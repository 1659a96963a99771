import { argumentError, checkRecord } from './arguments.js';
/**
 * The languages messages are written in.
 *
 * @example
 * ```ts
 * import type { Locale } from 'curricula';
 * const locale: Locale = 'de';
 * ```
 */
export type Locale = 'en' | 'de';

/**
 * Whether a value is one of the {@link Locale}s.
 *
 * @example
 * ```ts
 * import { isLocale } from 'curricula';
 * isLocale('de'); // true
 * isLocale('fr'); // false
 * ```
 */
export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'de';
}

/**
 * A text in both locales, as the planner's explanation still gives some
 * (texts of the package come from the message catalogs; see
 * `formatMessage`).
 *
 * @deprecated Report message ids with data and render them with
 * `formatMessage`; this shape remains only for explanations not yet made
 * of phrases.
 *
 * @example
 * ```ts
 * import type { Bilingual } from 'curricula';
 * declare const summary: Bilingual; // from PlanExplanation
 * summary.de;
 * ```
 */
export interface Bilingual {
  en: string;
  de: string;
}

/**
 * Chooses the text for a locale.
 *
 * @deprecated See {@link Bilingual}.
 *
 * @example
 * ```ts
 * import { pick, plan } from 'curricula';
 * pick(plan(program, constraints).explanation.summary, 'de');
 * ```
 */
export function pick(text: Bilingual, locale: Locale): string {
  checkRecord('pick', 'text', text);
  if (locale !== 'en' && locale !== 'de') throw argumentError('pick', 'locale', "'en' or 'de'", locale);
  return text[locale];
}
