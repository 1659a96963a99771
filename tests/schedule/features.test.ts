import { describe, expect, it } from 'vitest';
import { daysBetween, weekdayOf } from '../../src/calendar/index.js';
import { parseDuration } from '../../src/duration/index.js';
import type { Session } from '../../src/model/session.js';
import {
  exactAmount,
  layoutDay,
  moduleMinutes,
  plan,
  sessionTeachingMinutes,
  sessionTeachingUnits,
  topologicalOrder,
  totalMinutes,
} from '../../src/schedule/index.js';
import { chain, programOf } from './fixtures.js';
import { minutesByModule, validateWith } from './helpers.js';

const dates = (r: ReturnType<typeof plan>) => r.offering!.sessions.map((s) => s.date);

describe('calendar constraints', () => {
  it('skips regional holidays where date-holidays knows the region (Augsburg)', () => {
    const augsburg = plan(chain(1, 16), { start: '2025-08-07', state: 'BY', region: 'A' });
    expect(dates(augsburg)).toEqual(['2025-08-07', '2025-08-11']);
    expect(augsburg.explanation.skipped[0]).toEqual({
      date: '2025-08-08',
      reason: 'holiday',
      detail: { en: 'public holiday: Augsburg Peace Festival', de: 'gesetzlicher Feiertag: Augsburger Friedensfest' },
    });
    expect(augsburg.offering).toMatchObject({ state: 'BY', region: 'A' });
    expect(dates(plan(chain(1, 16), { start: '2025-08-07', state: 'BY' }))).toEqual(['2025-08-07', '2025-08-08']);
  });

  it('skips blackouts and local holidays, and says so', () => {
    const r = plan(chain(1, 24), {
      start: '2027-02-08',
      blackouts: ['2027-02-09', { from: '2027-02-10', to: '2027-02-11', name: 'Fasnet' }],
      extraHolidays: [{ date: '2027-02-12', name: 'Stadtfest' }],
    });
    expect(dates(r)).toEqual(['2027-02-08', '2027-02-15', '2027-02-16']);
    expect(r.explanation.skipped.slice(0, 4).map((s) => [s.date, s.reason, s.detail.en])).toEqual([
      ['2027-02-09', 'blackout', 'blackout 2027-02-09'],
      ['2027-02-10', 'blackout', 'blackout 2027-02-10 – 2027-02-11 (Fasnet)'],
      ['2027-02-11', 'blackout', 'blackout 2027-02-10 – 2027-02-11 (Fasnet)'],
      ['2027-02-12', 'holiday', 'local holiday: Stadtfest'],
    ]);
  });

  it('keeps weekly caps and gaps, and explains the skipped days', () => {
    const r = plan(chain(4, 8), { start: '2027-01-04', maxDaysPerWeek: 2 });
    expect(dates(r)).toEqual(['2027-01-04', '2027-01-05', '2027-01-11', '2027-01-12']);
    expect(r.explanation.skipped.find((s) => s.date === '2027-01-06')).toMatchObject({ reason: 'weekly-cap' });
    const weekly = plan(chain(3, 8), { start: '2027-01-06', minGapDays: 7 });
    expect(dates(weekly)).toEqual(['2027-01-06', '2027-01-13', '2027-01-20']);
    expect(weekly.explanation.skipped.find((s) => s.date === '2027-01-07')).toMatchObject({ reason: 'gap' });
  });

  it('plans blocks of consecutive days (three blocks of three days)', () => {
    const r = plan(chain(3, 24), { start: '2027-01-04', blocks: { days: 3 }, minGapDays: 14, state: 'BW' });
    // 2027-01-04 to 06 would include Epiphany, 07 to 09 a Saturday: the first block that fits starts on the 11th.
    expect(dates(r)).toEqual([
      '2027-01-11', '2027-01-12', '2027-01-13',
      '2027-01-27', '2027-01-28', '2027-01-29',
      '2027-02-15', '2027-02-16', '2027-02-17',
    ]);
    const ds = dates(r).map((d) => d!);
    expect(ds).toHaveLength(9);
    for (let b = 0; b < 3; b++) {
      expect(daysBetween(ds[b * 3]!, ds[b * 3 + 1]!)).toBe(1);
      expect(daysBetween(ds[b * 3 + 1]!, ds[b * 3 + 2]!)).toBe(1);
      if (b > 0) expect(daysBetween(ds[b * 3 - 1]!, ds[b * 3]!)).toBeGreaterThanOrEqual(14);
    }
    expect(ds.every((d) => !['sat', 'sun'].includes(weekdayOf(d)) && d !== '2027-01-06')).toBe(true);
    expect(r.explanation.chosen[1]).toMatchObject({ reason: 'block', detail: { en: 'day 2 of block 1 (3 consecutive days)' } });
  });

  it('packs back from the end when only an end is given', () => {
    const r = plan(chain(3, 8), { end: '2027-01-08', state: 'BW' });
    expect(dates(r)).toEqual(['2027-01-05', '2027-01-07', '2027-01-08']);
    expect(r.offering!.id).toBe('kurs-until-2027-01-08');
    expect(r.explanation.chosen.at(-1)).toMatchObject({ reason: 'end' });
  });

  it('spreads sessions over a period ("40 hours over three months")', () => {
    const program = chain(5, '8 h');
    program.unit = 'h';
    const r = plan(program, { start: '2027-04-01', end: '2027-06-30', layout: 'spread', state: 'NW', maxUnitsPerDay: 8, unitMinutes: 60, window: '09:00-18:00', breaks: ['12:00-13:00'] });
    expect(r.ok).toBe(true);
    const ds = dates(r).map((d) => d!);
    expect(ds[0]).toBe('2027-04-01');
    expect(ds.at(-1)! >= '2027-06-24').toBe(true);
    for (let i = 1; i < ds.length; i++) expect(daysBetween(ds[i - 1]!, ds[i]!)).toBeGreaterThan(14);
    expect(r.offering!.sessions[0]).toMatchObject({ time: '09:00-18:00', breaks: ['12:00-13:00'] });
    const packed = plan(program, { start: '2027-04-01', end: '2027-06-30', window: '09:00-18:00', breaks: ['12:00-13:00'], unitMinutes: 60 });
    expect(dates(packed)).toEqual(['2027-04-01', '2027-04-02', '2027-04-05', '2027-04-06', '2027-04-07']);
    expect(validateWith(program, r.offering!)).toEqual([]);
  });
});

