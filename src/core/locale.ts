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

/** A message in both locales; picked at the edge with {@link pick}. */
export interface Bilingual {
  en: string;
  de: string;
}

/** Chooses the text for a locale. */
export function pick(text: Bilingual, locale: Locale): string {
  return locale === 'de' ? text.de : text.en;
}
