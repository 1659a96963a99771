import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProgram } from '../../src/model/parse.js';
import { plan, type PlanConstraints } from '../../src/schedule/index.js';
import { chain, programOf } from './fixtures.js';

const program = parseProgram(readFileSync('examples/ehrenamt-netzwerk.program.yaml', 'utf8')).value!;

describe('infeasible constraints', () => {
  it('names the binding constraint with figures and the smallest changes, and plans nothing', () => {
    const result = plan(program, { start: '2027-01-04', end: '2027-01-29', state: 'BW' });
    expect(result.ok).toBe(false);
    expect(result.offering).toBeUndefined();
    expect(result.explanation.chosen).toEqual([]);
    expect(result.diagnostics).toHaveLength(1);
    const d = result.diagnostics[0]!;
    expect(d).toMatchObject({ code: 'plan/infeasible', severity: 'error', path: '/end' });
    expect(d.message).toBe(
      '160 UE need 20 days of 8 UE; between 2027-01-04 and 2027-01-29 there are 19 allowed days after 1 holiday',
    );
    expect(d.hint).toBe(
      'Smallest changes that fit: end on 2027-02-01 (1 allowed day later), or start on 2026-12-31 (1 allowed day earlier), ' +
        'or allow 9 UE a day with the daily window until 17:15, or add Saturdays',
    );
  });

  it('counts holidays, blackouts and agreed sessions, and speaks German (German dates too)', () => {
    const result = plan(program, {
      start: '2027-01-04',
      end: '2027-01-29',
      state: 'BW',
      window: '08:00-18:00',
      breaks: ['12:00-13:00'],
      blackouts: ['2027-01-15'],
      locale: 'de',
    });
    expect(result.diagnostics[0]!.message).toBe(
      '160 UE brauchen 20 Tage à 8 UE; zwischen 04.01.2027 und 29.01.2027 gibt es 18 erlaubte Tage nach Abzug von 1 Feiertag und 1 Sperrtag',
    );
    expect(result.diagnostics[0]!.hint).toContain('Ende am 02.02.2027 (2 erlaubte Tage später)');
    expect(result.diagnostics[0]!.hint).toContain('9 UE pro Tag zulassen');
    expect(result.diagnostics[0]!.hint).toContain('auch samstags');
  });

  it('names weekly caps and gaps when the days are there but cannot be used', () => {
    const result = plan(chain(10, 8), { start: '2027-01-04', end: '2027-02-26', maxDaysPerWeek: 1 });
    const d = result.diagnostics[0]!;
    expect(d.message).toBe(
      '80 UE need 10 days of 8 UE; between 2027-01-04 and 2027-02-26 there are 40 allowed days, but with at most 1 day a week only 8 can be used',
    );
    expect(d.hint).toContain('allow 2 days a week');
    expect(d.hint).toContain('allow 10 UE a day');
    const gaps = plan(chain(10, 8), { start: '2027-01-04', end: '2027-02-26', minGapDays: 7 });
    expect(gaps.diagnostics[0]!.message).toContain('with at least 7 days from session to session only 8 can be used');
    expect(gaps.diagnostics[0]!.hint).toContain('allow sessions 4 days apart');
  });

  it('explains a maximum gap that holidays break', () => {
    // Christmas to Epiphany in Bavaria, Fridays only: 2027-12-24 then 2027-12-31 … allowed; block them out.
    const result = plan(chain(4, 8), {
      start: '2027-12-10',
      weekdays: ['fri'],
      maxGapDays: 7,
      blackouts: [{ from: '2027-12-20', to: '2028-01-09', name: 'Weihnachtsferien' }],
    });
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]!.message).toBe(
      '32 UE need 4 days of 8 UE; sessions may be at most 7 days apart, but after 2027-12-17 the next usable day is 2028-01-14, 28 days later',
    );
    expect(result.diagnostics[0]!.hint).toContain('allow gaps of 28 days');
  });

  it('reports modules that cannot be split, block counts and session counts', () => {
    const unsplit = plan(chain(2, 16), { start: '2027-01-04', splitModules: false });
    expect(unsplit.diagnostics.map((d) => d.code)).toEqual(['plan/infeasible', 'plan/infeasible']);
    expect(unsplit.diagnostics[0]!.message).toBe(
      'Module m1 needs 16 UE in one day, but a day holds at most 8 UE and modules may not be split',
    );
    const blocks = plan(chain(4, 24), { start: '2027-01-04', blocks: { days: 3, count: 3 } });
    expect(blocks.diagnostics[0]!.message).toBe(
      '96 UE need 12 days of 8 UE, that is 4 blocks of 3 days, but at most 3 blocks are allowed',
    );
    const sessions = plan(programOf([{ id: 'w', title: 'Workshop', hours: 24, sessions: 2 }]), { start: '2027-01-04' });
    expect(sessions.diagnostics[0]!.message).toBe('Module w needs 3 sessions of at most 8 UE for 24 UE, but takes at most 2');
  });

  it('never throws on odd input, including impossible ranges with no end', () => {
    const cases: PlanConstraints[] = [
      { start: '2027-01-04', blackouts: [{ from: '2027-01-01', to: '2099-12-31' }] },
      { end: '2027-01-04', blackouts: [{ from: '1990-01-01', to: '2027-01-31' }] },
      { start: '2027-01-04', end: '2027-01-04', weekdays: ['sat'] },
    ];
    for (const c of cases) {
      const r = plan(program, c);
      expect(r.ok).toBe(false);
      expect(r.diagnostics[0]!.code).toBe('plan/infeasible');
      expect(r.offering).toBeUndefined();
    }
  });
});

