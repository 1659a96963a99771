import { CurriculaUsageError } from '../core/errors.js';

/**
 * An exact fraction (Bruch) of two bigints, always reduced, with a positive
 * denominator. Durations are computed with these so that "2 2/3 UE" is
 * exactly 120 minutes; binary floating point could not promise that.
 *
 * @example
 * ```ts
 * const twoThirds = rational(2n, 3n); // { num: 2n, den: 3n }
 * ```
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * Builds a reduced fraction `num/den`.
 *
 * @example
 * ```ts
 * rational(6n, 4n); // { num: 3n, den: 2n }
 * ```
 */
export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new CurriculaUsageError('rational: the denominator must not be zero');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/**
 * The sum of two fractions.
 *
 * @example
 * ```ts
 * add(rational(1n, 3n), rational(2n, 3n)); // { num: 1n, den: 1n }
 * ```
 */
export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

/**
 * The product of two fractions.
 *
 * @example
 * ```ts
 * multiply(rational(2n, 3n), rational(45n)); // { num: 30n, den: 1n }
 * ```
 */
export function multiply(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

/**
 * Whether the fraction is a whole number.
 *
 * @example
 * ```ts
 * isWhole(rational(4n, 2n)); // true
 * ```
 */
export function isWhole(r: Rational): boolean {
  return r.den === 1n;
}

/**
 * A decimal digit string with an optional fractional part and an optional
 * power of ten, read exactly: `fromDecimal('2', '5')` is 5/2.
 *
 * @example
 * ```ts
 * fromDecimal('0', '1'); // { num: 1n, den: 10n }
 * fromDecimal('15', '', -1); // { num: 3n, den: 2n }
 * ```
 */
export function fromDecimal(integer: string, fraction = '', exponent = 0): Rational {
  const digits = BigInt((integer || '0') + fraction);
  const power = exponent - fraction.length;
  return power >= 0 ? rational(digits * 10n ** BigInt(power)) : rational(digits, 10n ** BigInt(-power));
}

/**
 * Writes a fraction as a mixed number: "6 3/7", "2/3", "4".
 *
 * @example
 * ```ts
 * toMixedString(rational(45n, 7n)); // '6 3/7'
 * ```
 */
export function toMixedString(r: Rational): string {
  const negative = r.num < 0n;
  const abs = negative ? -r.num : r.num;
  const whole = abs / r.den;
  const rest = abs % r.den;
  const text = rest === 0n ? `${whole}` : whole === 0n ? `${rest}/${r.den}` : `${whole} ${rest}/${r.den}`;
  return negative ? `-${text}` : text;
}

/**
 * Writes a fraction as an exact decimal when it has at most `maxPlaces`
 * decimal places, otherwise returns undefined (never rounds).
 *
 * @example
 * ```ts
 * toDecimalString(rational(5n, 2n), 2, ','); // '2,5'
 * toDecimalString(rational(2n, 3n), 2, '.'); // undefined
 * ```
 */
export function toDecimalString(r: Rational, maxPlaces: number, separator: string): string | undefined {
  for (let places = 0; places <= maxPlaces; places++) {
    const scale = 10n ** BigInt(places);
    if ((r.num * scale) % r.den !== 0n) continue;
    const scaled = (r.num < 0n ? -r.num : r.num) * scale / r.den;
    const digits = scaled.toString().padStart(places + 1, '0');
    const integer = digits.slice(0, digits.length - places);
    const text = places === 0 ? integer : `${integer}${separator}${digits.slice(digits.length - places)}`;
    return r.num < 0n ? `-${text}` : text;
  }
  return undefined;
}
