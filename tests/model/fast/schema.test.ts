import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { admissionSchema } from '../../../src/model/admission.js';
import { parseFast } from '../../../src/model/fast/index.js';
import { moduleSchema } from '../../../src/model/module.js';
import { offeringSchema } from '../../../src/model/offering.js';
import { parseDocument } from '../../../src/model/parse.js';
import { programSchema } from '../../../src/model/program.js';
import { sessionSchema } from '../../../src/model/session.js';
import { numRuns } from '../../setup/runs.js';

// The fast path must accept exactly what zod accepts and build the very
// same value (for an input the caller keeps, keys in the same order and
// defaults applied alike; for one it owns, equal values that may share the
// input's unchanged objects, without ever changing the input); when zod
// rejects, it must say undefined so that zod's own issues are reported.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The fast path for a value the caller keeps (`copy`), hands over (`reuse`) or throws away after (`adopt`). */
function fastParse(schema: z.core.$ZodType, value: unknown, mode: 'copy' | 'reuse' | 'adopt' = 'copy'): unknown {
  return parseFast(schema as z.ZodType, value, { owned: mode !== 'copy', disposable: mode === 'adopt', shared: false });
}

// The benchmark's documents (plain JS, so imported by a path the type checker does not follow).
const generator = '../../../bench/generate.mjs';
const { largeProgram, smallPrograms } = (await import(generator)) as {
  largeProgram(bytes: number): { value: unknown };
  smallPrograms(count: number): { value: unknown }[];
};

/** Every .yaml/.json document under a folder (examples, fixtures), parsed as plain data. */
function documentsUnder(folder: string): unknown[] {
  const out: unknown[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) out.push(...documentsUnder(path));
    else if (/\.(ya?ml|json)$/.test(name)) {
      try {
        const text = readFileSync(path, 'utf8');
        // yaml's default alias limit keeps the alias-bomb fixture (a million values once expanded) out.
        out.push(name.endsWith('.json') ? JSON.parse(text) : parseYaml(text));
      } catch {
        // Fixtures of syntax errors are not documents.
      }
    }
  }
  return out;
}

const SCHEMAS: Record<string, z.core.$ZodType> = { program: programSchema, offering: offeringSchema };

function schemaFor(value: unknown): z.core.$ZodType {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return kind === 'offering' ? offeringSchema : programSchema;
}

/** Equal values with keys in the same order (or any order), explicit undefined included. */
function same(a: unknown, b: unknown, path = '', anyOrder = false): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${String(a)} vs ${String(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: prototypes differ`;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (anyOrder) {
    ka.sort();
    kb.sort();
  }
  if (ka.join('\u0000') !== kb.join('\u0000')) return `${path}: keys ${ka.join(',')} vs ${kb.join(',')}`;
  for (const k of ka) {
    const d = same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`, anyOrder);
    if (d !== undefined) return d;
  }
  return undefined;
}

function expectAgreement(schema: z.core.$ZodType, value: unknown): void {
  expectAdoptAgreement(schema, value);
  const reference = (schema as z.ZodType).safeParse(value);
  const fast = fastParse(schema, value);
  if (!reference.success) {
    expect(fast, 'zod rejects, so the fast path must not accept').toBeUndefined();
    expect(fastParse(schema, value, 'reuse'), 'nor in reuse mode').toBeUndefined();
    return;
  }
  // undefined is zod's value only for schemas that accept undefined; none of these does at the top.
  expect(fast, 'zod accepts, so the fast path should too').not.toBeUndefined();
  expect(same(fast, reference.data)).toBeUndefined();
  // Reuse mode: the same verdict and value; the input itself must come out unchanged.
  const before = plainData(value) ? JSON.stringify(value) : undefined;
  const reused = fastParse(schema, value, 'reuse');
  expect(reused, 'reuse mode must accept what zod accepts').not.toBeUndefined();
  expect(same(reused, reference.data, '', true)).toBeUndefined();
  if (before !== undefined) expect(JSON.stringify(value), 'reuse mode must not change its input').toBe(before);
  // Adopt mode (an input thrown away after): the same verdict and value, the defaults written into a copy of the input.
}

/**
 * Adopt mode (an input thrown away after the parse), on a deep copy of the
 * value: the same verdict and value as zod's on that copy, and when it
 * declines, what it left in the copy makes zod report exactly the same.
 */
