import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDiagnostics } from '../../src/core/diagnostic.js';
import { parseDocument } from '../../src/model/parse.js';
import { validate } from '../../src/validate/index.js';
import { numRuns } from '../setup/runs.js';

// Documents are generated as values and written as JSON (which is YAML too),
// so they pass through the same loader and schema as real files. Ids come
// from a small pool so that references, duplicates and cycles collide often.

const ID = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'p', 'q');
const AMOUNT = fc.oneof(
  fc.integer({ min: 0, max: 40 }),
  fc.constantFrom('2 2/3', '90 min', '16 UE', '2,5 h', '2 2/7', 'abc', '0', '1 h 30 min'),
);
const DATE = fc
  .integer({ min: 0, max: 800 })
  .map((d) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const WINDOW = fc.constantFrom('09:00-12:00', '09:30-16:30', '13:00-17:00', '12:30-13:30', '10:00-11:00', '16:00-18:30');

const topic = fc.oneof(fc.constant('Thema'), fc.record({ title: fc.constant('Thema'), hours: AMOUNT }, { requiredKeys: ['title'] }));
const leaf = fc.record(
  {
    id: ID,
    title: fc.constant('Modul'),
    hours: AMOUNT,
    optional: fc.boolean(),
    requires: fc.array(ID, { maxLength: 2 }),
    topics: fc.array(topic, { maxLength: 3 }),
    sessions: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant({ min: 1, max: 2 })),
    maxPerSession: fc.constantFrom(3, '3 h', '90 min'),
    program: ID,
  },
  { requiredKeys: ['id', 'title'] },
);
const moduleArb = fc.record(
  {
    id: ID,
    title: fc.constant('Modul'),
    hours: AMOUNT,
    optional: fc.boolean(),
    requires: fc.array(ID, { maxLength: 2 }),
    modules: fc.array(leaf, { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'title'] },
);
const admission = fc.oneof(
  fc.constant('none'),
  fc.record({ completed: ID }),
  fc.record({ team: fc.array(fc.record({ role: fc.constant('x'), count: fc.integer({ min: 1, max: 2 }) }, { requiredKeys: ['role'] }), { maxLength: 3 }) }),
);
const program = fc.record(
  {
    kind: fc.constant('program'),
    id: ID,
    title: fc.constant('Programm'),
    unit: fc.constantFrom('UE', 'h', 'min'),
    hours: AMOUNT,
    credits: fc.constantFrom(1, 5, '2,5 ECTS'),
    modules: fc.array(moduleArb, { maxLength: 5 }),
    targetGroups: fc.array(fc.record({ id: ID, title: fc.constant('Gruppe') }), { maxLength: 2 }),
    tracks: fc.array(fc.record({ id: ID, title: fc.constant('Zweig'), modules: fc.array(ID, { maxLength: 2 }), hours: AMOUNT }, { requiredKeys: ['id', 'title'] }), { maxLength: 2 }),
    admission,
  },
  { requiredKeys: ['kind', 'id', 'title'] },
);
const sessionModule = fc.oneof(ID, fc.record({ module: ID, hours: AMOUNT }));
const session = fc.oneof(
  fc.record(
    {
      date: DATE,
      time: WINDOW,
      breaks: fc.array(WINDOW, { maxLength: 2 }),
      modules: fc.array(sessionModule, { maxLength: 3 }),
      status: fc.constantFrom('scheduled', 'cancelled'),
    },
    { requiredKeys: ['date'] },
  ),
  fc.record(
    { status: fc.constant('to-be-agreed'), date: DATE, time: WINDOW, modules: fc.array(sessionModule, { maxLength: 3 }) },
    { requiredKeys: ['status'] },
  ),
);
const offering = fc.record(
  {
    kind: fc.constant('offering'),
    id: ID,
    program: ID,
    track: ID,
    state: fc.constantFrom('BW', 'NI', 'BY'),
    start: DATE,
    end: DATE,
    sessions: fc.array(session, { maxLength: 6 }),
  },
  { requiredKeys: ['kind', 'id', 'program'] },
);
const documentSet = fc.array(fc.oneof(program, offering), { minLength: 1, maxLength: 4 });

function parseAll(values: readonly unknown[]) {
  return values.map((v, i) => parseDocument(JSON.stringify(v, null, 2), { filename: `doc-${i}.json` }));
}

describe('validate (properties)', () => {
  it('never throws and never crashes a rule on anything the loader and schema return', () => {
    fc.assert(
      fc.property(documentSet, fc.constantFrom('en', 'de') as fc.Arbitrary<'en' | 'de'>, (values, locale) => {
        const diagnostics = validate(parseAll(values), { locale });
        expect(diagnostics.filter((d) => d.code === 'internal/rule-error')).toEqual([]);
        for (let i = 1; i < diagnostics.length; i++) {
          expect(compareDiagnostics(diagnostics[i - 1]!, diagnostics[i]!)).toBeLessThanOrEqual(0);
        }
        for (const d of diagnostics) {
          expect(d.file).toMatch(/^doc-\d\.json$/);
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: numRuns(100, 1_000) },
    );
  });

  it('never throws on arbitrary JSON values either', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 4 }), { minLength: 1, maxLength: 3 }), (values) => {
        expect(() => validate(parseAll(values))).not.toThrow();
      }),
      { numRuns: numRuns(80, 800) },
    );
  });

  it('gives the same result however the documents are ordered', () => {
    fc.assert(
      fc.property(
        documentSet.chain((values) => fc.tuple(fc.constant(values), fc.shuffledSubarray(values.map((_, i) => i), { minLength: values.length }))),
        ([values, order]) => {
          const results = parseAll(values);
          expect(validate(order.map((i) => results[i]!))).toEqual(validate(results));
        },
      ),
      { numRuns: numRuns(200, 2_000) },
    );
  });

  it('keeps hours/total quiet when a module and the total rise by the same exact amount', () => {
    const amount = fc.oneof(
      fc.integer({ min: 0, max: 60 }).map((ue) => ({ text: ue as number | string, minutes: ue * 45 })),
      fc.integer({ min: 0, max: 3000 }).map((min) => ({ text: `${min} min` as number | string, minutes: min })),
      fc.integer({ min: 0, max: 20 }).map((n) => ({ text: `${n} 2/3` as number | string, minutes: n * 45 + 30 })),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(amount, fc.boolean()), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.integer({ min: 1, max: 10_000 }),
        (entries, pick, raise) => {
          const requiredIdx = entries.map((e, i) => (e[1] ? -1 : i)).filter((i) => i >= 0);
          fc.pre(requiredIdx.length > 0);
          const target = requiredIdx[pick % requiredIdx.length]!;
          const doc = (delta: number, totalDelta: number) => {
            const modules = entries.map(([a, optional], i) => ({
              id: `m${i}`,
              title: `Modul ${i}`,
              hours: i === target && delta !== 0 ? `${a.minutes + delta} min` : a.text,
              ...(optional ? { optional: true } : {}),
            }));
            const total = entries.filter(([, optional]) => !optional).reduce((s, [a]) => s + a.minutes, 0);
            return parseDocument(
              JSON.stringify({ kind: 'program', id: 'p', title: 'P', unit: 'UE', hours: `${total + totalDelta} min`, modules }),
              { filename: 'p.json' },
            );
          };
          const hoursTotal = (d: ReturnType<typeof doc>) => validate(d).filter((x) => x.code === 'hours/total');
          expect(hoursTotal(doc(0, 0))).toEqual([]);
          expect(hoursTotal(doc(raise, raise))).toEqual([]);
          // …and raising only the module is caught.
          expect(hoursTotal(doc(raise, 0))).toHaveLength(1);
        },
      ),
      { numRuns: numRuns(300, 3_000) },
    );
  });
});
