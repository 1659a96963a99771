import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseOffering, parseProgram } from '../../src/model/parse.js';
import { numRuns } from '../setup/runs.js';

// Values shaped like real documents reach deep into the schemas; plain
// arbitrary values mostly stop at `kind`.
const amount = fc.oneof(fc.double(), fc.nat(), fc.constantFrom('2 2/3', '2⅔', '2,5 Std.', '1/7', 'x', '', '16 UE', '-3'));
const module = fc.letrec<{ module: unknown }>((tie) => ({
  module: fc.record(
    {
      id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.string()),
      title: fc.string(),
      hours: amount,
      optional: fc.oneof(fc.boolean(), fc.string()),
      requires: fc.array(fc.constantFrom('a', 'b', 'x')),
      topics: fc.array(fc.oneof(fc.string(), fc.record({ title: fc.string(), hours: amount }, { requiredKeys: [] }))),
      modules: fc.array(tie('module'), { maxLength: 2 }),
      titel: fc.string(),
    },
    { requiredKeys: [] },
  ),
}));
const programLike = fc.record(
  {
    kind: fc.constantFrom('program', 'offering', 'programm', 5),
    id: fc.string(),
    title: fc.string(),
    unit: fc.constantFrom('UE', 'h', 'min', 'Std'),
    hours: amount,
    admission: fc.oneof(fc.constant('none'), fc.record({ team: fc.array(fc.record({ role: fc.string(), rol: fc.string() }, { requiredKeys: [] })) }), fc.anything()),
    modules: fc.array(module.module, { maxLength: 4 }),
    sessions: fc.array(
      fc.record({ date: fc.oneof(fc.constant('2014-02-30'), fc.constant('2027-01-29'), fc.string()), time: fc.constantFrom('09:30-16:30', '16:30-09:30', 'x'), status: fc.constantFrom('scheduled', 'cancelled', 'to-be-agreed', 'maybe') }, { requiredKeys: [] }),
    ),
    timeZone: fc.constantFrom('Europe/Berlin', 'Mars/Base', ''),
    program: fc.string(),
  },
  { requiredKeys: ['kind'] },
);

describe('parsing never throws on user input', () => {
  it('arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const r = parseDocument(text);
        expect(Array.isArray(r.diagnostics)).toBe(true);
        expect(r.ok).toBe(r.diagnostics.every((d) => d.severity !== 'error') && r.value !== undefined);
      }),
      { numRuns: numRuns(800, 20_000) },
    );
  });

  it('document-shaped values as JSON and YAML, every diagnostic located inside the text', () => {
    fc.assert(
      fc.property(programLike, fc.boolean(), (value, asJson) => {
        const text = asJson ? JSON.stringify(value) : stringify(value);
        for (const parse of [parseDocument, parseProgram, parseOffering]) {
          const r = parse(text, { filename: asJson ? 'x.json' : 'x.yaml' });
          const lines = text.split('\n').length;
          for (const d of r.diagnostics) {
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.line).toBeLessThanOrEqual(lines + 1);
            expect(d.column).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      // Each run loads and checks a document three times, mostly through the yaml package (slow by
      // design: these documents have problems to locate).
      { numRuns: numRuns(300, 8_000) },
    );
  });

  it('arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => parseDocument(JSON.stringify(value) ?? 'null', { format: 'json' })).not.toThrow();
      }),
      { numRuns: numRuns(600, 15_000) },
    );
  });
});