function expectAdoptAgreement(schema: z.core.$ZodType, value: unknown): void {
  const copy = clone(value);
  if (copy === NO_CLONE) return;
  const reference = (schema as z.ZodType).safeParse(copy);
  const adopted = fastParse(schema, copy, 'adopt');
  if (reference.success) {
    expect(adopted, 'adopt mode must accept what zod accepts').not.toBeUndefined();
    expect(same(adopted, reference.data, '', true)).toBeUndefined();
    return;
  }
  expect(adopted, 'nor in adopt mode').toBeUndefined();
  const again = (schema as z.ZodType).safeParse(copy);
  expect(again.success).toBe(false);
  if (!again.success) expect(again.error.issues).toEqual(reference.error.issues);
}

const NO_CLONE: unique symbol = Symbol('no clone');

/** A deep copy (undefined, infinities and NaN kept), or NO_CLONE for values structuredClone cannot copy. */
function clone(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return NO_CLONE;
  }
}

function plainData(value: unknown): boolean {
  try {
    return JSON.stringify(value) !== undefined;
  } catch {
    return false;
  }
}

const corpus: unknown[] = [
  ...documentsUnder(join(ROOT, 'examples')),
  ...documentsUnder(join(ROOT, 'tests', 'fixtures')),
  ...smallPrograms(40).map((p) => p.value),
];

/** Every path into a value, as key lists. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

const KEYS = [
  'id', 'title', 'hours', 'modules', 'optional', 'requires', 'topics', 'unit', 'kind', 'sessions', 'date', 'time', 'status',
  'team', 'allOf', 'anyOf', 'completed', 'role', 'count', 'language', 'credits', 'titel', 'toString', 'constructor', '__proto__',
];
/** A schema whose first check runs only when `when` says so (zod's option, set after construction). */
function withWhen<T extends z.ZodType>(schema: T, when: (payload: { value: unknown }) => boolean): T {
  (schema._zod.def.checks![0]!._zod.def as { when?: unknown }).when = when;
  return schema;
}

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(undefined, Number.NaN, Infinity, -0, -1, 0.5, 1e21, '', ' ', '2 2/3', 'UE', 'min', 'program', 'offering', [], {}, null),
  fc.constantFrom('2027-01-29', '2014-02-30', '09:30-16:30', '16:30-09:30', 'Europe/Berlin', 'Mars/Base', 'to-be-agreed', 'cancelled'),
  // Lengths near the limits below in UTF-16 units and in code points (zod counts code points).
  fc.string({ unit: fc.constantFrom('a', '1', 'ä', '😀', '\ud800', 'x'), maxLength: 7 }),
);

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), value: oddValue }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({ kind: fc.constant('add' as const), key: fc.constantFrom(...KEYS), value: oddValue }),
);

function mutate(value: unknown, path: readonly (string | number)[], m: Mutation): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return m.kind === 'set' ? m.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (m.kind === 'set') parent[last] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
      Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    } else parent[last] = m.value;
  }
  return copy;
}

