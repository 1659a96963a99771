import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyDay, fromDayNumber, toDayNumber, weekStart, WEEKDAYS, type Weekday } from '../../src/calendar/index.js';
import { hasErrors } from '../../src/core/diagnostic.js';
import { FEDERAL_STATES } from '../../src/model/federal-state.js';
import type { Module } from '../../src/model/module.js';
import { plan, plannedModules, sessionTeachingMinutes, type PlanConstraints } from '../../src/schedule/index.js';
import { programOf } from './fixtures.js';
import { atOrAfter, breaksInside, minutesByModule, positions, validateWith } from './helpers.js';
import { numRuns, seedOr } from '../setup/runs.js';

const HOURS = [1, 2, 3, 4, 6, 8, 12, 16, 24, '2 2/3', '1 1/3', '90 min', '2,5 h', '5 1/3'] as const;

const moduleArb = (i: number) =>
  fc.record({
    hours: fc.constantFrom(...HOURS),
    optional: fc.integer({ min: 0, max: 6 }).map((x) => i > 0 && x === 0),
    requires: fc.subarray(Array.from({ length: i }, (_, j) => `m${j}`), { maxLength: Math.min(2, i) }),
    maxPerSession: fc.option(fc.constantFrom(2, 3, 4, '3 h'), { nil: undefined }),
    nested: fc.boolean(),
  });

const programArb = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc.tuple(...Array.from({ length: n }, (_, i) => moduleArb(i))).map((specs) =>
    programOf(
      specs.map((s, i): Module => {
        const base: Module = { id: `m${i}`, title: `Modul ${i}` };
        if (s.requires.length > 0) base.requires = s.requires;
        if (s.optional) base.optional = true;
        if (s.nested) {
          base.modules = [
            { id: `m${i}a`, title: 'a', hours: s.hours },
            { id: `m${i}b`, title: 'b', hours: 2, ...(s.maxPerSession !== undefined ? { maxPerSession: s.maxPerSession } : {}) },
          ];
        } else {
          base.hours = s.hours;
          if (s.maxPerSession !== undefined) base.maxPerSession = s.maxPerSession;
        }
        return base;
      }),
    ),
  ),
);

const START = toDayNumber('2026-01-01');
const constraintsArb: fc.Arbitrary<PlanConstraints> = fc
  .record({
    start: fc.integer({ min: 0, max: 3 * 365 }),
    length: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    weekdays: fc.subarray([...WEEKDAYS], { minLength: 1 }),
    state: fc.option(fc.constantFrom(...FEDERAL_STATES), { nil: undefined }),
    blackouts: fc.array(fc.record({ at: fc.integer({ min: 0, max: 90 }), days: fc.integer({ min: 0, max: 6 }) }), { maxLength: 3 }),
    maxUnitsPerDay: fc.integer({ min: 2, max: 10 }),
    maxDaysPerWeek: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    minGapDays: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    blocks: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    splitModules: fc.boolean(),
    includeOptional: fc.boolean(),
    layout: fc.constantFrom('consecutive', 'spread', undefined),
    backward: fc.boolean(),
  })
  .map((r) => {
    const start = START + r.start;
    const c: PlanConstraints = {
      weekdays: r.weekdays,
      maxUnitsPerDay: r.maxUnitsPerDay,
      splitModules: r.splitModules,
      includeOptional: r.includeOptional,
      blackouts: r.blackouts.map((b) => ({ from: fromDayNumber(start + b.at), to: fromDayNumber(start + b.at + b.days) })),
    };
    if (r.backward && r.length !== undefined) c.end = fromDayNumber(start + r.length);
    else {
      c.start = fromDayNumber(start);
      if (r.length !== undefined) c.end = fromDayNumber(start + r.length);
    }
    if (r.state !== undefined) c.state = r.state;
    if (r.maxDaysPerWeek !== undefined) c.maxDaysPerWeek = r.maxDaysPerWeek;
    if (r.minGapDays !== undefined) c.minGapDays = r.minGapDays;
    if (r.blocks !== undefined) c.blocks = { days: r.blocks };
    // A spread needs both ends of the period (without them it is an invalid constraint).
    if (r.layout === 'consecutive' || (r.layout === 'spread' && c.start !== undefined && c.end !== undefined)) c.layout = r.layout;
    return c;
  });

