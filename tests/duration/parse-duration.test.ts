import { describe, expect, it } from 'vitest';
import { CurriculaUsageError } from '../../src/core/errors.js';
import { formatDuration, minutesOf, parseDuration, type TimeUnit } from '../../src/duration/index.js';
import { formatMessage } from '../../src/messages/index.js';

/** A duration failure's message, as the catalogs render it. */
const said = (r: { messageId: string; data: Record<string, unknown> }, locale: 'en' | 'de'): string =>
  formatMessage(locale, 'duration/invalid', r.messageId, r.data as never) ?? '';

describe('parseDuration accepts', () => {
  const accepted: [input: string | number, unit: TimeUnit, minutes: number][] = [
    ['16', 'UE', 720],
    ['16 UE', 'h', 720],
    ['16 ue', 'h', 720],
    ['16UE', 'h', 720],
    ['  16 UE\t', 'UE', 720],
    ['160', 'UE', 7200],
    ['2 2/3', 'UE', 120],
    ['2 2/3 UE', 'min', 120],
    ['2⅔', 'UE', 120],
    ['2 ⅔', 'UE', 120],
    ['2⅔ UE', 'h', 120],
    ['⅔', 'UE', 30],
    ['2/3', 'UE', 30],
    ['2⁄3', 'UE', 30],
    ['8/3', 'UE', 120],
    ['2,5', 'h', 150],
    ['2.5', 'h', 150],
    ['2.5 h', 'UE', 150],
    ['2.5 H', 'UE', 150],
    ['2,5 Std.', 'UE', 150],
    ['0,25 h', 'UE', 15],
    ['90 min', 'UE', 90],
    ['90 Min.', 'UE', 90],
    ['90 Minuten', 'UE', 90],
    ['90 minutes', 'h', 90],
    ['6 Std.', 'UE', 360],
    ['6 Std', 'UE', 360],
    ['6 Stunden', 'UE', 360],
    ['6 Zeitstunden', 'UE', 360],
    ['1 Zeitstunde', 'UE', 60],
    ['6 hours', 'UE', 360],
    ['4 Ustd.', 'h', 180],
    ['4 USTD', 'h', 180],
    ['4 Unterrichtsstunden', 'h', 180],
    ['4 Unterrichtseinheiten', 'h', 180],
    ['4 UE', 'h', 180],
    ['1 h 30 min', 'UE', 90],
    ['1h30min', 'UE', 90],
    ['1 Std. 30 Min.', 'UE', 90],
    ['2 UE 15 min', 'h', 105],
    ['0', 'UE', 0],
    ['−0', 'UE', 0],
    ['0,6 h', 'UE', 36],
    ['16\u00a0UE', 'h', 720],
    ['16\u202fUE', 'h', 720],
    ['1 ½ h', 'UE', 90],
    ['¾ h', 'UE', 45],
    ['⅕ h', 'UE', 12],
    ['⅙ h', 'UE', 10],
    ['⅖ h', 'UE', 24],
    [16, 'UE', 720],
    [2.5, 'h', 150],
    [0.1, 'h', 6],
    [0, 'min', 0],
    [-0, 'min', 0],
    [90, 'min', 90],
    [Number.MAX_SAFE_INTEGER, 'min', Number.MAX_SAFE_INTEGER],
  ];
  it.each(accepted)('%j in %s is %d minutes', (input, unit, minutes) => {
    expect(parseDuration(input, unit)).toEqual({ ok: true, minutes });
  });

  it('every vulgar fraction glyph', () => {
    const glyphs: [string, number][] = [
      ['½', 30], ['⅓', 20], ['⅔', 40], ['¼', 15], ['¾', 45], ['⅕', 12], ['⅖', 24], ['⅗', 36], ['⅘', 48],
      ['⅙', 10], ['⅚', 50], ['⅛', 7.5], ['⅜', 22.5], ['⅝', 37.5], ['⅞', 52.5], ['⅐', 60 / 7], ['⅑', 60 / 9], ['⅒', 6],
    ];
    for (const [glyph, minutesPerHour] of glyphs) {
      // One hour plus the glyph's fraction of an hour; eighths and sevenths are not whole minutes.
      const result = parseDuration(`1${glyph}`, 'h');
      if (Number.isInteger(minutesPerHour)) expect(result, glyph).toEqual({ ok: true, minutes: 60 + minutesPerHour });
      else expect(result, glyph).toMatchObject({ ok: false, reason: 'not-whole-minutes' });
    }
  });
});

