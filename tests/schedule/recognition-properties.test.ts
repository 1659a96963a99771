import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber, WEEKDAYS } from '../../src/calendar/index.js';
import { FEDERAL_STATES } from '../../src/model/federal-state.js';
import type { Module } from '../../src/model/module.js';
import { parseOffering, type ParseResult } from '../../src/model/parse.js';
import type { Program } from '../../src/model/program.js';
import { toYaml } from '../../src/export/index.js';
import { plan, type PlanConstraints } from '../../src/schedule/index.js';
import { validate } from '../../src/validate/index.js';
import { programOf } from './fixtures.js';
import { numRuns, seedOr } from '../setup/runs.js';

// Any offering that plan(…, { profile }) returns passes that profile's rules (every built-in profile), whatever the program and
// the constraints around it: the promise a provider relies on when it submits the plan.

const PROFILES = ['bildungsurlaub/HE', 'bildungsurlaub/BW', 'bildungsurlaub/NW', 'bildungsurlaub/NI', 'bildungsurlaub/RP', 'juleica', 'juleica/NI', 'dosb/uebungsleiter-c', 'bfd/seminartage'] as const;
const HOURS = [2, 3, 4, 6, 8, 10, 12, 16, '2 2/3', '5 1/3', '90 min', '4,5 h'] as const;

const moduleArb = fc.record({
  // Rare: caps and session counts that the profile's days may not fit.
  maxPerSession: fc.constantFrom(undefined, undefined, undefined, undefined, undefined, undefined, undefined, 4, 6),
  requiresPrevious: fc.boolean(),
  sessions: fc.constantFrom(undefined, undefined, undefined, undefined, undefined, undefined, undefined, 2, 3),
});

function programFrom(hours: readonly (number | string)[], specs: readonly { maxPerSession: number | undefined; requiresPrevious: boolean; sessions: number | undefined }[]): Program {
  return programOf(
    hours.map((h, i): Module => {
      const s = specs[i % specs.length]!;
      const m: Module = { id: `m${i}`, title: `Modul ${i}`, hours: h };
      if (s.maxPerSession !== undefined) m.maxPerSession = s.maxPerSession;
      if (s.requiresPrevious && i > 0) m.requires = [`m${i - 1}`];
      if (s.sessions !== undefined) m.sessions = { min: 1, max: s.sessions };
      return m;
    }),
  );
}

// Courses as providers write them for a recognition, whole days of 6 or 8 UE cut into modules at quarter
// hours; and now and then modules of any length.
const wholeDaysArb: fc.Arbitrary<Program> = fc
  .record({
    days: fc.integer({ min: 1, max: 10 }),
    perDay: fc.constantFrom(8, 8, 6),
    cuts: fc.array(fc.integer({ min: 1, max: 1_000 }), { maxLength: 6 }),
    requires: fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
  })
  .map(({ days, perDay, cuts, requires }) => {
    const specs = requires.map((requiresPrevious) => ({ maxPerSession: undefined, requiresPrevious, sessions: undefined }));
    const total = days * perDay * 45;
    const points = [...new Set(cuts.map((c) => Math.round(((c / 1_001) * total) / 15) * 15))].filter((m) => m > 0 && m < total).sort((a, b) => a - b);
    const bounds = [0, ...points, total];
    return programFrom(bounds.slice(1).map((end, i) => `${end - bounds[i]!} min`), specs);
  });
const anyHoursArb: fc.Arbitrary<Program> = fc
  .array(fc.tuple(fc.constantFrom(...HOURS), moduleArb), { minLength: 1, maxLength: 8 })
  .map((list) => programFrom(list.map(([h]) => h), list.map(([, s]) => s)));
const programArb: fc.Arbitrary<Program> = fc.oneof({ arbitrary: wholeDaysArb, weight: 3 }, { arbitrary: anyHoursArb, weight: 1 });

const START = toDayNumber('2026-01-01');
const constraintsArb: fc.Arbitrary<PlanConstraints> = fc
  .record({
    profile: fc.constantFrom(...PROFILES),
    start: fc.integer({ min: 0, max: 3 * 365 }),
    length: fc.option(fc.integer({ min: 4, max: 120 }), { nil: undefined }),
    backward: fc.boolean(),
    state: fc.option(fc.constantFrom(...FEDERAL_STATES), { nil: undefined }),
    weekdays: fc.constantFrom(undefined, undefined, undefined, [...WEEKDAYS].slice(0, 6), [...WEEKDAYS], ['mon', 'tue', 'wed', 'thu']),
    window: fc.constantFrom(undefined, undefined, '08:00-17:00', '09:00-17:15', '13:00-21:00'),
    maxUnitsPerDay: fc.constantFrom(undefined, undefined, 6, 8, 9, 10),
    weekly: fc.constantFrom(false, false, false, true),
    blackout: fc.option(fc.record({ at: fc.integer({ min: 0, max: 30 }), days: fc.integer({ min: 0, max: 9 }) }), { nil: undefined }),
    splitModules: fc.constantFrom(true, true, true, false),
  })
  .map((r) => {
    const start = START + r.start;
    const c: PlanConstraints = { profile: r.profile, splitModules: r.splitModules };
    if (r.backward && r.length !== undefined) c.end = fromDayNumber(start + r.length);
    else {
      c.start = fromDayNumber(start);
      if (r.length !== undefined) c.end = fromDayNumber(start + r.length);
    }
    if (r.state !== undefined) c.state = r.state;
    if (r.weekdays !== undefined) c.weekdays = r.weekdays;
    if (r.window !== undefined) c.window = r.window;
    if (r.maxUnitsPerDay !== undefined) c.maxUnitsPerDay = r.maxUnitsPerDay;
    if (r.weekly) c.maxDaysPerWeek = 1;
    if (r.blackout !== undefined) c.blackouts = [{ from: fromDayNumber(start + r.blackout.at), to: fromDayNumber(start + r.blackout.at + r.blackout.days) }];
    return c;
  });

function findings(program: Program, offering: NonNullable<ReturnType<typeof plan>['offering']>, profile: string) {
  const p: ParseResult<Program> = { ok: true, file: 'program.json', value: program, diagnostics: [], sourceMap: { locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) } };
  const o = parseOffering(toYaml(offering), { filename: 'offering.yaml' });
  return validate([p, o] as never, { profiles: [profile] }).filter((d) => d.code.startsWith('recognition/') && d.file === 'offering.yaml');
}

describe('planning for a recognition (property)', () => {
  it('every offering plan(…, { profile }) returns passes the profile’s rules', () => {
    const runs = numRuns(60, 2_000);
    let feasible = 0;
    fc.assert(
      fc.property(programArb, constraintsArb, (program, constraints) => {
        const result = plan(program, constraints);
        if (!result.ok) {
          expect(result.offering).toBeUndefined();
          for (const d of result.diagnostics.filter((x) => x.code === 'plan/infeasible')) expect(d.hint).toBeDefined();
          return;
        }
        feasible++;
        expect(result.offering!.recognitions).toEqual([{ profile: constraints.profile }]);
        const errors = findings(program, result.offering!, constraints.profile!).filter((d) => d.severity === 'error');
        expect(errors.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
      }),
      { numRuns: runs, seed: seedOr(20270405) },
    );
    // The generators reach plans, not only refusals.
    expect(feasible).toBeGreaterThan(runs / 6);
  });
});