describe('plan properties', () => {
  it('schedules exactly the required time, without overlaps, on allowed days, in requires order', () => {
    const runs = numRuns(100, 1_000);
    let feasible = 0;
    let infeasible = 0;
    fc.assert(
      fc.property(programArb, constraintsArb, (program, constraints) => {
        const result = plan(program, constraints);
        if (!result.ok) {
          infeasible++;
          expect(result.offering).toBeUndefined();
          expect(hasErrors(result.diagnostics)).toBe(true);
          expect(result.explanation.chosen).toEqual([]);
          for (const d of result.diagnostics.filter((x) => x.code === 'plan/infeasible')) {
            expect(d.message.length).toBeGreaterThan(20);
            expect(d.hint).toBeDefined();
          }
          return;
        }
        feasible++;
        const offering = result.offering!;
        const planned = plannedModules(program, { includeOptional: constraints.includeOptional });
        // Exact time per module, nothing else.
        const got = minutesByModule(offering);
        expect(new Map([...got].sort())).toEqual(new Map(planned.modules.map((m) => [m.id, m.minutes] as [string, number]).sort()));
        // One session a day, breaks inside, within the day's capacity.
        const dates = offering.sessions.map((s) => s.date!);
        expect(new Set(dates).size).toBe(dates.length);
        expect([...dates].sort()).toEqual(dates);
        expect(breaksInside(offering)).toBe(true);
        for (const s of offering.sessions) {
          expect(sessionTeachingMinutes(s)!).toBeLessThanOrEqual(Math.min(360, constraints.maxUnitsPerDay! * 45));
        }
        // Allowed days only.
        for (const date of dates) {
          expect(
            classifyDay(date, {
              weekdays: constraints.weekdays as Weekday[],
              state: constraints.state as never,
              blackouts: constraints.blackouts,
            }).allowed,
          ).toBe(true);
        }
        if (constraints.start !== undefined) expect(dates[0]! >= constraints.start).toBe(true);
        if (constraints.end !== undefined) expect(dates.at(-1)! <= constraints.end).toBe(true);
        // Weekly caps and gaps.
        if (constraints.maxDaysPerWeek !== undefined) {
          const perWeek = new Map<number, number>();
          for (const d of dates) perWeek.set(weekStart(toDayNumber(d)), (perWeek.get(weekStart(toDayNumber(d))) ?? 0) + 1);
          for (const n of perWeek.values()) expect(n).toBeLessThanOrEqual(constraints.maxDaysPerWeek);
        }
        if (constraints.minGapDays !== undefined && constraints.blocks === undefined) {
          for (let i = 1; i < dates.length; i++) {
            expect(toDayNumber(dates[i]!) - toDayNumber(dates[i - 1]!)).toBeGreaterThanOrEqual(constraints.minGapDays);
          }
        }
        // requires order, with requirements on parents standing for their leaves.
        const pos = positions(offering);
        for (const m of planned.modules) {
          for (const r of m.requires) {
            for (const other of planned.modules.filter((o) => o.id === r || o.ancestors.includes(r))) {
              if (other.id === m.id) continue;
              expect(atOrAfter(pos.get(m.id)!.first, pos.get(other.id)!.last)).toBe(true);
            }
          }
        }
        // Every date of the period explained once.
        const chosen = result.explanation.chosen.map((c) => c.date);
        expect(chosen).toEqual(dates);
        const skipped = result.explanation.skipped.map((s) => s.date);
        expect(new Set([...chosen, ...skipped]).size).toBe(chosen.length + skipped.length);
      }),
      { numRuns: runs, seed: seedOr(20270104) },
    );
    // The generators reach both outcomes.
    expect(feasible).toBeGreaterThan(runs / 6);
    expect(infeasible).toBeGreaterThan(runs / 15);
  });

  it('gives the same output for the same input, byte for byte', () => {
    fc.assert(
      fc.property(programArb, constraintsArb, (program, constraints) => {
        const a = JSON.stringify(plan(program, constraints));
        const b = JSON.stringify(plan(structuredClone(program), structuredClone(constraints)));
        expect(b).toBe(a);
      }),
      { numRuns: numRuns(50, 500), seed: seedOr(42) },
    );
  });

  it('produces offerings the validator accepts', () => {
    fc.assert(
      fc.property(programArb, constraintsArb, (program, constraints) => {
        const result = plan(program, { ...constraints, includeOptional: false });
        if (!result.ok) return;
        const errors = validateWith(program, result.offering!).filter((d) => d.severity === 'error');
        expect(errors).toEqual([]);
      }),
      { numRuns: numRuns(100, 1_000), seed: seedOr(7) },
    );
  });
});