describe('parseDuration rejects', () => {
  const rejected: [input: unknown, unit: TimeUnit, reason: string][] = [
    ['', 'UE', 'syntax'],
    ['   ', 'UE', 'syntax'],
    ['abc', 'UE', 'syntax'],
    ['UE', 'UE', 'syntax'],
    ['1.500', 'UE', 'syntax'],
    ['1,500', 'UE', 'syntax'],
    ['1.000,5', 'UE', 'syntax'],
    ['1,000,000', 'UE', 'syntax'],
    ['2/0', 'UE', 'syntax'],
    ['1e3', 'UE', 'syntax'],
    ['.5', 'h', 'syntax'],
    ['5.', 'h', 'syntax'],
    ['+5', 'h', 'syntax'],
    ['1 h 30', 'UE', 'syntax'],
    ['2 3', 'UE', 'syntax'],
    ['2 / 3', 'UE', 'syntax'],
    ['16%', 'UE', 'syntax'],
    ['１６', 'UE', 'syntax'],
    ['1'.repeat(201), 'min', 'syntax'],
    [null, 'UE', 'syntax'],
    [{}, 'UE', 'syntax'],
    ['16 Tage', 'UE', 'unknown-unit'],
    ['16 Uee', 'UE', 'unknown-unit'],
    ['5 ECTS', 'UE', 'unknown-unit'],
    ['1 h 30 sec', 'UE', 'unknown-unit'],
    ['-5', 'UE', 'negative'],
    ['−5 UE', 'UE', 'negative'],
    ['- 1 h 30 min', 'UE', 'negative'],
    [-1, 'h', 'negative'],
    [-0.5, 'min', 'negative'],
    ['1/7', 'UE', 'not-whole-minutes'],
    ['2,5', 'UE', 'not-whole-minutes'],
    ['0.1', 'UE', 'not-whole-minutes'],
    ['1/120 h', 'UE', 'not-whole-minutes'],
    ['0.5 min', 'UE', 'not-whole-minutes'],
    [0.1, 'UE', 'not-whole-minutes'],
    [1 / 3, 'h', 'not-whole-minutes'],
    [1e-7, 'h', 'not-whole-minutes'],
    [NaN, 'UE', 'not-finite'],
    [Infinity, 'UE', 'not-finite'],
    [-Infinity, 'UE', 'not-finite'],
    [1e300, 'h', 'not-finite'],
    [Number.MAX_SAFE_INTEGER + 1, 'min', 'not-finite'],
    ['9'.repeat(30), 'UE', 'not-finite'],
  ];
  it.each(rejected)('%j in %s: %s', (input, unit, reason) => {
    const result = parseDuration(input as string, unit);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) {
      expect(said(result, 'en').length).toBeGreaterThan(10);
      expect(said(result, 'de').length).toBeGreaterThan(10);
      expect(said(result, 'de')).not.toBe(said(result, 'en'));
    }
  });

  it('says how many minutes a fraction is', () => {
    const result = parseDuration('1/7', 'UE');
    expect(result).toEqual({
      ok: false,
      reason: 'not-whole-minutes',
      messageId: 'notWholeMinutes',
      data: { text: '1/7 UE', exact: '6 3/7', below: '6', above: '7' },
    });
    if (result.ok) return;
    expect(said(result, 'en')).toBe('1/7 UE is 6 3/7 minutes, not a whole number of minutes (the nearest are 6 and 7).');
    expect(said(result, 'de')).toBe('1/7 UE sind 6 3/7 Minuten, keine ganze Zahl von Minuten (am nächsten liegen 6 und 7).');
    const tenth = parseDuration(0.1, 'UE');
    expect(!tenth.ok && said(tenth, 'en')).toContain('0.1 UE is 4 1/2 minutes');
  });

  it('lists the known units and suggests a close one', () => {
    const result = parseDuration('16 Uee', 'UE');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(said(result, 'en')).toContain('did you mean "UE"?');
    expect(said(result, 'de')).toContain('meinten Sie „UE“?');
    for (const word of ['UE', 'Ustd.', 'h', 'Std.', 'Zeitstunden', 'min', 'Min.']) expect(said(result, 'en')).toContain(word);
  });

  it('explains that credits are not a duration', () => {
    const result = parseDuration('5 ECTS', 'UE');
    expect(!result.ok && said(result, 'en')).toContain('ECTS credits measure workload');
  });

  it('explains thousands separators in both languages', () => {
    const result = parseDuration('1.500', 'UE');
    expect(!result.ok && said(result, 'en')).toContain('thousands separators are not allowed');
    expect(!result.ok && said(result, 'de')).toContain('Tausendertrennzeichen');
  });

  it('throws a usage error for an unknown unit parameter', () => {
    expect(() => parseDuration('16', 'days' as TimeUnit)).toThrow(CurriculaUsageError);
  });
});

