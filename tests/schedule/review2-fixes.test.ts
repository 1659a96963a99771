import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProgram } from '../../src/model/parse.js';
import type { Program } from '../../src/model/program.js';
import type { Session } from '../../src/model/session.js';
import { plan, type PlanConstraints } from '../../src/schedule/index.js';
import { programOf } from './fixtures.js';
import { minutesByModule, validateWith } from './helpers.js';
import { numRuns } from '../setup/runs.js';

const load = (file: string) => parseProgram(readFileSync(file, 'utf8'), { filename: file });
const rows = (r: ReturnType<typeof plan>) => r.offering!.sessions.map((s) => [s.date, s.time, s.modules]);
const errors = (program: Parameters<typeof validateWith>[0], r: ReturnType<typeof plan>) =>
  validateWith(program, r.offering!).filter((d) => d.severity === 'error');

describe('modules given in days get whole units within their caps', () => {
  const kommunal = load('examples/kommunale-engagementfoerderung-2022.program.yaml');

  it('gives half of a 5 UE day as 2 UE, not 2 22/45', () => {
    const r = plan(kommunal.value!, { start: '2027-01-04', maxUnitsPerDay: 5 });
    expect(r.ok).toBe(true);
    expect(rows(r).at(-1)).toEqual(['2027-01-06', '09:30-11:00', ['beratung']]);
    expect(errors(kommunal, r)).toEqual([]);
  });

  it('keeps a module after ones given in days on its own days', () => {
    const days = load('tests/fixtures/schedule-fixes/days.program.yaml');
    const r = plan(days.value!, { start: '2027-01-04', maxUnitsPerDay: 5 });
    expect(rows(r)).toEqual([
      ['2027-01-04', '09:30-14:15', [{ module: 'a', hours: '2' }, { module: 'b', hours: '3' }]],
      ['2027-01-05', '09:30-14:15', [{ module: 'b', hours: '4' }, { module: 'c', hours: '1' }]],
      ['2027-01-06', '09:30-11:45', [{ module: 'c', hours: '3' }]],
    ]);
    expect(minutesByModule(r.offering!)).toEqual(new Map([['a', 90], ['b', 315], ['c', 180]]));
  });

  it("never gives half a longer day more than the module's maxPerSession allows", () => {
    const hour = plan(kommunal.value!, { start: '2027-01-04', unitMinutes: 60, window: '09:00-17:00' });
    expect(hour.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(rows(hour).at(-1)).toEqual(['2027-01-06', '09:00-12:00', ['beratung']]);
    expect(errors(kommunal, hour)).toEqual([]);
    // Half of 9 hours is 4 whole hours: still more than "max. 3 Std." in its one session.
    const long = plan(kommunal.value!, { start: '2027-01-04', unitMinutes: 60, window: '08:00-18:00', maxUnitsPerDay: 10 });
    expect(rows(long).at(-1)).toEqual(['2027-01-06', '08:00-11:00', ['beratung']]);
    expect(errors(kommunal, long)).toEqual([]);
  });

  it('plans modules in days as whole units that validate, at any day length (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(45, 60),
        (halfDays, capUnits, sessions, maxUnitsPerDay, unitMinutes) => {
          const program: Program = programOf([
            {
              id: 'd',
              title: 'In Tagen',
              days: halfDays / 2,
              ...(capUnits !== undefined ? { maxPerSession: capUnits } : {}),
              ...(sessions !== undefined ? { sessions } : {}),
            },
            { id: 'h', title: 'In Stunden', hours: 3 },
          ]);
          const c: PlanConstraints = { start: '2027-01-04', maxUnitsPerDay, unitMinutes, window: '08:00-18:00' };
          const r = plan(program, c);
          if (!r.ok) return;
          const d = minutesByModule(r.offering!).get('d');
          expect(d).toBeGreaterThan(0);
          // The cap bounds the budget only with a number of sessions; without one the module takes more.
          const capped = capUnits === undefined || sessions === undefined ? Infinity : capUnits * 45 * sessions;
          expect(d).toBeLessThanOrEqual(capped);
          // Whole units of the day, unless the module's own cap (in UE) is less.
          if (d !== capped) expect(d! % unitMinutes).toBe(0);
          expect(validateWith(program, r.offering!).filter((x) => x.severity === 'error')).toEqual([]);
        },
      ),
      { numRuns: numRuns(60, 600) },
    );
  });
});

