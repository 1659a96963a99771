import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/model/calendar-date.js';
import { isDateInRange } from '../../src/core/limits.js';
import { jsonSchema } from '../../src/model/json-schema.js';
import { parseOffering } from '../../src/model/parse.js';
import { builtinProfiles, profileJsonSchema } from '../../src/recognition/index.js';
import { numRuns } from '../setup/runs.js';

describe('shipped JSON Schemas', () => {
  for (const kind of ['program', 'offering'] as const) {
    it(`schema/${kind}.schema.json matches the zod schema`, () => {
      const onDisk = readFileSync(new URL(`../../schema/${kind}.schema.json`, import.meta.url), 'utf8');
      const expected = JSON.stringify(jsonSchema(kind), null, 2) + '\n';
      expect(onDisk === expected, `schema/${kind}.schema.json is stale: run npm run schema`).toBe(true);
    });
  }
  for (const [name, schema] of [['recognition-profile', profileJsonSchema()], ['custom-profile', profileJsonSchema({ custom: true })]] as const) {
    it(`schema/${name}.schema.json matches the zod schema`, () => {
      const onDisk = readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8');
      expect(onDisk === JSON.stringify(schema, null, 2) + '\n', `schema/${name}.schema.json is stale: run npm run schema`).toBe(true);
    });
  }

  // Consumers compile the shipped files with Ajv in strict mode (Ajv's default is strict, but without
  // strictRequired); every file must compile there, strictRequired included, so no one has to turn strict off.
  for (const name of readdirSync(new URL('../../schema/', import.meta.url)).filter((f) => f.endsWith('.schema.json'))) {
    it(`schema/${name} compiles with Ajv in strict mode, strictRequired included`, () => {
      const schema = JSON.parse(readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
      const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: true, strictRequired: true, strictTypes: true, strictTuples: true, allErrors: true });
      expect(() => ajv.compile(schema)).not.toThrow();
    });
  }

  it('the built-in profiles pass the shipped profile schema', () => {
    const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false, allErrors: true });
    const check = ajv.compile(profileJsonSchema());
    for (const profile of builtinProfiles) expect(check(profile) ? [] : check.errors, profile.id).toEqual([]);
  });
});

describe('JSON Schema against the parser', () => {
  const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false, allErrors: true });
  const offering = ajv.compile(jsonSchema('offering'));
  const program = ajv.compile(jsonSchema('program'));
  const session = (s: Record<string, unknown>) => ({ kind: 'offering', id: 'o', program: 'p', sessions: [s] });

  it('rejects impossible dates, times past 24:00, undated sessions and amounts without a number', () => {
    const rejected: [string, unknown][] = [
      ['2027-02-30', session({ date: '2027-02-30' })],
      ['2100-02-29', session({ date: '2100-02-29' })],
      ['23:00-24:30', session({ date: '2027-01-04', time: '23:00-24:30' })],
      ['no date', session({ title: 'Auftakt' })],
      ['cancelled, no date', session({ status: 'cancelled' })],
      ['abc', session({ date: '2027-01-04', modules: [{ module: 'a', hours: 'abc' }] })],
    ];
    for (const [name, doc] of rejected) {
      expect(offering(doc), name).toBe(false);
      expect(parseOffering(JSON.stringify(doc), { format: 'json' }).ok, name).toBe(false);
    }
    expect(program({ kind: 'program', id: 'p', title: 'P', modules: [{ id: 'a', title: 'A', hours: 'viel' }] })).toBe(false);
  });

  it('accepts what the parser accepts', () => {
    const accepted = [
      session({ date: '2028-02-29', time: '09:30-24:00', modules: [{ module: 'a', hours: '2 2/3' }, { module: 'b', hours: '⅔ h' }] }),
      session({ status: 'to-be-agreed' }),
      session({ date: '2000-02-29', modules: [{ module: 'a', hours: '2,5 Std.' }] }),
    ];
    for (const doc of accepted) {
      expect(offering(doc), JSON.stringify(doc)).toBe(true);
      expect(parseOffering(JSON.stringify(doc), { format: 'json' }).ok).toBe(true);
    }
  });

  it('has a date pattern that agrees with the calendar', () => {
    const defs = jsonSchema('offering')['$defs'] as Record<string, { pattern: string }>;
    const pattern = new RegExp(defs['CalendarDate']!.pattern, 'u');
    const two = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`;
        expect(pattern.test(text), text).toBe(isCalendarDate(text) && isDateInRange(text));
      }),
      { numRuns: numRuns(3_000, 10_000) },
    );
    for (const year of [1600, 1700, 1900, 2000, 2024, 2100, 2400]) expect(pattern.test(`${year}-02-29`)).toBe(isCalendarDate(`${year}-02-29`) && isDateInRange(`${year}-02-29`));
    // The supported range, 1900-01-01 to 2200-12-31, as the zod schema has it.
    for (const [date, ok] of [['1899-12-31', false], ['1900-01-01', true], ['2200-12-31', true], ['2201-01-01', false], ['9999-12-31', false]] as const) {
      expect(pattern.test(date), date).toBe(ok);
    }
  });
});
