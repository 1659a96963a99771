// Fuzzing the layers that take user input: load, parseDocument + validate,
// and plan. `npm run test:explore` tries over 100,000 generated inputs in
// all, `npm test` a tenth of them (tests/setup/runs.ts), both from a fixed
// seed so a failure reproduces on every machine; fast-check shrinks it to a
// small counterexample. The contract under test: user input never makes the
// library throw or hang, and what it returns keeps its basic shape.
//
// Cheap generators on purpose: npm test runs this on 2 cores next to the
// other suites, so each test stays at a few seconds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FEDERAL_STATES,
  load,
  parseDocument,
  plan,
  programSchema,
  validate,
  type CurriculumDocument,
  type Diagnostic,
  type ParseResult,
  type PlanConstraints,
  type Program,
} from '../../src/index.js';
import { numRuns } from '../setup/runs.js';

// Seeds come from tests/setup/fast-check.ts: fixed unless FC_SEED says otherwise.
// Longest a single call may take before it counts as a hang. Generous:
// the suite shares 2 cores with the other test files.
const HANG_MS = 3_000;

/** Runs `fn`, failing the property when it throws or takes too long. */
function timed<T>(what: string, fn: () => T): T {
  const start = performance.now();
  const result = fn();
  const elapsed = performance.now() - start;
  if (elapsed > HANG_MS) throw new Error(`${what} took ${elapsed.toFixed(0)} ms`);
  return result;
}

function expectWellFormed(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    if (typeof d.code !== 'string' || typeof d.message !== 'string' || typeof d.path !== 'string') {
      throw new Error(`malformed diagnostic ${JSON.stringify(d)}`);
    }
    if (!(d.line >= 1 && d.column >= 1 && d.endLine >= d.line)) {
      throw new Error(`diagnostic outside the text: ${JSON.stringify(d)}`);
    }
  }
}

/** The whole pipeline on one text: load, parse as a document, validate. */
function check(text: string, filename: string, others: readonly ParseResult<CurriculumDocument>[] = []): void {
  const loaded = timed('load', () => load(text, { filename }));
  expectWellFormed(loaded.diagnostics);
  const parsed = timed('parseDocument', () => parseDocument(loaded));
  expectWellFormed(parsed.diagnostics);
  // Without a value there is nothing for the rules to look at (validate only passes the diagnostics on).
  if (parsed.value === undefined && others.length === 0) return;
  const diagnostics = timed('validate', () => validate([parsed, ...others]));
  expectWellFormed(diagnostics);
}

// ---------------------------------------------------------------- texts

// Pieces that make the YAML and JSON parsers take their rarer paths:
// anchors and aliases, merge keys, tags, block scalars, flow collections,
// directives, quotes and escapes, tabs, CRLF, BOM, surrogate pairs, and the
// keys the loader must refuse.
const YAML_TOKENS = [
  'kind', 'program', 'offering', 'id', 'title', 'modules', 'hours', 'sessions', 'date', 'status', 'unit', 'topics',
  ': ', ':', ' ', '  ', '    ', '\n', '\r\n', '\t', '- ', '-', '? ', '[', ']', '{', '}', ', ', '"', "'", '\\', '\\u005f',
  '\\x5f', '# c', '&a ', '*a', '<<: ', '!!str ', '!!binary ', '!custom ', '|', '>-', '---', '...', '%YAML 1.2', '%TAG ! x',
  '2 2/3', '16 UE', '90 min', '2,5 h', '-1', '1e309', '0x1F', '.nan', 'null', '~', 'true', 'yes', '2027-01-29',
  '09:30-16:30', '__proto__', 'constructor', 'prototype', 'é', 'ß', '😀', '\uFEFF', '\u2028', '\0',
];
const JSON_TOKENS = [
  '{', '}', '[', ']', ',', ':', '"', '"kind"', '"program"', '"modules"', '"hours"', '"id"', '"title"', ' ', '\n', '0',
  '-1', '1.5e3', '2 2/3', 'true', 'null', '\\"', '\\u0000', '\\ud800', '"__proto__"', '// c', '/* c */', '😀', 'NaN',
];