describe('schema fast path agrees with zod', () => {
  it('on every example, fixture and generated program', () => {
    expect(corpus.length).toBeGreaterThan(50);
    for (const value of corpus) expectAgreement(schemaFor(value), value);
  });

  it('on a 1 MB generated program', () => {
    expectAgreement(programSchema, largeProgram(300_000).value);
  });

  it('on documents with one mutation anywhere', () => {
    const withPaths = corpus.map((value) => ({ value, paths: paths(value) }));
    fc.assert(
      fc.property(fc.nat(withPaths.length - 1), fc.nat(), mutation, (d, p, m) => {
        const { value, paths: all } = withPaths[d]!;
        const mutated = mutate(value, all[p % all.length]!, m);
        expectAgreement(schemaFor(mutated), mutated);
        // The other kind's schema sees foreign documents: everything must fail alike.
        expectAgreement(schemaFor(mutated) === programSchema ? offeringSchema : programSchema, mutated);
      }),
      { numRuns: numRuns(800, 30_000) },
    );
  });

  it('on documents with several mutations', () => {
    const withPaths = corpus.map((value) => ({ value, paths: paths(value) }));
    fc.assert(
      fc.property(fc.nat(withPaths.length - 1), fc.array(fc.tuple(fc.nat(), mutation), { minLength: 2, maxLength: 5 }), (d, ms) => {
        let value = withPaths[d]!.value;
        for (const [p, m] of ms) {
          const all = paths(value);
          value = mutate(value, all[p % all.length]!, m);
        }
        expectAgreement(schemaFor(value), value);
      }),
      { numRuns: numRuns(300, 10_000) },
    );
  });

  it('on arbitrary values, for the document schemas and their parts', () => {
    const parts = [programSchema, offeringSchema, moduleSchema, sessionSchema, admissionSchema];
    fc.assert(
      fc.property(fc.constantFrom(...parts), fc.oneof(fc.jsonValue(), fc.anything()), (schema, value) => {
        expectAgreement(schema, value);
      }),
      { numRuns: numRuns(500, 15_000) },
    );
  });

  it('on values that are not plain data', () => {
    const base = { kind: 'program', id: 'p', title: 'P', modules: [{ id: 'm', title: 'M', hours: 4 }] };
    const withPrototype = Object.assign(Object.create({ inherited: 1 }) as object, base);
    const nullPrototype = Object.assign(Object.create(null) as object, base);
    const explicitUndefined = { ...base, hours: undefined, unit: undefined };
    const instance = new (class Doc {
      kind = 'program';
      id = 'p';
      title = 'P';
    })();
    for (const value of [withPrototype, nullPrototype, explicitUndefined, instance]) expectAgreement(programSchema, value);
  });

  it('builds fresh values: no input object and no default is shared', () => {
    const input = { kind: 'program', id: 'p', title: 'P', modules: [{ id: 'm', title: 'M', topics: [{ title: 't' }] }] };
    const a = fastParse(programSchema, input) as { modules: { topics: object[] }[] };
    const b = fastParse(programSchema, { kind: 'program', id: 'q', title: 'Q' }) as { modules: unknown[] };
    const c = fastParse(programSchema, { kind: 'program', id: 'r', title: 'R' }) as { modules: unknown[] };
    expect(a).not.toBe(input);
    expect(a.modules[0]).not.toBe(input.modules[0]);
    expect(a.modules[0]!.topics[0]).not.toBe(input.modules[0]!.topics[0]);
    expect(b.modules).toEqual([]);
    expect(b.modules).not.toBe(c.modules);
  });

  it('in reuse mode shares what needs no change and copies the rest', () => {
    const module = { id: 'm', title: 'M', topics: [{ title: 't' }] };
    const session = { date: '2027-01-04', modules: ['m'] };
    const program = fastParse(programSchema, { kind: 'program', id: 'p', title: 'P', unit: 'UE', language: 'de', modules: [module] }, 'reuse');
    expect((program as { modules: unknown[] }).modules[0]).toBe(module);
    const full = { kind: 'program', id: 'p', title: 'P', unit: 'UE', language: 'de', modules: [module] };
    expect(fastParse(programSchema, full, 'reuse')).toBe(full);
    // A default is filled in a copy; the input keeps its shape.
    const offering = { kind: 'offering', id: 'o', program: 'p', sessions: [session] };
    const parsed = fastParse(offeringSchema, offering, 'reuse') as { unit: string; sessions: { status: string }[] };
    expect(parsed.unit).toBe('UE');
    expect(parsed.sessions[0]!.status).toBe('scheduled');
    expect(offering).toEqual({ kind: 'offering', id: 'o', program: 'p', sessions: [{ date: '2027-01-04', modules: ['m'] }] });
    expect(parsed.sessions[0]).not.toBe(session);
  });

  it('in adopt mode, a value zod transforms is not written into an input zod then parses again', () => {
    // n is missing, so zod parses the input after the fast path declines: t must still be the string.
    expectAgreement(z.strictObject({ n: z.string().nullable(), t: z.string().transform((s) => s.length).optional() }), { t: '' });
  });

  it('on schemas of every kind, including ones it leaves to zod', () => {
    const inner = z.strictObject({ toString: z.string().optional(), n: z.int().min(2).optional() });
    const schemas: z.ZodType[] = [
      z.strictObject({ a: z.string().min(1), b: z.number().positive().optional(), c: z.boolean().default(false) }),
      z.object({ a: z.string(), b: z.literal(['x', 'y']).optional() }),
      z.strictObject({ o: z.string().default('d').optional(), e: z.enum(['UE', 'h']).default('UE'), i: inner.optional() }),
      z.strictObject({ u: z.union([z.number().multipleOf(0.5), z.string().regex(/^\d+$/), inner]).optional() }),
      z.strictObject({ n: z.string().nullable(), t: z.string().transform((s) => s.length).optional() }),
      z.strictObject({ c: z.number().catch(0), r: z.string().refine((s) => s !== 'no').optional() }),
      z.array(z.strictObject({ k: z.string() })).min(1).max(3),
      z.strictObject({ x: z.string() }).refine((v) => v.x !== 'bad', { message: 'bad' }),
      z.strictObject({ a: z.string().trim().toLowerCase().optional() }),
      z.strictObject({ a: z.string().min(2).max(3).optional(), b: z.string().regex(/a/g).optional() }),
      z.strictObject({ a: withWhen(z.string().min(3), (p) => typeof p.value === 'string' && p.value !== 'x').optional(), b: z.string().max(2).regex(/^[a1]*$/).optional() }),
    ];
    const accepted = new Set<number>();
    const keyed = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'e', 'i', 'k', 'n', 'o', 'r', 't', 'u', 'x', 'toString', 'extra'), oddValue, { maxKeys: 5 });
    // Values shaped for each schema (near misses included), or the stricter schemas would
    // almost never see a value they accept whatever the seed.
    const optional = { requiredKeys: [] as never[] };
    const fits: fc.Arbitrary<unknown>[] = [
      fc.record({ a: fc.string({ maxLength: 2 }), b: fc.double(), c: fc.boolean() }, { requiredKeys: ['a'] }),
      fc.record({ a: fc.string(), b: fc.constantFrom('x', 'y', 'z') }, { requiredKeys: ['a'] }),
      fc.record({ o: fc.string(), e: fc.constantFrom('UE', 'h', 'min'), i: fc.record({ n: fc.integer({ min: 0, max: 4 }) }, optional) }, optional),
      fc.record({ u: fc.oneof(fc.double(), fc.stringMatching(/^\d{0,3}x?$/), fc.record({ n: fc.integer({ min: 0, max: 4 }) }, optional)) }, optional),
      fc.record({ n: fc.option(fc.string(), { nil: null }), t: fc.string() }, { requiredKeys: ['n'] }),
      fc.record({ c: oddValue, r: fc.constantFrom('no', 'yes') }, optional),
      fc.array(fc.record({ k: fc.oneof(fc.string(), oddValue) }), { maxLength: 4 }),
      fc.record({ x: fc.constantFrom('bad', 'good') }),
      fc.record({ a: fc.string() }, optional),
      fc.record({ a: fc.string({ maxLength: 4 }), b: fc.string({ maxLength: 3 }) }, optional),
      fc.record({ a: fc.string({ maxLength: 4 }), b: fc.stringMatching(/^[a1b]{0,3}$/) }, optional),
    ];
    expect(fits).toHaveLength(schemas.length);
    const pick = fc.nat(schemas.length - 1).chain((i) =>
      fc.tuple(fc.constant(i), fc.oneof(fits[i]!, keyed, fc.array(keyed, { maxLength: 4 }), oddValue)),
    );
    fc.assert(
      fc.property(pick, ([i, value]) => {
        const schema = schemas[i]!;
        if (schema.safeParse(value).success) accepted.add(i);
        expectAgreement(schema, value);
      }),
      { numRuns: numRuns(3000, 100_000) },
    );
    // Each schema saw values it accepts, not only rejections.
    expect([...accepted].sort((x, y) => x - y)).toEqual(schemas.map((_, i) => i));
  });

  it('counts string lengths in code points, as zod does', () => {
    const cases: [z.ZodType, string][] = [
      [z.string().min(2), '😀'],
      [z.string().min(2), '😀a'],
      [z.string().min(2), '\ud800a'],
      [z.string().max(1), '😀'],
      [z.string().max(1), '😀😀'],
      [z.string().min(1).max(2), '😀😀'],
      [z.string().min(3), 'aa😀'],
      [z.string().regex(/a/g), 'a'],
      [z.string().regex(/a/g), 'ba'],
    ];
    for (const [schema, value] of cases) {
      expectAgreement(schema, value);
      // Twice: a global regex keeps lastIndex between tests unless it is reset.
      expectAgreement(schema, value);
    }
  });

  it('leaves values that may hold one object twice to zod', () => {
    const module = { id: 'm', title: 'M', hours: 4 };
    const input = { kind: 'program', id: 'p', title: 'P', modules: [module, module] };
    expect(parseFast(programSchema, input, { owned: true, shared: true })).toBeUndefined();
    // Through parseDocument: a YAML alias shares one object, and the result shares it as zod's does.
    const text = 'kind: program\nid: p\ntitle: P\nmodules:\n  - &m {id: m, title: M, hours: 4}\n  - *m\n';
    const reference = programSchema.parse(parseYaml(text)) as { modules: object[] };
    const parsed = parseDocument(text).value as { modules: object[] };
    expect(same(parsed, reference)).toBeUndefined();
    expect(parsed.modules[0] === parsed.modules[1]).toBe(reference.modules[0] === reference.modules[1]);
  });

  it('knows both document schemas', () => {
    for (const schema of Object.values(SCHEMAS)) expect(fastParse(schema, {})).toBeUndefined();
  });
});
