import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS, fromDayNumber, toDayNumber, weekdayOf, type Weekday } from '../../src/calendar/index.js';
import { parseProgram } from '../../src/model/parse.js';
import type { Module } from '../../src/model/module.js';
import type { Session } from '../../src/model/session.js';
import { plan, type PlanConstraints } from '../../src/schedule/index.js';
import { chain, programOf } from './fixtures.js';
import { minutesByModule, validateWith } from './helpers.js';
import { numRuns, seedOr } from '../setup/runs.js';

const dates = (r: ReturnType<typeof plan>) => r.offering!.sessions.map((s) => s.date);
const full = (date: string, modules: string[]): Session => ({
  id: `agreed-${date}`,
  date,
  time: '09:30-16:30',
  breaks: ['12:30-13:30'],
  modules,
  status: 'scheduled',
});

describe('agreed sessions and the modules that require them', () => {
  const program = programOf([
    { id: 'auftakt', title: 'Auftakt', hours: 8 },
    { id: 'folge', title: 'Folgeworkshops', hours: 16, requires: ['auftakt'] },
  ]);

  it('places dependent modules after the agreed session they require', () => {
    const r = plan(program, { start: '2027-01-04', state: 'BW', fixed: [full('2027-01-15', ['auftakt'])] });
    expect(r.diagnostics).toEqual([]);
    expect(r.offering!.sessions.map((s) => [s.date, s.modules])).toEqual([
      ['2027-01-15', ['auftakt']],
      ['2027-01-18', [{ module: 'folge', hours: '8' }]],
      ['2027-01-19', [{ module: 'folge', hours: '8' }]],
    ]);
    expect(validateWith(program, r.offering!)).toEqual([]);
    expect(r.explanation.chosen[1]).toMatchObject({
      date: '2027-01-18',
      reason: 'next',
      detail: { en: 'first usable day after the agreed session on 2027-01-15, which teaches a module required here' },
    });
    // Spread over a period and packed back from an end, too.
    const spread = plan(program, { start: '2027-01-04', end: '2027-03-31', state: 'BW', fixed: [full('2027-01-15', ['auftakt'])] });
    expect(dates(spread).every((d) => d! >= '2027-01-15')).toBe(true);
    expect(validateWith(program, spread.offering!)).toEqual([]);
  });

  it('places required modules before an agreed session when packing back from the end', () => {
    const r = plan(program, { end: '2027-03-31', state: 'BW', fixed: [full('2027-01-15', ['folge']), full('2027-01-20', ['folge'])] });
    expect(r.ok).toBe(true);
    expect(dates(r)).toEqual(['2027-01-14', '2027-01-15', '2027-01-20']);
    expect(validateWith(program, r.offering!)).toEqual([]);
  });

  it('keeps any plan it makes in order with agreed sessions (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 60 }),
        fc.boolean(),
        (n, which, offset, spreadOut) => {
          // A chain where module k is agreed: modules before it must come first, modules after it later.
          const k = which % n;
          const start = toDayNumber('2027-01-04');
          let day = start + offset;
          while (!['mon', 'tue', 'wed', 'thu', 'fri'].includes(weekdayOf(fromDayNumber(day)))) day++;
          const c: PlanConstraints = { start: fromDayNumber(start), state: 'NW', fixed: [full(fromDayNumber(day), [`m${k + 1}`])] };
          if (spreadOut) c.end = fromDayNumber(start + 200);
          const r = plan(chain(n, 8), c);
          // Modules before the agreed one need k days before it; with fewer the order truly cannot be kept.
          if (!r.ok) {
            expect(r.diagnostics.map((d) => d.code)).toEqual(['plan/fixed-conflict']);
            expect(offset).toBeLessThan(2 * k);
            return;
          }
          expect(validateWith(chain(n, 8), r.offering!)).toEqual([]);
        },
      ),
      { numRuns: numRuns(120, 1_200), seed: seedOr(115) },
    );
  });
});

describe('holidays without a federal state', () => {
  it('skips the nationwide holidays and says so', () => {
    const r = plan(chain(2, 24), { start: '2026-12-21' });
    expect(dates(r)).toEqual(['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-28', '2026-12-29']);
    const more = plan(chain(3, 24), { start: '2026-12-28' });
    expect(dates(more)).not.toContain('2027-01-01');
    expect(more.explanation.skipped.find((s) => s.date === '2027-01-01')).toEqual({
      date: '2027-01-01',
      reason: 'holiday',
      detail: { en: "public holiday: New Year's Day", de: 'gesetzlicher Feiertag: Neujahr' },
    });
    expect(more.explanation.summary.en).toMatch(/\(no federal state given: nationwide public holidays only\)$/);
    expect(more.explanation.summary.de).toMatch(/\(kein Bundesland angegeben: nur bundesweite Feiertage\)$/);
    // Epiphany is not nationwide; with BW it is skipped as well.
    expect(dates(plan(chain(1, 8), { start: '2027-01-06' }))).toEqual(['2027-01-06']);
    expect(dates(plan(chain(1, 8), { start: '2027-01-06', state: 'BW' }))).toEqual(['2027-01-07']);
    expect(plan(chain(1, 8), { start: '2027-01-07', state: 'BW' }).explanation.summary.en).not.toContain('nationwide');
  });
});