const tokenText = (tokens: readonly string[], maxLength: number) =>
  fc.array(fc.constantFrom(...tokens), { maxLength }).map((parts) => parts.join(''));

const examplesDir = join(import.meta.dirname, '../../examples');
const EXAMPLES = readdirSync(examplesDir)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .map((f) => ({ name: f, text: readFileSync(join(examplesDir, f), 'utf8') }));

/** Edits that keep most of a valid document and break a little of it. */
type Edit = { kind: 'delete' | 'insert' | 'replace' | 'duplicate-line' | 'indent' | 'truncate'; at: number; span: number; text: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'replace', 'duplicate-line', 'indent', 'truncate'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  span: fc.integer({ min: 1, max: 40 }),
  text: fc.oneof(fc.constantFrom(...YAML_TOKENS, ...JSON_TOKENS), fc.string({ maxLength: 6 })),
});

function applyEdit(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  switch (e.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.span);
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at);
    case 'replace':
      return text.slice(0, at) + e.text + text.slice(at + e.span);
    case 'duplicate-line': {
      const start = text.lastIndexOf('\n', at) + 1;
      const end = text.indexOf('\n', at);
      const line = text.slice(start, end < 0 ? text.length : end + 1);
      return text.slice(0, start) + line + text.slice(start);
    }
    case 'indent': {
      const start = text.lastIndexOf('\n', at) + 1;
      return text.slice(0, start) + ' '.repeat(e.span % 5) + text.slice(start);
    }
    case 'truncate':
      return text.slice(0, at);
  }
}

// ---------------------------------------------------------------- documents as values

const id = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'einstieg', 'x', 'p', 'track-1', 'fachkraefte') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const amount = fc.oneof(
  fc.constantFrom<number | string>(0, 1, 4, 8, 16, 2.5, '2 2/3', '16 UE', '90 min', '2,5 Std.', '6 h', '1/3', '2⅔', '-4', 'viel', ''),
  fc.double({ min: -10, max: 1e6 }),
);
// Sometimes the right type, sometimes any JSON at all: the schema's error paths need both.
const anything = fc.jsonValue({ maxDepth: 2 });
const sometimesWrong = <T>(right: fc.Arbitrary<T>) => fc.oneof({ weight: 19, arbitrary: right }, { weight: 1, arbitrary: anything });

const topic = fc.oneof(fc.string({ maxLength: 10 }), fc.record({ title: fc.string({ maxLength: 10 }), hours: amount }, { requiredKeys: ['title'] }));
const admission = fc.constantFrom<unknown>(
  'none',
  { role: 'hauptamtlich' },
  { team: [{ role: 'a' }, { role: 'b', count: 2 }] },
  { completed: 'x' },
  { allOf: [] },
  { anyOf: [{ text: 'Erfahrung' }, 'none'] },
  { text: '' },
);

/** A module with nested modules down to `depth` more levels. */
function moduleValue(depth: number): fc.Arbitrary<unknown> {
  return fc.record(
    {
      id: sometimesWrong(id),
      title: sometimesWrong(fc.string({ maxLength: 10 })),
      hours: sometimesWrong(amount),
      optional: fc.boolean(),
      requires: fc.array(id, { maxLength: 2 }),
      topics: fc.array(topic, { maxLength: 2 }),
      ...(depth > 0 ? { modules: fc.array(moduleValue(depth - 1), { maxLength: 2 }) } : {}),
      sessions: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.record({ min: fc.integer({ min: 0, max: 3 }), max: fc.integer({ min: 0, max: 3 }) })),
      maxPerSession: amount,
      targetGroups: fc.array(id, { maxLength: 2 }),
    },
    { requiredKeys: ['id', 'title'] },
  );
}