describe('a window of its own keeps the lunch break, and the hints say so', () => {
  const netzwerk = load('examples/ehrenamt-netzwerk.program.yaml').value!;
  const january: PlanConstraints = { start: '2027-01-04', end: '2027-02-01', state: 'BW', window: '09:00-15:00' };

  it('suggests dropping the default break when that makes the plan fit', () => {
    const r = plan(netzwerk, january);
    expect(r.diagnostics[0]!.message).toMatch(/^160 UE need 24 days of 6⅔ UE/);
    expect(r.diagnostics[0]!.hint).toContain(', or without the default lunch break (breaks: [] / --break none)');
    expect(plan(netzwerk, { ...january, breaks: [] }).ok).toBe(true);
    expect(plan(netzwerk, { ...january, locale: 'de' }).diagnostics[0]!.hint).toContain(
      ', oder ohne die voreingestellte Mittagspause (breaks: [] / --break none)',
    );
  });

  it('does not suggest it when the break was asked for, is not there, or would not be enough', () => {
    const given = plan(netzwerk, { ...january, breaks: ['12:30-13:30'] });
    expect(given.ok).toBe(false);
    expect(given.diagnostics[0]!.hint).not.toContain('lunch break');
    const noWindow = plan(netzwerk, { start: '2027-01-04', end: '2027-01-29', state: 'BW' });
    expect(noWindow.ok).toBe(false);
    expect(noWindow.diagnostics[0]!.hint).not.toContain('lunch break');
    const tooShort = plan(netzwerk, { ...january, end: '2027-01-22' });
    expect(tooShort.ok).toBe(false);
    expect(plan(netzwerk, { ...january, end: '2027-01-22', breaks: [] }).ok).toBe(false);
    expect(tooShort.diagnostics[0]!.hint).not.toContain('lunch break');
  });
});

describe('the explanation names the agreed session that bounds a date', () => {
  const program = programOf([
    { id: 'auftakt', title: 'Auftakt', hours: 8 },
    { id: 'folge', title: 'Folge', hours: 16, requires: ['auftakt'] },
  ]);
  const full = (date: string, modules: string[]): Session => ({
    id: `agreed-${date}`,
    date,
    time: '09:30-16:30',
    breaks: ['12:30-13:30'],
    modules,
    status: 'scheduled',
  });
  const planned = (r: ReturnType<typeof plan>) => r.explanation.chosen.filter((x) => x.reason !== 'fixed');

  it('planning back from the end: the agreed session after it', () => {
    const r = plan(program, { end: '2027-03-31', state: 'BW', fixed: [full('2027-01-15', ['folge']), full('2027-01-20', ['folge'])] });
    expect(planned(r)).toEqual([
      expect.objectContaining({
        date: '2027-01-14',
        reason: 'end',
        detail: {
          en: 'latest usable day before the agreed session on 2027-01-15, which teaches a module that requires one taught here',
          de: 'letzter nutzbarer Tag vor dem vereinbarten Termin am 15.01.2027, der ein Modul lehrt, das ein hier gelehrtes voraussetzt',
        },
      }),
    ]);
  });

  it('spreading: the agreed session before it, and the spread for the rest', () => {
    const r = plan(program, { start: '2027-01-04', end: '2027-03-31', layout: 'spread', state: 'BW', fixed: [full('2027-03-01', ['auftakt'])] });
    const [first, second] = planned(r);
    expect(first).toMatchObject({
      date: '2027-03-02',
      reason: 'next',
      detail: {
        en: 'first usable day after the agreed session on 2027-03-01, which teaches a module required here',
        de: 'erster nutzbarer Tag nach dem vereinbarten Termin am 01.03.2027, der ein hier vorausgesetztes Modul lehrt',
      },
    });
    expect(second).toMatchObject({ date: '2027-03-31', reason: 'spread' });
  });

  it('spreading: the agreed session after it, when it keeps a day from its even share', () => {
    const three = programOf([
      { id: 'a', title: 'A', hours: 8 },
      { id: 'b', title: 'B', hours: 8 },
      { id: 'c', title: 'C', hours: 8, requires: ['b'] },
    ]);
    const r = plan(three, { start: '2027-01-04', end: '2027-03-31', layout: 'spread', state: 'BW', fixed: [full('2027-01-12', ['c'])] });
    const [first, second] = planned(r);
    expect(first).toMatchObject({ date: '2027-01-04', reason: 'spread' });
    expect(second).toMatchObject({
      date: '2027-01-11',
      reason: 'end',
      detail: {
        en: 'latest usable day before the agreed session on 2027-01-12, which teaches a module that requires one taught here',
        de: 'letzter nutzbarer Tag vor dem vereinbarten Termin am 12.01.2027, der ein Modul lehrt, das ein hier gelehrtes voraussetzt',
      },
    });
  });

  it('packing from the start: the agreed session before it', () => {
    const r = plan(program, { start: '2027-01-04', state: 'BW', minGapDays: 7, fixed: [full('2027-01-05', ['auftakt'])] });
    expect(planned(r).map((x) => [x.date, x.detail.en])).toEqual([
      ['2027-01-12', 'first usable day after the agreed session on 2027-01-05, which teaches a module required here'],
      ['2027-01-19', 'next usable day after the session on 2027-01-12'],
    ]);
  });
});

