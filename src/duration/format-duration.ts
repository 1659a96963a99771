import { checkArguments, describeValue } from '../core/arguments.js';
import { CurriculaUsageError } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import { glyphOf } from './quantity.js';
import { rational, toDecimalString } from './rational.js';
import { MINUTES_PER_UNIT, isTimeUnit, unitLabel, type TimeUnit } from './time-unit.js';

/**
 * How {@link formatDuration} writes minutes: in which unit (default `'UE'`)
 * and language (default `'en'`).
 *
 * @example
 * ```ts
 * import type { FormatDurationOptions } from 'curricula';
 * const options: FormatDurationOptions = { unit: 'h', locale: 'de' };
 * ```
 */
export interface FormatDurationOptions {
  unit?: TimeUnit;
  locale?: Locale;
}

/**
 * Writes whole minutes in a unit, exactly: a whole number when it is one
 * ("160 UE"), a decimal with at most two places when that is exact
 * ("2.5 h", German "2,5 Std."), otherwise a fraction, as a Unicode glyph
 * where one exists ("2⅔ UE") or as "2 7/45 UE". No thousands separators.
 * The text always reads back to the same minutes with `parseDuration`.
 * Throws CurriculaUsageError for minutes that are not a non-negative safe
 * integer, since parsing never produces those.
 *
 * @example
 * ```ts
 * import { formatDuration } from 'curricula';
 * formatDuration(7200); // '160 UE'
 * formatDuration(120); // '2⅔ UE'
 * formatDuration(150, { unit: 'h', locale: 'de' }); // '2,5 Std.'
 * formatDuration(90, { unit: 'min' }); // '90 min'
 * ```
 */
export function formatDuration(minutes: number, options: FormatDurationOptions = {}): string {
  checkArguments('formatDuration', [['options', options, 'options']]);
  const unit = options.unit ?? 'UE';
  const locale = options.locale ?? 'en';
  if (!Number.isSafeInteger(minutes) || minutes < 0) {
    throw new CurriculaUsageError(`formatDuration: minutes must be a non-negative whole number, got ${String(minutes)}`);
  }
  if (!isTimeUnit(unit)) throw new CurriculaUsageError(`formatDuration: unknown unit ${describeValue(unit)}`);
  if (locale !== 'en' && locale !== 'de') throw new CurriculaUsageError(`formatDuration: unknown locale ${describeValue(locale)}`);
  const label = unitLabel(unit, locale);
  const value = rational(BigInt(minutes), BigInt(MINUTES_PER_UNIT[unit]));
  const decimal = toDecimalString(value, 2, locale === 'de' ? ',' : '.');
  if (decimal !== undefined) return `${decimal} ${label}`;
  const whole = value.num / value.den;
  const rest = value.num % value.den;
  const glyph = glyphOf(rest, value.den);
  if (glyph !== undefined) return `${whole === 0n ? '' : whole}${glyph} ${label}`;
  return `${whole === 0n ? '' : `${whole} `}${rest}/${value.den} ${label}`;
}