const programValue = fc.record(
  {
    kind: fc.oneof({ weight: 20, arbitrary: fc.constant('program') }, { weight: 1, arbitrary: anything }),
    id: sometimesWrong(id),
    title: sometimesWrong(fc.string({ maxLength: 10 })),
    unit: sometimesWrong(fc.constantFrom('UE', 'h', 'min', 'Std')),
    hours: sometimesWrong(amount),
    credits: fc.constantFrom<unknown>(5, '5 ECTS', '2,5 KP', 0, 'viele'),
    modules: fc.array(moduleValue(2), { maxLength: 4 }),
    targetGroups: fc.array(fc.record({ id, title: fc.string({ maxLength: 6 }) }), { maxLength: 2 }),
    tracks: fc.array(fc.record({ id, title: fc.constant('T'), modules: fc.array(id, { maxLength: 3 }), hours: amount }, { requiredKeys: ['id', 'title'] }), { maxLength: 2 }),
    admission,
    activities: fc.array(fc.record({ id, title: fc.constant('A'), groupSize: fc.integer({ min: 0, max: 3 }) }), { maxLength: 2 }),
  },
  { requiredKeys: ['kind', 'id', 'title'] },
);

const validDate = fc.integer({ min: 0, max: 800 }).map((d) => new Date(Date.UTC(2026, 11, 1) + d * 86_400_000).toISOString().slice(0, 10));
const dateText = fc.oneof(
  { weight: 6, arbitrary: validDate },
  { weight: 1, arbitrary: fc.constantFrom('2027-02-29', '2028-02-29', '2027-13-01', '29.01.2027', '', 'morgen') },
);
const windowText = fc.constantFrom('09:30-16:30', '08:00-12:00', '13:00-17:45', '16:30-09:30', '00:00-24:00', '23:00-23:30', '9-17', '');

const sessionValue = fc.record(
  {
    date: dateText,
    time: windowText,
    breaks: fc.array(windowText, { maxLength: 2 }),
    modules: fc.array(fc.oneof(id, fc.record({ module: id, hours: amount })), { maxLength: 3 }),
    status: sometimesWrong(fc.constantFrom('scheduled', 'cancelled', 'to-be-agreed')),
    mode: fc.constantFrom('in-person', 'online', 'phone', 'hybrid', 'telepathy'),
    sequence: fc.integer({ min: -1, max: 3 }),
  },
  { requiredKeys: [] },
);

const offeringValue = fc.record(
  {
    kind: fc.constant('offering'),
    id: sometimesWrong(id),
    program: sometimesWrong(id),
    track: id,
    timeZone: fc.constantFrom('Europe/Berlin', 'UTC', 'America/New_York', 'Mars/Olympus'),
    state: fc.constantFrom<string>(...FEDERAL_STATES, 'XX'),
    unit: fc.constantFrom('UE', 'h', 'min'),
    start: dateText,
    end: dateText,
    sessions: fc.array(sessionValue, { maxLength: 4 }),
  },
  { requiredKeys: ['kind', 'id', 'program'] },
);

// ---------------------------------------------------------------- plan inputs