describe('module rules', () => {
  it('caps a module per session and fills the rest of the day with the next one', () => {
    const program = programOf([
      { id: 'beratung', title: 'Beratung', hours: 8, maxPerSession: '3 h' },
      { id: 'werkstatt', title: 'Werkstatt', hours: 8 },
    ]);
    const r = plan(program, { start: '2027-01-04' });
    expect(r.offering!.sessions.map((s) => s.modules)).toEqual([
      [{ module: 'beratung', hours: '4' }, { module: 'werkstatt', hours: '4' }],
      [{ module: 'beratung', hours: '4' }, { module: 'werkstatt', hours: '4' }],
    ]);
    expect(validateWith(program, r.offering!)).toEqual([]);
  });

  it('keeps modules whole with splitModules: false, several to a day', () => {
    const program = programOf([
      { id: 'a', title: 'A', hours: 3 },
      { id: 'b', title: 'B', hours: 4 },
      { id: 'c', title: 'C', hours: '2 2/3' },
    ]);
    const r = plan(program, { start: '2027-01-04', splitModules: false });
    expect(r.offering!.sessions.map((s) => [s.time, s.breaks, s.modules])).toEqual([
      ['09:30-15:45', ['12:30-13:30'], [{ module: 'a', hours: '3' }, { module: 'b', hours: '4' }]],
      ['09:30-11:30', undefined, ['c']],
    ]);
    expect(validateWith(program, r.offering!)).toEqual([]);
  });

  it('leaves optional modules out unless asked, and plans tracks', () => {
    const program = programOf(
      [
        { id: 'einstieg', title: 'Einstieg', hours: 8 },
        { id: 'fuehren', title: 'Führen', hours: 8, requires: ['einstieg'] },
        { id: 'koordinieren', title: 'Koordinieren', hours: 8, requires: ['einstieg'] },
        { id: 'schreiben', title: 'Schreibwerkstatt', hours: 4, optional: true },
      ],
      { tracks: [{ id: 'management', title: 'Management', modules: ['einstieg', 'fuehren'] }] },
    );
    expect(totalMinutes(program)).toBe(24 * 45);
    expect(totalMinutes(program, { includeOptional: true })).toBe(28 * 45);
    expect(moduleMinutes(program, { track: 'management' }).map((m) => m.id)).toEqual(['einstieg', 'fuehren']);
    const r = plan(program, { start: '2027-01-04', track: 'management' });
    expect(r.offering!.track).toBe('management');
    expect(r.offering!.sessions.map((s) => s.modules)).toEqual([['einstieg'], ['fuehren']]);
    expect(validateWith(program, r.offering!)).toEqual([]);
    const { tracks: _tracks, ...whole } = program;
    const all = plan(whole, { start: '2027-01-04', includeOptional: true });
    expect(all.offering!.sessions.at(-1)!.modules).toEqual(['schreiben']);
  });

  it('plans nested modules through their leaves, in requires order stable by position', () => {
    const program = programOf([
      { id: 'z', title: 'Z', hours: 8, requires: ['grund'] },
      {
        id: 'grund',
        title: 'Grundlagen',
        modules: [
          { id: 'g1', title: 'G1', hours: 4 },
          { id: 'g2', title: 'G2', hours: 4 },
        ],
      },
      { id: 'y', title: 'Y', hours: 8 },
    ]);
    expect(topologicalOrder(program)).toEqual({ order: ['g1', 'g2', 'z', 'y'], cycle: [] });
    const r = plan(program, { start: '2027-01-04' });
    expect(r.offering!.sessions.map((s) => s.modules)).toEqual([['g1', 'g2'].map((m) => ({ module: m, hours: '4' })), ['z'], ['y']]);
    expect(validateWith(program, r.offering!)).toEqual([]);
  });

  it('keeps agreed sessions as they are and plans the rest around them', () => {
    const program = chain(3, 8);
    const fixed: Session[] = [
      { id: 'kickoff', date: '2027-01-04', time: '10:00-16:00', breaks: ['12:00-12:30'], modules: [{ module: 'm1', hours: 4 }], status: 'scheduled' },
      { date: '2027-01-05', status: 'cancelled', reason: 'Streik' },
    ];
    const r = plan(program, { start: '2027-01-04', fixed });
    expect(r.ok).toBe(true);
    expect(r.offering!.sessions).toEqual([
      fixed[0],
      // Kept as agreed, with the next id after the planned sessions': every session of a plan has one.
      { id: 's04', ...fixed[1] },
      { id: 's01', date: '2027-01-06', time: '09:30-16:30', breaks: ['12:30-13:30'], modules: [{ module: 'm1', hours: '4' }, { module: 'm2', hours: '4' }], status: 'scheduled' },
      { id: 's02', date: '2027-01-07', time: '09:30-16:30', breaks: ['12:30-13:30'], modules: [{ module: 'm2', hours: '4' }, { module: 'm3', hours: '4' }], status: 'scheduled' },
      { id: 's03', date: '2027-01-08', time: '09:30-12:30', modules: [{ module: 'm3', hours: '4' }], status: 'scheduled' },
    ]);
    expect(r.explanation.chosen[0]).toMatchObject({ reason: 'fixed', sessionId: 'kickoff' });
    expect(minutesByModule(r.offering!).get('m1')).toBe(8 * 45);
    expect(validateWith(program, r.offering!)).toEqual([]);
  });

  it('refuses agreed sessions that break the order or overfill a module', () => {
    const late: Session[] = [{ date: '2027-02-01', time: '09:30-16:30', breaks: ['12:30-13:30'], modules: ['m1'], status: 'scheduled' }];
    // m2 is agreed on the first day of the period: m1, which it requires, has no day before it.
    const early: Session[] = [{ date: '2027-01-04', time: '09:30-16:30', breaks: ['12:30-13:30'], modules: ['m2'], status: 'scheduled' }];
    const order = plan(chain(2, 16), { start: '2027-01-04', fixed: early });
    expect(order.diagnostics.map((d) => d.code)).toEqual(['plan/fixed-conflict']);
    expect(order.offering).toBeUndefined();
    const over = plan(chain(1, 4), { start: '2027-01-04', fixed: late });
    expect(over.diagnostics[0]!.message).toBe('Agreed sessions give m1 4 UE more than it has');
  });
});

