import { describe, expect, it } from 'vitest';
import { CurriculaUsageError } from '../../src/core/errors.js';
import type { Locale } from '../../src/core/locale.js';
import { MINUTES_PER_UNIT, TIME_UNITS, formatDuration, type TimeUnit } from '../../src/duration/index.js';

describe('time units', () => {
  it('are UE, LE, h and min with 45, 45, 60 and 1 minutes', () => {
    expect(TIME_UNITS).toEqual(['UE', 'LE', 'h', 'min']);
    expect(MINUTES_PER_UNIT).toEqual({ UE: 45, LE: 45, h: 60, min: 1 });
  });
});

describe('formatDuration', () => {
  const cases: [minutes: number, unit: TimeUnit | undefined, locale: Locale | undefined, text: string][] = [
    [7200, undefined, undefined, '160 UE'],
    [7200, 'UE', 'de', '160 UE'],
    [0, 'UE', 'en', '0 UE'],
    [0, 'h', 'de', '0 Std.'],
    [120, 'UE', 'en', '2⅔ UE'],
    [120, 'UE', 'de', '2⅔ UE'],
    [30, 'UE', 'en', '⅔ UE'],
    [15, 'UE', 'en', '⅓ UE'],
    [50, 'UE', 'en', '1⅑ UE'],
    [480, 'UE', 'en', '10⅔ UE'],
    [150, 'h', 'en', '2.5 h'],
    [150, 'h', 'de', '2,5 Std.'],
    [135, 'h', 'en', '2.25 h'],
    [135, 'h', 'de', '2,25 Std.'],
    [15, 'h', 'en', '0.25 h'],
    [36, 'h', 'de', '0,6 Std.'],
    [90, 'UE', 'en', '2 UE'],
    [9, 'UE', 'en', '0.2 UE'],
    [117, 'UE', 'de', '2,6 UE'],
    [10, 'h', 'en', '⅙ h'],
    [50, 'h', 'de', '⅚ Std.'],
    [20, 'h', 'en', '⅓ h'],
    [65, 'h', 'en', '1 1/12 h'],
    [97, 'UE', 'en', '2 7/45 UE'],
    [7, 'UE', 'en', '7/45 UE'],
    [7, 'h', 'de', '7/60 Std.'],
    [90, 'min', 'en', '90 min'],
    [90, 'min', 'de', '90 Min.'],
    [10_000_000, 'UE', 'en', '222222 2/9 UE'],
    [10_000_000, 'h', 'en', '166666⅔ h'],
    [1_000_000_000, 'h', 'en', '16666666⅔ h'],
    [Number.MAX_SAFE_INTEGER, 'min', 'en', '9007199254740991 min'],
  ];
  it.each(cases)('%d minutes in %s (%s) is %j', (minutes, unit, locale, text) => {
    const options = { ...(unit ? { unit } : {}), ...(locale ? { locale } : {}) };
    expect(formatDuration(minutes, options)).toBe(text);
  });

  it.each([-1, 1.5, NaN, Infinity, Number.MAX_SAFE_INTEGER + 1])('throws CurriculaUsageError for %d', (minutes) => {
    expect(() => formatDuration(minutes)).toThrow(CurriculaUsageError);
  });

  it('throws for an unknown unit or locale', () => {
    expect(() => formatDuration(60, { unit: 'd' as TimeUnit })).toThrow(CurriculaUsageError);
    expect(() => formatDuration(60, { locale: 'fr' as Locale })).toThrow(CurriculaUsageError);
  });
});