describe('modules given in days', () => {
  it('plans seed 001, where a module has days and a cap but no hours', () => {
    const file = 'examples/kommunale-engagementfoerderung-2022.program.yaml';
    const parsed = parseProgram(readFileSync(file, 'utf8'), { filename: file });
    const r = plan(parsed.value!, { start: '2022-05-02' });
    expect(r.ok).toBe(true);
    expect(r.offering!.sessions.map((s) => [s.date, s.time, s.modules])).toEqual([
      ['2022-05-02', '09:30-16:30', [{ module: 'fortbildung', hours: '8' }]],
      ['2022-05-03', '09:30-16:30', [{ module: 'fortbildung', hours: '8' }]],
      // Half a day of 8 UE is 4 UE, 3 hours: just the cap.
      ['2022-05-04', '09:30-12:30', ['beratung']],
    ]);
    expect(validateWith(parsed, r.offering!).filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('takes a day as the plan day, and hours before days', () => {
    const program = programOf([
      { id: 'halb', title: 'Halber Tag', days: 0.5 },
      { id: 'fest', title: 'Fest', hours: 2, days: 1 },
    ]);
    const r = plan(program, { start: '2027-01-04', window: '09:00-13:00', breaks: [] });
    // Half of a 4-hour day is 2⅔ UE; a share of a day is whole units, so 2 UE.
    expect(minutesByModule(r.offering!)).toEqual(new Map([['halb', 90], ['fest', 90]]));
  });
});

describe('caps of enclosing modules', () => {
  it('holds a parent maxPerSession for its nested modules together, as validate does', () => {
    const file = 'tests/fixtures/schedule-fixes/nested.program.yaml';
    const parsed = parseProgram(readFileSync(file, 'utf8'), { filename: file });
    const r = plan(parsed.value!, { start: '2027-01-04' });
    expect(r.offering!.sessions.map((s) => s.time)).toEqual(['09:30-12:30', '09:30-12:30', '09:30-12:30', '09:30-12:30']);
    expect(validateWith(parsed, r.offering!)).toEqual([]);
  });

  it('never gives a capped parent more than its cap in one session (property)', () => {
    const capArb = fc.option(fc.constantFrom(1, 2, 3, 4, 6), { nil: undefined });
    fc.assert(
      fc.property(
        fc.array(fc.record({ hours: fc.constantFrom(2, 3, 4, 8, '2 2/3'), cap: capArb }), { minLength: 1, maxLength: 4 }),
        capArb,
        capArb,
        fc.boolean(),
        (children, parentCap, outerCap, split) => {
          const inner: Module = {
            id: 'inner',
            title: 'Inner',
            modules: children.map((c, i) => ({ id: `c${i}`, title: `C${i}`, hours: c.hours, ...(c.cap !== undefined ? { maxPerSession: c.cap } : {}) })),
            ...(parentCap !== undefined ? { maxPerSession: parentCap } : {}),
          };
          const program = programOf([
            { id: 'outer', title: 'Outer', modules: [inner, { id: 'x', title: 'X', hours: 3 }], ...(outerCap !== undefined ? { maxPerSession: outerCap } : {}) },
            { id: 'y', title: 'Y', hours: 4 },
          ]);
          const r = plan(program, { start: '2027-01-04', state: 'BE', splitModules: split });
          if (!r.ok) {
            expect(split).toBe(false);
            return;
          }
          expect(validateWith(program, r.offering!).filter((d) => d.severity === 'error')).toEqual([]);
        },
      ),
      { numRuns: numRuns(150, 1_500), seed: seedOr(309) },
    );
  });
});

describe('the default lunch break with a window of one’s own', () => {
  const times = (c: PlanConstraints) => plan(chain(1, 8), { start: '2027-01-04', ...c }).offering!.sessions.map((s) => [s.time, s.breaks]);

  it('keeps 12:30-13:30 when it lies inside the window', () => {
    expect(times({ window: '09:30-16:30' })).toEqual([['09:30-16:30', ['12:30-13:30']]]);
    expect(times({ window: '08:00-17:00' })).toEqual([['08:00-15:00', ['12:30-13:30']]]);
  });

  it('leaves it out when the window does not hold it, or breaks: [] says so', () => {
    expect(times({ window: '13:00-19:00' })).toEqual([['13:00-19:00', undefined]]);
    expect(times({ window: '09:30-16:30', breaks: [] })).toEqual([['09:30-15:30', undefined]]);
    expect(times({ window: '09:30-16:30', breaks: ['12:00-12:30'] })).toEqual([['09:30-16:00', ['12:00-12:30']]]);
  });

  it('widens a window in a hint by the break it then comes to hold', () => {
    const c: PlanConstraints = { start: '2027-01-04', end: '2027-01-04', window: '09:00-12:00', maxUnitsPerDay: 10 };
    const r = plan(chain(1, 7), c);
    expect(r.diagnostics[0]!.hint).toContain('allow 7 UE a day with the daily window until 15:15');
    expect(plan(chain(1, 7), { ...c, window: '09:00-15:15' }).ok).toBe(true);
  });
});

describe('the block-count hint', () => {
  it('suggests only changes that plan, and counts one block as one', () => {
    const r = plan(chain(1, 40), { start: '2027-03-01', end: '2027-06-30', state: 'BW', blocks: { days: 2, count: 1 } });
    const d = r.diagnostics[0]!;
    expect(d.message).toBe('40 UE need 5 days of 8 UE, that is 3 blocks of 2 days, but at most 1 block is allowed');
    expect(d.hint).toBe('Smallest changes that fit: allow 3 blocks, or blocks of 5 days');
    // Seven-day blocks cannot be laid on Monday to Friday; the hint no longer offers them.
    const week = plan(chain(1, 104), { start: '2027-03-01', end: '2027-06-30', state: 'BW', blocks: { days: 3, count: 3 } });
    expect(week.diagnostics[0]!.hint).not.toMatch(/blocks of [6-9] days/);
  });

  it('each suggestion re-plans (property)', () => {
    const runs = numRuns(70, 700);
    let hinted = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.subarray([...WEEKDAYS], { minLength: 1 }),
        fc.option(fc.integer({ min: 20, max: 200 }), { nil: undefined }),
        (days, blockDays, count, weekdays, length) => {
          const c: PlanConstraints = { start: '2027-03-01', state: 'BW', weekdays: weekdays as Weekday[], blocks: { days: blockDays, count } };
          if (length !== undefined) c.end = fromDayNumber(toDayNumber('2027-03-01') + length);
          const r = plan(chain(1, days * 8), c);
          const d = r.diagnostics.find((x) => x.path === '/blocks/count');
          if (d === undefined) return;
          expect(d.message).not.toMatch(/\b1 blocks\b/);
          for (const m of d.hint!.matchAll(/allow (\d+) blocks?|blocks of (\d+) days?/g)) {
            hinted++;
            const blocks = m[1] !== undefined ? { days: blockDays, count: Number(m[1]) } : { days: Number(m[2]), count };
            expect(plan(chain(1, days * 8), { ...c, blocks }).ok).toBe(true);
          }
        },
      ),
      { numRuns: runs, seed: seedOr(242) },
    );
    expect(hinted).toBeGreaterThan(runs / 10);
  });
});

describe('daylight saving inside the daily window', () => {
  it('skips a day on which the clocks change inside the window', () => {
    const program = programOf([{ id: 'a', title: 'A', hours: 2 }], { unit: 'h' });
    const march = plan(program, { start: '2027-03-28', weekdays: ['sun'], window: '01:30-04:00' });
    expect(march.offering!.sessions.map((s) => [s.date, s.time])).toEqual([['2027-04-04', '01:30-03:30']]);
    expect(march.explanation.skipped[0]).toMatchObject({ date: '2027-03-28', reason: 'blackout' });
    expect(march.explanation.skipped[0]!.detail.en).toContain('clocks change');
    const october = plan(program, { start: '2027-10-31', weekdays: ['sun'], window: '01:30-04:00' });
    expect(dates(october)).toEqual(['2027-11-07']);
    // Without a change in the window, or in a zone without one, the day is used.
    expect(dates(plan(program, { start: '2027-03-28', weekdays: ['sun'], window: '09:30-12:00' }))).toEqual(['2027-03-28']);
    expect(dates(plan(program, { start: '2027-03-28', weekdays: ['sun'], window: '01:30-04:00', timeZone: 'UTC' }))).toEqual(['2027-03-28']);
  });
});