/** Programs small enough that a plan has at most a few hundred sessions. */
const plannableProgram: fc.Arbitrary<Program | undefined> = fc
  .record({
    modules: fc.array(
      fc.record({
        hours: fc.constantFrom<number | string>(2, 4, 8, 16, '2 2/3', '90 min', 0),
        optional: fc.boolean(),
        requires: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 2 }),
        nested: fc.array(fc.constantFrom<number | string>(2, 4, '1 1/3'), { maxLength: 3 }),
        maxPerSession: fc.option(fc.constantFrom<number | string>(2, 4, '3 h'), { nil: undefined }),
        sessions: fc.option(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant({ min: 1, max: 2 })), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    unit: fc.constantFrom('UE', 'h', 'min'),
    track: fc.boolean(),
  })
  .map(({ modules, unit, track }) => {
    const value = {
      kind: 'program',
      id: 'p',
      title: 'P',
      unit,
      modules: modules.map((m, i) => ({
        id: `m${i}`,
        title: `M${i}`,
        ...(m.nested.length > 0
          ? { modules: m.nested.map((hours, j) => ({ id: `m${i}-${j}`, title: 'N', hours })) }
          : { hours: m.hours }),
        ...(m.optional ? { optional: true } : {}),
        ...(m.requires.length > 0 ? { requires: m.requires.map((r) => `m${r}`) } : {}),
        ...(m.maxPerSession !== undefined ? { maxPerSession: m.maxPerSession } : {}),
        ...(m.sessions !== undefined ? { sessions: m.sessions } : {}),
      })),
      ...(track ? { tracks: [{ id: 't', title: 'T', modules: modules.slice(0, 2).map((_, i) => `m${i}`) }] } : {}),
    };
    // The schema applies defaults without a text round trip; the plan takes the parsed value.
    const parsed = programSchema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  });

// Mostly sensible values, so most plans get far; now and then a value the CLI could pass from a bad flag.
const weird = <T>(normal: fc.Arbitrary<T>, odd: readonly T[]) =>
  fc.oneof({ weight: 15, arbitrary: normal }, { weight: 1, arbitrary: fc.constantFrom(...odd) });
const rarely = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

const planDate = weird(validDate, ['2027-02-30', 'soon', '']);
const constraints: fc.Arbitrary<PlanConstraints> = fc
  .record({
    id: rarely(id),
    track: rarely(fc.constantFrom('t', 'unknown')),
    start: fc.oneof({ weight: 9, arbitrary: planDate }, { weight: 1, arbitrary: fc.constant(undefined) }),
    end: rarely(planDate),
    timeZone: rarely(weird(fc.constantFrom('Europe/Berlin', 'UTC', 'Asia/Kolkata'), ['Nowhere/City'])),
    weekdays: rarely(weird(fc.array(fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'Mo', 'Fr'), { minLength: 1, maxLength: 4 }), [[], ['xyz']])),
    window: rarely(weird(fc.constantFrom('09:30-16:30', '08:00-12:00', '13:00-17:45', '00:00-24:00'), ['16:30-09:30', '9-17', ''])),
    breaks: rarely(fc.array(weird(fc.constantFrom('12:30-13:30', '10:00-10:15', '14:00-14:30'), ['', '16:30-17:00', '13:30-12:30']), { maxLength: 2 })),
    unitMinutes: rarely(weird(fc.constantFrom(45, 60, 30, 15, 90), [0, -45, Number.NaN, Number.POSITIVE_INFINITY, 1e9, 2.5])),
    maxUnitsPerDay: rarely(weird(fc.integer({ min: 1, max: 10 }), [0, -1, Number.NaN, 1e9, 0.5])),
    maxDaysPerWeek: rarely(weird(fc.integer({ min: 1, max: 7 }), [0, 8, -1, Number.NaN])),
    minGapDays: rarely(weird(fc.integer({ min: 0, max: 14 }), [-1, 1e6, Number.NaN])),
    maxGapDays: rarely(weird(fc.integer({ min: 0, max: 30 }), [-1, Number.NaN])),
    blocks: rarely(fc.record({ days: weird(fc.integer({ min: 1, max: 5 }), [-1, 0]), count: fc.integer({ min: 0, max: 4 }) }, { requiredKeys: ['days'] })),
    blackouts: rarely(fc.array(fc.oneof(planDate, fc.record({ from: planDate, to: planDate })), { maxLength: 3 })),
    state: fc.option(weird(fc.constantFrom<string>('BY', 'BE', 'NW', 'SN'), ['XX', '']), { nil: undefined, freq: 2 }),
    region: rarely(fc.constantFrom('A', 'AGS', 'nowhere')),
    extraHolidays: rarely(fc.array(fc.record({ date: dateText, name: fc.constant('Betriebsausflug') }), { maxLength: 2 })),
    fixed: rarely(
      fc.array(
        fc.record(
          {
            date: dateText,
            time: windowText,
            modules: fc.array(fc.constantFrom('m0', 'm1', 'zz'), { maxLength: 2 }),
            status: fc.constantFrom('scheduled', 'cancelled', 'to-be-agreed'),
          },
          { requiredKeys: ['status'] },
        ),
        { maxLength: 2 },
      ),
    ),
    splitModules: fc.option(fc.boolean(), { nil: undefined }),
    includeOptional: fc.option(fc.boolean(), { nil: undefined }),
    layout: rarely(fc.constantFrom('consecutive', 'spread')),
    locale: fc.constantFrom('en', 'de'),
  })
  // Absent, not undefined: that is how callers pass options.
  .map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as PlanConstraints);

// ---------------------------------------------------------------- properties