describe('minutesOf', () => {
  it('returns the minutes of a valid amount', () => {
    expect(minutesOf(160, 'UE')).toBe(7200);
    expect(minutesOf('1 h 30 min', 'UE')).toBe(90);
    expect(minutesOf('2⅔', 'UE')).toBe(120);
  });
  it('throws CurriculaUsageError naming the amount for an invalid one', () => {
    expect(() => minutesOf('1/7', 'UE')).toThrow(CurriculaUsageError);
    expect(() => minutesOf('abc', 'UE')).toThrow(/is not a duration/);
  });
});

describe('exact sums', () => {
  it('2 2/3 + 1 1/3 + 6 2/3 UE is 480 minutes, 10 2/3 UE', () => {
    const parts = ['2 2/3', '1 1/3', '6 2/3'].map((a) => minutesOf(a, 'UE'));
    expect(parts).toEqual([120, 60, 300]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(480);
    expect(minutesOf('10 2/3', 'UE')).toBe(480);
    expect(minutesOf('10⅔ UE', 'h')).toBe(480);
  });
  it('0.1 h added ten times is exactly one hour', () => {
    expect(Array.from({ length: 10 }, () => minutesOf(0.1, 'h')).reduce((a, b) => a + b, 0)).toBe(60);
  });
});

describe('remembered results', () => {
  it('gives the same frozen result for the same amount and unit', () => {
    const a = parseDuration('2 2/3', 'UE');
    expect(parseDuration('2 2/3', 'UE')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    const failed = parseDuration('1/7', 'UE');
    expect(parseDuration('1/7', 'UE')).toBe(failed);
    expect(Object.isFrozen(failed)).toBe(true);
    if (!failed.ok) expect(Object.isFrozen(failed.data)).toBe(true);
  });

  it('keeps units, and numbers and strings, apart', () => {
    expect(parseDuration(16, 'UE')).toEqual({ ok: true, minutes: 720 });
    expect(parseDuration(16, 'h')).toEqual({ ok: true, minutes: 960 });
    expect(parseDuration('16', 'min')).toEqual({ ok: true, minutes: 16 });
    expect(parseDuration(16, 'UE')).not.toBe(parseDuration('16', 'UE'));
    expect(parseDuration(-0, 'UE')).toEqual(parseDuration(0, 'UE'));
  });

  it('stays correct past the cache bound and for long strings, which are not kept', () => {
    for (let n = 0; n < 10_000; n++) expect(parseDuration(n, 'min')).toEqual({ ok: true, minutes: n });
    const long = `${' '.repeat(80)}16`;
    expect(parseDuration(long, 'UE')).toEqual({ ok: true, minutes: 720 });
    expect(parseDuration(long, 'UE')).not.toBe(parseDuration(long, 'UE'));
    expect(Object.isFrozen(parseDuration(long, 'UE'))).toBe(true);
  });
});

describe('LE (Lerneinheit)', () => {
  it('is 45 minutes, like UE, and reads the spellings sports federations use', () => {
    expect(parseDuration('120 LE', 'UE')).toEqual({ ok: true, minutes: 5400 });
    expect(parseDuration('15 Lerneinheiten', 'h')).toEqual({ ok: true, minutes: 675 });
    expect(parseDuration('2 Lehreinheiten', 'h')).toEqual({ ok: true, minutes: 90 });
    expect(parseDuration(120, 'LE')).toEqual({ ok: true, minutes: 5400 });
  });

  it('formats in LE and reads back', () => {
    expect(formatDuration(5400, { unit: 'LE' })).toBe('120 LE');
    expect(formatDuration(675, { unit: 'LE', locale: 'de' })).toBe('15 LE');
    expect(parseDuration(formatDuration(120, { unit: 'LE' }), 'UE')).toEqual({ ok: true, minutes: 120 });
  });
});