describe('helpers', () => {
  it('counts teaching time of sessions', () => {
    const s = { time: '09:30-16:30', breaks: ['12:30-13:30'] };
    expect(sessionTeachingMinutes(s)).toBe(360);
    expect(sessionTeachingUnits(s)).toBe(8);
    expect(sessionTeachingUnits({ time: '09:00-12:00' }, 60)).toBe(3);
    expect(sessionTeachingMinutes({})).toBeUndefined();
  });

  it('lays out short days, ending early and dropping breaks outside', () => {
    const w = { start: 570, end: 990 };
    const b = [{ start: 750, end: 810 }];
    expect(layoutDay(w, b, 360)).toEqual({ time: '09:30-16:30', breaks: ['12:30-13:30'] });
    expect(layoutDay(w, b, 180)).toEqual({ time: '09:30-12:30', breaks: [] });
    expect(layoutDay(w, b, 225)).toEqual({ time: '09:30-14:15', breaks: ['12:30-13:30'] });
  });

  it('writes exact amounts that parse back', () => {
    for (const [minutes, unit, text] of [
      [360, 'UE', '8'],
      [120, 'UE', '2 2/3'],
      [30, 'UE', '2/3'],
      [90, 'h', '1 1/2'],
      [7, 'min', '7'],
    ] as const) {
      expect(exactAmount(minutes, unit)).toBe(text);
      expect(parseDuration(text, unit)).toEqual({ ok: true, minutes });
    }
  });
});