// [npm test, test:explore] runs; the explore counts add up to 100,000.
const RUNS = {
  yamlTokens: [2_800, 28_000],
  jsonTokens: [2_200, 22_000],
  binary: [1_200, 12_000],
  mutated: [600, 6_000],
  programs: [700, 7_000],
  offerings: [700, 7_000],
  plan: [1_800, 18_000],
} as const satisfies Record<string, readonly [number, number]>;

describe('fuzz (fixed seed, no throw, no hang)', () => {
  it('load survives YAML-like text', () => {
    fc.assert(
      fc.property(tokenText(YAML_TOKENS, 40), (text) => {
        check(text, 'fuzz.yaml');
      }),
      { numRuns: numRuns(...RUNS.yamlTokens) },
    );
  });

  it('load survives JSON-like text', () => {
    fc.assert(
      fc.property(tokenText(JSON_TOKENS, 40), (text) => {
        check(text, 'fuzz.json');
      }),
      { numRuns: numRuns(...RUNS.jsonTokens) },
    );
  });

  it('load survives arbitrary text, with or without a format', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.constantFrom<'json' | 'yaml' | undefined>('json', 'yaml', undefined), (text, format) => {
        const loaded = timed('load', () => load(text, { ...(format ? { format } : {}), maxDepth: 16 }));
        expect(typeof loaded.ok).toBe('boolean');
        expectWellFormed(loaded.diagnostics);
      }),
      { numRuns: numRuns(...RUNS.binary) },
    );
  });

  it('load, parse and validate survive edited example documents', () => {
    expect(EXAMPLES.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLES), fc.array(edit, { minLength: 1, maxLength: 3 }), (example, edits) => {
        check(edits.reduce(applyEdit, example.text), example.name);
      }),
      { numRuns: numRuns(...RUNS.mutated) },
    );
  });

  it('parse and validate survive program-shaped values', () => {
    fc.assert(
      fc.property(programValue, (value) => {
        check(JSON.stringify(value), 'program.json');
      }),
      { numRuns: numRuns(...RUNS.programs) },
    );
  });

  it('parse and validate survive offerings with their program', () => {
    const program = parseDocument(EXAMPLES.find((e) => e.name.endsWith('.program.json'))?.text ?? '', { filename: 'program.json' });
    fc.assert(
      fc.property(offeringValue, (value) => {
        check(JSON.stringify(value), 'offering.json', [program]);
      }),
      { numRuns: numRuns(...RUNS.offerings) },
    );
  });

  it('plan survives arbitrary constraints', () => {
    fc.assert(
      fc.property(plannableProgram, constraints, (program, c) => {
        if (program === undefined) return;
        const result = timed('plan', () => {
          const r = plan(program, c);
          // The explanation is built on first read: read it here, so it is fuzzed (and timed) too.
          void r.explanation;
          return r;
        });
        expectWellFormedPlan(result);
      }),
      { numRuns: numRuns(...RUNS.plan) },
    );
  });

  it('explores at least 100,000 inputs, and npm test a tenth of them', () => {
    const sum = (i: 0 | 1) => Object.values(RUNS).reduce((total, runs) => total + runs[i], 0);
    expect(sum(1)).toBeGreaterThanOrEqual(100_000);
    expect(sum(0)).toBeGreaterThanOrEqual(10_000);
  });
});

function expectWellFormedPlan(result: ReturnType<typeof plan>): void {
  if (typeof result.ok !== 'boolean' || !Array.isArray(result.diagnostics)) throw new Error('malformed plan result');
  if (result.ok && result.offering === undefined) throw new Error('ok plan without an offering');
  for (const d of result.diagnostics) {
    if (typeof d.code !== 'string' || typeof d.message !== 'string') throw new Error(`malformed diagnostic ${JSON.stringify(d)}`);
  }
  const { summary, chosen, skipped } = result.explanation;
  if (typeof summary.en !== 'string' || typeof summary.de !== 'string' || !Array.isArray(chosen) || !Array.isArray(skipped)) {
    throw new Error('malformed explanation');
  }
  if (result.ok && chosen.length > result.offering!.sessions.length) throw new Error('more chosen dates than sessions');
}