describe('a sessions limit under a cap of the module around it', () => {
  const file = 'tests/fixtures/schedule-fixes/parent-cap-sessions.program.yaml';
  const parsed = load(file);

  it("names the parent's maxPerSession in the message and the hint", () => {
    const [en] = plan(parsed.value!, { start: '2027-01-04' }).diagnostics;
    expect(en!.message).toBe('Module p1 needs 2 sessions of at most 4 UE (maxPerSession of p) for 6 UE, but takes at most 1');
    expect(en!.hint).toBe('Raise maxPerSession of p to 6 UE, or allow 2 sessions');
    const [de] = plan(parsed.value!, { start: '2027-01-04', locale: 'de' }).diagnostics;
    expect(de!.message).toBe('Modul p1 braucht 2 Termine à höchstens 4 UE (maxPerSession von p) für 6 UE, hat aber höchstens 1');
    expect(de!.hint).toBe('maxPerSession von p auf 6 UE erhöhen oder 2 Termine zulassen');
  });

  it('plans once the hint is followed', () => {
    const raised: Program = { ...parsed.value!, modules: [{ ...parsed.value!.modules![0]!, maxPerSession: 6 }] };
    const r = plan(raised, { start: '2027-01-04' });
    expect(r.ok).toBe(true);
    expect(validateWith(raised, r.offering!).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('keeps the day-length hint when the day is the limit', () => {
    const program = programOf([{ id: 'q', title: 'Q', hours: 12, sessions: 1 }]);
    expect(plan(program, { start: '2027-01-04' }).diagnostics[0]!.hint).toBe('Allow 12 UE a day, or 2 sessions');
  });
});

describe('a module that takes no sessions', () => {
  it('is reported with its hours instead of an endless per-session amount (found by the fuzz run)', () => {
    const program = parseProgram(
      'kind: program\nid: p\ntitle: P\nmodules:\n  - { id: m0, title: M0, hours: 2, sessions: 0, maxPerSession: 2 }\n  - { id: m1, title: M1, hours: 2 }\n',
    ).value!;
    const result = plan(program, { start: '2026-12-01', weekdays: ['mon'] });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => `${d.path} ${d.message} (${d.hint})`)).toEqual([
      '/modules/0/sessions Module m0 takes no sessions (sessions: 0) but needs 2 UE (Allow at least 1 session, or make the module optional)',
    ]);
  });
});

describe('a module in days with a cap but no number of sessions', () => {
  it('keeps its whole budget and takes more sessions (found by a review: one day with maxPerSession 3 gave 3 UE)', () => {
    const program = programOf([{ id: 'd', title: 'Ein Tag', days: 1, maxPerSession: 3 }]);
    const r = plan(program, { start: '2027-01-04' });
    expect(r.ok).toBe(true);
    expect(minutesByModule(r.offering!).get('d')).toBe(8 * 45);
    expect(validateWith(program, r.offering!).filter((x) => x.severity === 'error')).toEqual([]);
  });
});

describe('the hint for a module with too few sessions', () => {
  const hintOf = (r: ReturnType<typeof plan>) => r.diagnostics.find((d) => d.path.endsWith('/sessions'))?.hint;

  it('names what limits the day, and following it plans (the window and its default break)', () => {
    const program = programOf([{ id: 'a', title: 'A', hours: 7, sessions: 1 }]);
    const c: PlanConstraints = { start: '2027-01-04', window: '09:00-15:00' };
    const hint = hintOf(plan(program, c));
    expect(hint).toBe('Allow 2 sessions, or a day of 7 UE: a longer daily window or no default lunch break (breaks: [] / --break none)');
    expect(plan(program, { ...c, breaks: [] }).ok).toBe(true);
  });

  it('offers only more sessions for a module in days, whose budget grows with the day', () => {
    const program = programOf([{ id: 'd', title: 'D', days: 2, sessions: 1 }]);
    expect(hintOf(plan(program, { start: '2027-01-04' }))).toBe('Allow 2 sessions');
    expect(plan(programOf([{ id: 'd', title: 'D', days: 2, sessions: 2 }]), { start: '2027-01-04' }).ok).toBe(true);
  });
});
