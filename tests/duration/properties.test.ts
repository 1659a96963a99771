import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Locale } from '../../src/core/locale.js';
import { MINUTES_PER_UNIT, TIME_UNITS, formatDuration, parseDuration } from '../../src/duration/index.js';
import { numRuns } from '../setup/runs.js';
import { formatMessage } from '../../src/messages/index.js';

/** A duration failure's message, as the catalogs render it. */
const said = (r: { messageId: string; data: Record<string, unknown> }, locale: 'en' | 'de'): string =>
  formatMessage(locale, 'duration/invalid', r.messageId, r.data as never) ?? '';

const unit = fc.constantFrom(...TIME_UNITS);
const locale = fc.constantFrom<Locale>('en', 'de');
const REASONS = ['syntax', 'unknown-unit', 'negative', 'not-whole-minutes', 'not-finite'];

describe('round trip: parseDuration(formatDuration(m)) is m', () => {
  it('for every unit and locale up to 10^7 minutes, read in any unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), unit, locale, unit, (minutes, u, l, readAs) => {
        const text = formatDuration(minutes, { unit: u, locale: l });
        expect(parseDuration(text, u)).toEqual({ ok: true, minutes });
        // The text carries its own unit, so the document's unit does not matter.
        expect(parseDuration(text, readAs)).toEqual({ ok: true, minutes });
      }),
      { numRuns: numRuns(1_000, 10_000) },
    );
  });
  it('up to the largest safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), unit, locale, (minutes, u, l) => {
        expect(parseDuration(formatDuration(minutes, { unit: u, locale: l }), u)).toEqual({ ok: true, minutes });
      }),
    );
  });
});

function expectWellFormed(result: ReturnType<typeof parseDuration>): void {
  if (result.ok) {
    expect(Number.isSafeInteger(result.minutes) && result.minutes >= 0).toBe(true);
  } else {
    expect(REASONS).toContain(result.reason);
    expect(said(result, 'en')).not.toBe('');
    expect(said(result, 'de')).not.toBe('');
  }
}

describe('parseDuration never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), unit, (text, u) => expectWellFormed(parseDuration(text, u))), { numRuns: numRuns(500, 10_000) });
  });
  it('on strings made of duration characters', () => {
    const piece = fc.constantFrom(
      '0', '1', '2', '3', '7', '9', ' ', '/', '⁄', ',', '.', '-', '−', '+', 'e', '⅔', '½', '⅞',
      'UE', 'h', 'min', 'Std.', 'Ustd', 'x', '\u00a0',
    );
    fc.assert(
      fc.property(fc.string({ unit: piece, maxLength: 12 }), unit, (text, u) => expectWellFormed(parseDuration(text, u))),
      { numRuns: numRuns(1_500, 15_000) },
    );
  });
  it('on arbitrary doubles, including NaN and infinities', () => {
    fc.assert(fc.property(fc.double(), unit, (n, u) => expectWellFormed(parseDuration(n, u))), { numRuns: numRuns(2_000, 10_000) });
    expectWellFormed(parseDuration(NaN, 'UE'));
  });
});

describe('numbers are read exactly', () => {
  it('in minutes, exactly the non-negative safe integers are accepted, as themselves', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.maxSafeInteger()), (n) => {
        const result = parseDuration(n, 'min');
        if (Number.isSafeInteger(n) && n >= 0) expect(result).toEqual({ ok: true, minutes: n === 0 ? 0 : n });
        else expect(result.ok).toBe(false);
      }),
      { numRuns: numRuns(2_000, 10_000) },
    );
  });
  it('a number and its decimal string give the same result', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e15, noNaN: true }), unit, (n, u) => {
        fc.pre(!String(n).includes('e'));
        expect(parseDuration(String(n), u)).toEqual(parseDuration(n, u));
      }),
    );
  });
  it('decimals with a point or a comma agree, and are whole exactly when the hundredths allow it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), unit, (hundredths, u) => {
        const integer = Math.floor(hundredths / 100);
        const fraction = String(hundredths % 100).padStart(2, '0');
        const point = parseDuration(`${integer}.${fraction}`, u);
        const comma = parseDuration(`${integer},${fraction}`, u);
        expect(comma.ok ? comma : comma.reason).toEqual(point.ok ? point : point.reason);
        const scaled = hundredths * MINUTES_PER_UNIT[u];
        if (scaled % 100 === 0) expect(point).toEqual({ ok: true, minutes: scaled / 100 });
        else expect(point).toMatchObject({ ok: false, reason: 'not-whole-minutes' });
      }),
    );
  });
});

describe('fractions are exact', () => {
  const thirds = fc.nat(10_000).chain((k) =>
    fc.constantFrom(
      `${k}/3`,
      k % 3 === 0 ? `${k / 3}` : `${Math.floor(k / 3)} ${k % 3}/3`,
      k % 3 === 0 ? `${k / 3} UE` : `${Math.floor(k / 3) || ''}${k % 3 === 1 ? '⅓' : '⅔'} UE`,
    ).map((text) => ({ k, text })),
  );
  it('summing parsed k/3 UE amounts equals parsing their sum', () => {
    fc.assert(
      fc.property(fc.array(thirds, { maxLength: 30 }), (amounts) => {
        const minutes = amounts.map(({ text }) => parseDuration(text, 'UE'));
        let sum = 0;
        for (const m of minutes) {
          expect(m.ok).toBe(true);
          if (m.ok) sum += m.minutes;
        }
        const k = amounts.reduce((total, a) => total + a.k, 0);
        expect(sum).toBe(k * 15);
        expect(parseDuration(`${k}/3`, 'UE')).toEqual({ ok: true, minutes: sum });
        expect(parseDuration(formatDuration(sum), 'UE')).toEqual({ ok: true, minutes: sum });
      }),
    );
  });
  it('a mixed number and the improper fraction agree', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.integer({ min: 1, max: 120 }), fc.nat(119), unit, (whole, den, rawNum, u) => {
        const num = rawNum % den;
        const mixed = parseDuration(`${whole} ${num}/${den}`, u);
        const improper = parseDuration(`${whole * den + num}/${den}`, u);
        expect(improper.ok ? improper : improper.reason).toEqual(mixed.ok ? mixed : mixed.reason);
        const minutes = (whole * den + num) * MINUTES_PER_UNIT[u];
        if (minutes % den === 0) expect(mixed).toEqual({ ok: true, minutes: minutes / den });
        else expect(mixed).toMatchObject({ ok: false, reason: 'not-whole-minutes' });
      }),
    );
  });
  it('"a h b min" is a * 60 + b minutes', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(59), unit, (hours, minutes, u) => {
        expect(parseDuration(`${hours} h ${minutes} min`, u)).toEqual({ ok: true, minutes: hours * 60 + minutes });
      }),
    );
  });
});