describe('invalid constraints and programs', () => {
  const codes = (c: PlanConstraints) => plan(program, c).diagnostics.map((d) => [d.code, d.path, d.message, d.hint]);

  it('reports each bad constraint as a diagnostic at its pointer into the constraints', () => {
    expect(codes({})).toEqual([['plan/invalid-constraint', '', 'Give a start or an end date', 'e.g. start: 2027-01-04']]);
    expect(codes({ start: '2027-02-01', end: '2027-01-01' })[0]).toEqual([
      'plan/invalid-constraint',
      '/end',
      'end 2027-01-01 lies before start 2027-02-01',
      undefined,
    ]);
    expect(codes({ start: '2027-01-04', weekdays: ['mon', 'thrusday'] })[0]).toEqual([
      'plan/invalid-constraint',
      '/weekdays/1',
      'Unknown weekday "thrusday"',
      "Did you mean 'thursday'?",
    ]);
    expect(codes({ start: '2027-01-04', weekdays: [] })[0]!.slice(1, 3)).toEqual(['/weekdays', 'No weekday is allowed']);
    expect(codes({ start: '2027-01-04', state: 'BY', region: 'Augsburg' })[0]![3]).toContain('A (Stadt Augsburg)');
    expect(codes({ start: '2027-01-04', state: 'BE', region: 'X' })[0]!.slice(2)).toEqual([
      'date-holidays knows no region "X" in Berlin',
      'Berlin has no regions; leave region out',
    ]);
    expect(codes({ start: '2027-01-04', region: 'A' })[0]!.slice(1, 3)).toEqual(['/region', 'A region needs a state']);
    expect(codes({ start: '2027-01-04', breaks: ['08:00-09:00'] })[0]![2]).toBe(
      'Break 08:00-09:00 does not lie inside the daily window 09:30-16:30',
    );
    expect(codes({ start: '2027-01-04', breaks: ['10:00-11:00', '10:30-11:30'] })[0]!.slice(1, 3)).toEqual([
      '/breaks/1',
      'Break 10:30-11:30 overlaps another break',
    ]);
    expect(codes({ start: '2027-01-04', track: 'fuehrung' })[0]![2]).toBe('Program ehrenamt-netzwerk has no track "fuehrung"');
    expect(codes({ start: '2027-01-04', blackouts: [{ from: '2027-02-01', to: '2027-01-01' }] })[0]!.slice(1, 3)).toEqual([
      '/blackouts/0',
      'Blackout ends (2027-01-01) before it starts (2027-02-01)',
    ]);
  });

  it('words problems of form, type, range and keys as the document schemas do, naming the constraint', () => {
    expect(codes({ start: '2027-02-30' })[0]).toEqual(['plan/invalid-constraint', '/start', 'start: 2027-02-30 does not exist: February has 28 days', undefined]);
    expect(codes({ start: '27-1-4' })[0]![2]).toBe('start: Dates are written YYYY-MM-DD, e.g. 2027-01-29');
    expect(codes({ start: '2027-01-04', window: '16:30-09:30' })[0]![2]).toBe("window: The time window '16:30-09:30' ends at 09:30 before it starts at 16:30");
    expect(codes({ start: '2027-01-04', timeZone: 'Europe/Bonn' })[0]![2]).toBe('timeZone: Unknown IANA time zone');
    expect(codes({ start: '2027-01-04', state: 'by' })[0]![3]).toBe("Did you mean 'BY'?");
    expect(codes({ start: '2027-01-04', layout: 'even' as 'spread' })[0]![2]).toBe("layout: Expected one of 'consecutive', 'spread', got 'even'");
    expect(codes({ start: '2027-01-04', maxDaysPerWeek: 9 })[0]![2]).toBe('maxDaysPerWeek: Must be at most 7, not 9');
    expect(codes({ start: '2027-01-04', maxUnitsPerDay: 7.5 })[0]![2]).toBe('maxUnitsPerDay: Expected a whole number, got a number');
    expect(codes({ start: '2027-01-04', blocks: { days: 0 } })[0]!.slice(1, 3)).toEqual(['/blocks/days', 'blocks/days: Must be at least 1, not 0']);
    expect(codes({ start: '2027-01-04', id: 'kurs 2027' })[0]!.slice(1, 3)).toEqual([
      '/id',
      'id: Identifiers use letters, digits, ".", "_" and "-", and start with a letter or digit',
    ]);
    // An unknown key is named by itself, with a did-you-mean.
    expect(codes({ start: '2027-01-04', weekday: ['mon'] } as PlanConstraints)[0]).toEqual([
      'plan/invalid-constraint',
      '/weekday',
      "Unknown key 'weekday'",
      "Did you mean 'weekdays'?",
    ]);
    expect(codes('2027-01-04' as unknown as PlanConstraints)[0]![2]).toBe('Expected a mapping (key: value), got a string');
    // Every problem at once, those of the schema and the planner's own alike.
    expect(codes({ start: '2027-01-04', maxUnitsPerDay: 0, minGapDays: 3, maxGapDays: 2 }).map((c) => [c[1], c[2]])).toEqual([
      ['/maxGapDays', 'maxGapDays 2 is smaller than minGapDays 3'],
      ['/maxUnitsPerDay', 'maxUnitsPerDay: Must be at least 1, not 0'],
    ]);
    const german = plan(program, { start: '2027-02-30', locale: 'de' }).diagnostics[0]!;
    expect(german.message).toBe('start: Den 30.02.2027 gibt es nicht: der Februar hat 28 Tage');
  });

  it('reports programs with nothing to plan, and cycles', () => {
    const none = plan(programOf([], { moduleCount: 11 }), { start: '2027-01-04' });
    expect(none.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['plan/no-modules', 'Program kurs has no modules with hours to plan (it names 11 modules but does not list them)'],
    ]);
    const cycle = plan(
      programOf([
        { id: 'a', title: 'A', hours: 8, requires: ['b'] },
        { id: 'b', title: 'B', hours: 8, requires: ['a'] },
      ]),
      { start: '2027-01-04' },
    );
    expect(cycle.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['plan/cycle', 'Modules require each other in a circle: a, b'],
    ]);
    const noHours = plan(programOf([{ id: 'a', title: 'A', hours: 8 }, { id: 'b', title: 'B' }]), { start: '2027-01-04' });
    expect(noHours.ok).toBe(true);
    expect(noHours.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([['plan/module-skipped', 'warning', '/modules/1']]);
  });
});
