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
 * A message in both locales; picked at the edge with {@link pick}, so
 * rules and parsers never need to know the reader's language.
 *
 * @example
 * ```ts
 * import type { Bilingual } from 'curricula';
 * const m: Bilingual = { en: 'Unknown key', de: 'Unbekannter Schlüssel' };
 * ```
 */
export interface Bilingual {
  en: string;
  de: string;
}

/**
 * Chooses the text for a locale.
 *
 * @example
 * ```ts
 * import { pick } from 'curricula';
 * pick({ en: 'free', de: 'kostenlos' }, 'de'); // 'kostenlos'
 * ```
 */
export function pick(text: Bilingual, locale: Locale): string {
  return locale === 'de' ? text.de : text.en;
}
