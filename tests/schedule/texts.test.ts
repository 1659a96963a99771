import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { formatMessage } from '../../src/messages/format.js';
import type { MessageNamespace } from '../../src/messages/types.js';
import { bilingual, counted, orChain, phrase } from '../../src/schedule/texts.js';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(?::([A-Za-z]+))?\}/g;
const namespaces = ['plan.explanation', 'plan.summary', 'plan.count', 'plan.weekday'] as const satisfies readonly MessageNamespace[];

describe('texts of the explanation', () => {
  it('are what the renderer makes of the catalog, whatever the values (property)', () => {
    const entries = namespaces.flatMap((ns) => Object.entries(en[ns] as Record<string, string>).map(([id, text]) => ({ ns, id, text })));
    const value = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.string({ minLength: 190, maxLength: 230 }),
      fc.constantFrom('2027-01-04', 'a\u001bb', 'ä „x“'),
      fc.integer(),
      fc.double(),
      fc.constant({ minutes: 90, unit: 'UE' as const }),
      fc.constant(counted(2, 'day', 'days')),
    );
    fc.assert(
      fc.property(fc.constantFrom(...entries), fc.array(value, { minLength: 4, maxLength: 4 }), ({ ns, id, text }, values) => {
        const names = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
        const data = Object.fromEntries(names.map((name, i) => [name, values[i % values.length]!]));
        const both = bilingual(ns, id as never, data as never);
        expect(both.en).toBe(formatMessage('en', ns, id, data));
        expect(both.de).toBe(formatMessage('de', ns, id, data));
      }),
      { numRuns: 300 },
    );
  });

  it('count in both languages, and chain suggestions as "a, or b, or c"', () => {
    expect(bilingual('plan.explanation', 'weeklyCap', { days: counted(1, 'day', 'days') })).toEqual({
      en: 'this week already has 1 day (the weekly maximum)',
      de: 'diese Woche hat schon 1 Tag (Höchstzahl pro Woche)',
    });
    const chain = orChain([phrase('plan/infeasible', 'daysPerWeek', { n: 3 }), phrase('plan/infeasible', 'maxGapDays', { n: 9 }), phrase('plan/infeasible', 'noLunchBreak', {})]);
    expect(formatMessage('en', 'plan/infeasible', 'changes', { changes: chain! })).toBe(
      'Smallest changes that fit: allow 3 days a week, or allow gaps of 9 days, or without the default lunch break (breaks: [] / --break none)',
    );
    expect(formatMessage('de', 'plan/infeasible', 'changes', { changes: chain! })).toBe(
      'Kleinste Änderungen, die passen: 3 Tage pro Woche zulassen, oder Abstände bis 9 Tage zulassen, oder ohne die voreingestellte Mittagspause (breaks: [] / --break none)',
    );
    expect(orChain([])).toBeUndefined();
  });
});
