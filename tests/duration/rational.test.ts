import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CurriculaUsageError } from '../../src/core/errors.js';
import { numberToRational, scanQuantity } from '../../src/duration/quantity.js';
import { add, fromDecimal, multiply, rational, toDecimalString, toMixedString } from '../../src/duration/rational.js';

describe('rational', () => {
  it('reduces and keeps the denominator positive', () => {
    expect(rational(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(rational(0n, 5n)).toEqual({ num: 0n, den: 1n });
    expect(() => rational(1n, 0n)).toThrow(CurriculaUsageError);
  });
  it('adds and multiplies exactly', () => {
    expect(add(rational(1n, 3n), rational(2n, 3n))).toEqual({ num: 1n, den: 1n });
    expect(multiply(rational(8n, 3n), rational(45n))).toEqual({ num: 120n, den: 1n });
  });
  it('reads decimals with exponents', () => {
    expect(fromDecimal('2', '5')).toEqual({ num: 5n, den: 2n });
    expect(fromDecimal('15', '', -1)).toEqual({ num: 3n, den: 2n });
    expect(fromDecimal('1', '5', 21)).toEqual({ num: 15n * 10n ** 20n, den: 1n });
  });
  it('writes mixed numbers and bounded decimals', () => {
    expect(toMixedString(rational(45n, 7n))).toBe('6 3/7');
    expect(toMixedString(rational(-2n, 3n))).toBe('-2/3');
    expect(toDecimalString(rational(5n, 2n), 2, ',')).toBe('2,5');
    expect(toDecimalString(rational(1n, 20n), 2, '.')).toBe('0.05');
    expect(toDecimalString(rational(1n, 8n), 2, '.')).toBeUndefined();
    expect(toDecimalString(rational(-7n, 4n), 2, '.')).toBe('-1.75');
  });
  it('reads JavaScript numbers via their shortest decimal form', () => {
    expect(numberToRational(0.1)).toEqual({ num: 1n, den: 10n });
    expect(numberToRational(-2.5)).toEqual({ num: -5n, den: 2n });
    expect(numberToRational(1e-7)).toEqual({ num: 1n, den: 10_000_000n });
    expect(numberToRational(NaN)).toBeUndefined();
    expect(numberToRational(-Infinity)).toBeUndefined();
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const r = numberToRational(n)!;
        // Written out in full, the fraction reads back to the very same double.
        expect(Number(toDecimalString(r, 400, '.'))).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe('scanQuantity', () => {
  it('splits compound amounts and keeps the words as written', () => {
    expect(scanQuantity(' 1 Std. 30 Min. ')).toEqual({
      ok: true,
      negative: false,
      parts: [
        { value: { num: 1n, den: 1n }, numberText: '1', unitWord: 'Std.' },
        { value: { num: 30n, den: 1n }, numberText: '30', unitWord: 'Min.' },
      ],
    });
  });
  it('names its problems', () => {
    expect(scanQuantity('')).toEqual({ ok: false, problem: 'empty' });
    expect(scanQuantity('1'.repeat(201))).toEqual({ ok: false, problem: 'too-long' });
    expect(scanQuantity('1e3')).toEqual({ ok: false, problem: 'exponent' });
    expect(scanQuantity('2.500')).toEqual({ ok: false, problem: 'thousands' });
    expect(scanQuantity('0.500')).toMatchObject({ ok: true });
    expect(scanQuantity('3/0')).toEqual({ ok: false, problem: 'zero-denominator' });
    expect(scanQuantity('1 h 30')).toEqual({ ok: false, problem: 'missing-unit' });
    expect(scanQuantity('h')).toEqual({ ok: false, problem: 'syntax' });
    expect(scanQuantity('-')).toEqual({ ok: false, problem: 'syntax' });
  });
});
