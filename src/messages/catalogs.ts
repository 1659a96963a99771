import { lazyRequire } from '../core/lazy-require.js';
import type { Locale } from '../core/locale.js';
import type { PagesTranslation, Translation } from './types.js';

/**
 * Where the package finds the catalogs of a language (en.ts, de.ts: the
 * library's texts and the pages'). They are data, loaded when a text of
 * that language is first needed: plain Node requires them from dist/ beside
 * the entry (dist/messages-en.cjs, dist/messages-de.cjs), so importing the
 * package, a validation without findings, and an app bundling the Node
 * entry carry none of the 100 kB of texts; bundles get them from the
 * bundler entries (src/bundler.ts, src/pages-bundler.ts) and the command,
 * which provide them under these ids.
 *
 * @example
 * ```ts
 * import { de, dePages } from './de.js';
 * provideModule(CATALOG_MODULES.de, () => ({ de, dePages }));
 * ```
 */
export const CATALOG_MODULES: Readonly<Record<Locale, string>> = { en: './messages-en.cjs', de: './messages-de.cjs' };

/** What the modules of {@link CATALOG_MODULES} export. */
interface EnglishCatalogs {
  readonly en: Translation;
  readonly enPages: PagesTranslation;
}
interface GermanCatalogs {
  readonly de: Translation;
  readonly dePages: PagesTranslation;
}

const english = (): EnglishCatalogs => lazyRequire<EnglishCatalogs>(CATALOG_MODULES.en);
const german = (): GermanCatalogs => lazyRequire<GermanCatalogs>(CATALOG_MODULES.de);

const LIBRARY: Readonly<Record<Locale, () => Translation>> = { en: () => english().en, de: () => german().de };
const PAGES: Readonly<Record<Locale, () => PagesTranslation>> = { en: () => english().enPages, de: () => german().dePages };

/**
 * The library's catalog of a language (en.ts or de.ts), loaded on first
 * use.
 *
 * @example
 * ```ts
 * catalogOf('de')['hours/total'].mismatch; // 'Angegeben sind {declared:duration}, …'
 * ```
 */
export function catalogOf(locale: Locale): Translation {
  return (LIBRARY[locale] ?? LIBRARY.en)();
}

/**
 * The pages' catalog of a language (enPages or dePages), loaded on first
 * use as {@link catalogOf} does.
 *
 * @example
 * ```ts
 * pagesCatalogOf('de')['pages.handbook'].kind; // 'Modulhandbuch'
 * ```
 */
export function pagesCatalogOf(locale: Locale): PagesTranslation {
  return (PAGES[locale] ?? PAGES.en)();
}
