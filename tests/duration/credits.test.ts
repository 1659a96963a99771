import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CurriculaUsageError } from '../../src/core/errors.js';
import {
  DEFAULT_CREDIT_HOURS,
  creditsToMinutes,
  formatCredits,
  parseCredits,
  workloadPerCredit,
} from '../../src/duration/index.js';
import { formatMessage } from '../../src/messages/index.js';

/** A duration failure's message, as the catalogs render it. */
const said = (r: { messageId: string; data: Record<string, unknown> }, locale: 'en' | 'de'): string =>
  formatMessage(locale, 'duration/invalid', r.messageId, r.data as never) ?? '';

describe('parseCredits', () => {
  const accepted: [input: string | number, credits: number][] = [
    [5, 5],
    [2.5, 2.5],
    [0, 0],
    ['5', 5],
    [' 5 ', 5],
    ['5 ECTS', 5],
    ['5 ects', 5],
    ['5ECTS', 5],
    ['2,5 KP', 2.5],
    ['2.5 KP', 2.5],
    ['5 CP', 5],
    ['5 LP', 5],
    ['5 Kreditpunkte', 5],
    ['1 Kreditpunkt', 1],
    ['5 Leistungspunkte', 5],
    ['5 credits', 5],
    ['7½ ECTS', 7.5],
    ['2 1/2 CP', 2.5],
    ['0,25 ECTS', 0.25],
  ];
  it.each(accepted)('%j is %d credits', (input, credits) => {
    expect(parseCredits(input)).toEqual({ ok: true, credits });
  });

  const rejected: [input: unknown, fragment: string][] = [
    ['', 'empty'],
    ['abc', 'not a number of credits'],
    ['5 UE', 'is a duration'],
    ['5 h', 'is a duration'],
    ['5 Punkte', 'unknown unit'],
    ['5 ECTS 3 CP', 'not a single number'],
    ['1/3', 'at most two decimal places'],
    [0.125, 'at most two decimal places'],
    ['1.500 ECTS', 'thousands separators'],
    [-5, 'negative'],
    ['-5 ECTS', 'negative'],
    [NaN, 'not a finite number'],
    [Infinity, 'not a finite number'],
    [1e12, 'too large'],
    [null, 'Expected a number or a string'],
  ];
  it.each(rejected)('%j is rejected (%s)', (input, fragment) => {
    const result = parseCredits(input as string);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(said(result, 'en')).toContain(fragment);
    expect(said(result, 'de')).toMatch(/ECTS-Punkten/);
  });
});

describe('formatCredits', () => {
  it.each([
    [5, 'en', '5 ECTS'],
    [5, 'de', '5 ECTS'],
    [2.5, 'en', '2.5 ECTS'],
    [2.5, 'de', '2,5 ECTS'],
    [0.25, 'de', '0,25 ECTS'],
    [180, 'en', '180 ECTS'],
    [1e-7, 'en', '0.0000001 ECTS'],
  ] as const)('%d (%s) is %j', (credits, locale, text) => {
    expect(formatCredits(credits, locale)).toBe(text);
  });
  it('defaults to English', () => expect(formatCredits(7.5)).toBe('7.5 ECTS'));
  it.each([-1, NaN, Infinity])('throws for %d', (credits) => {
    expect(() => formatCredits(credits)).toThrow(CurriculaUsageError);
  });
  it('reads back what it writes, in both locales', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.constantFrom('en' as const, 'de' as const), (cents, locale) => {
        const credits = cents / 100;
        expect(parseCredits(formatCredits(credits, locale))).toEqual({ ok: true, credits });
      }),
    );
  });
  it('never throws when parsing arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double()), (input) => {
        const result = parseCredits(input);
        if (result.ok) expect(Number.isFinite(result.credits) && result.credits >= 0).toBe(true);
        else expect(said(result, 'en').length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('credit workload', () => {
  it('defaults to 25 to 30 hours per credit', () => {
    expect(DEFAULT_CREDIT_HOURS).toEqual({ min: 25, max: 30 });
  });
  it.each([
    [5, 25, 7500],
    [5, 30, 9000],
    [2.5, 30, 4500],
    [0.1, 25, 150],
    [0.01, 25, 15],
    [0, 30, 0],
    [180, 30, 324_000],
    [1, 27.5, 1650],
  ])('%d credits at %d h each are %d minutes', (credits, hours, minutes) => {
    expect(creditsToMinutes(credits, hours)).toBe(minutes);
  });
  it.each([
    [1 / 3, 25],
    [0.01, 1],
    [-1, 25],
    [1, -25],
    [NaN, 25],
    [1, Infinity],
  ])('throws for %d credits at %d h each', (credits, hours) => {
    expect(() => creditsToMinutes(credits, hours)).toThrow(CurriculaUsageError);
  });
  it('gives clock hours per credit', () => {
    expect(workloadPerCredit(7200, 5)).toBe(24);
    expect(workloadPerCredit(9000, 5)).toBe(30);
    expect(workloadPerCredit(4500, 2.5)).toBe(30);
    expect(workloadPerCredit(0, 1)).toBe(0);
  });
  it.each([
    [60, 0],
    [60, -1],
    [60, NaN],
    [1.5, 1],
    [-60, 1],
  ])('workloadPerCredit(%d, %d) throws', (minutes, credits) => {
    expect(() => workloadPerCredit(minutes, credits)).toThrow(CurriculaUsageError);
  });
});
