import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSnippet } from './helpers.js';
import { numRuns } from '../setup/runs.js';

const BASE = Date.UTC(2027, 0, 4);
const iso = (day: number) => new Date(BASE + day * 86_400_000).toISOString().slice(0, 10);
const offering = (days: readonly number[]) =>
  `kind: offering\nid: o\nprogram: p\nsessions:\n${days.map((d) => `  - date: ${iso(d)}\n`).join('')}`;
const outliers = (days: readonly number[]) =>
  validateSnippet(offering(days))
    .filter((d) => d.code === 'offering/outlier-date')
    .map((d) => d.line);

describe('offering/outlier-date', () => {
  it('never warns about a course within three months, however its dates fall', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 92 }), { minLength: 1, maxLength: 30 }), (days) => {
        expect(outliers(days)).toEqual([]);
      }),
      { numRuns: numRuns(200, 2_000) },
    );
  });

  it('warns about one session a year off, wherever the rest lie within three months', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 92 }), { minLength: 3, maxLength: 30 }),
        fc.boolean(),
        (days, before) => {
          const stray = before ? Math.min(...days) - 365 : Math.max(...days) + 365;
          // The stray session is the last line of the document.
          expect(outliers([...days, stray])).toEqual([5 + days.length]);
        },
      ),
      { numRuns: numRuns(200, 2_000) },
    );
  });

  it('accepts a follow-up or a final colloquium half a year after a block', () => {
    expect(outliers([0, 1, 2, 3, 4, 180])).toEqual([]);
    expect(outliers([0, 14, 28, 42, 56, 70, 84, 92, 92 + 183])).toEqual([]);
  });

  it('does not judge two dates, nor a split into equal halves', () => {
    expect(outliers([0, 365])).toEqual([]);
    expect(outliers([0, 1, 365, 366])).toEqual([]);
  });

  it('names a reversed period once, at its end, instead of flagging every session', () => {
    fc.assert(
      fc.property(
        // At least one session: with none, `sessions:` is null, which the schema rejects.
        fc.array(fc.integer({ min: 0, max: 92 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: -30, max: 120 }),
        fc.integer({ min: 1, max: 400 }),
        (days, end, reversal) => {
          const text = offering(days).replace('sessions:\n', `start: ${iso(end + reversal)}\nend: ${iso(end)}\nsessions:\n`);
          const found = validateSnippet(text).filter((d) => d.code === 'offering/outlier-date');
          expect(found.map((d) => `${d.path} ${d.severity} ${d.message}`)).toEqual([
            `/end error The offering's period ends (${iso(end)}) before it starts (${iso(end + reversal)})`,
          ]);
        },
      ),
      { numRuns: numRuns(100, 1_000) },
    );
  });

  it('still flags a date outside a period in the right order', () => {
    const text = offering([0, 10, 20]).replace('sessions:\n', `start: ${iso(0)}\nend: ${iso(15)}\nsessions:\n`);
    expect(validateSnippet(text).filter((d) => d.code === 'offering/outlier-date').map((d) => d.message)).toEqual([
      `Session date ${iso(20)} lies outside the offering's period ${iso(0)} – ${iso(15)}`,
    ]);
  });
});
