import { argumentError, checkArguments } from '../core/arguments.js';
import { isLocale, type Locale } from '../core/locale.js';
import { catalogOf } from './catalogs.js';
import { isDiagnosticCode, type DiagnosticCode } from './codes.js';

/**
 * What a diagnostic code checks, in one line, in a language (the
 * Regelbeschreibung of the rules table and of SARIF's rule descriptions),
 * from the catalogs' `code.description` texts. English by default, as
 * `DIAGNOSTIC_CODES[code].description` gives it. A custom rule's code has
 * no entry here: its description is its own `meta.description`.
 *
 * @example
 * ```ts
 * import { describeCode } from 'curricula';
 * describeCode('hours/total'); // "A program's declared `hours` equal the exact sum of its required modules; …"
 * describeCode('hours/total', 'de'); // 'Die angegebenen `hours` eines Programms sind genau die Summe seiner Pflichtmodule; …'
 * ```
 */
export function describeCode(code: DiagnosticCode, locale: Locale = 'en'): string {
  checkArguments('describeCode', [['code', code, 'text']]);
  if (!isDiagnosticCode(code)) throw argumentError('describeCode', 'code', 'a code of DIAGNOSTIC_CODES', code);
  if (!isLocale(locale)) throw argumentError('describeCode', 'locale', "'en' or 'de'", locale);
  return catalogOf(locale)['code.description'][code];
}
