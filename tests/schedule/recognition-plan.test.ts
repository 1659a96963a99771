import { describe, expect, it } from 'vitest';
import { sessionTeachingMinutes } from '../../src/schedule/index.js';
import { plan, type PlanConstraints } from '../../src/schedule/index.js';
import type { Offering } from '../../src/model/offering.js';
import { parseOffering } from '../../src/model/parse.js';
import type { ParseResult } from '../../src/model/parse.js';
import type { Program } from '../../src/model/program.js';
import { toYaml } from '../../src/export/index.js';
import { validate } from '../../src/validate/index.js';
import { chain, programOf } from './fixtures.js';

// Planning for a recognition: the profile's rules become the plan's constraints, and what comes back
// qualifies when validated against the profile, as an office would check it.

const PROFILES = ['bildungsurlaub/HE', 'bildungsurlaub/BW', 'bildungsurlaub/NW', 'bildungsurlaub/NI', 'bildungsurlaub/RP'] as const;

/** The recognition findings of a planned offering validated (as a document read back) against one profile. */
function recognitionFindings(program: Program, offering: Offering, profile: string) {
  const p: ParseResult<Program> = { ok: true, file: 'program.json', value: program, diagnostics: [], sourceMap: { locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) } };
  const o = parseOffering(toYaml(offering), { filename: 'offering.yaml' });
  expect(o.diagnostics).toEqual([]);
  return validate([p, o] as never, { profiles: [profile] }).filter((d) => d.code.startsWith('recognition/'));
}

/** Teaching minutes of each planned day, in date order. */
function dayMinutes(offering: Offering): number[] {
  return offering.sessions.map((s) => sessionTeachingMinutes(s) ?? 0);
}

function planned(program: Program, constraints: PlanConstraints): Offering {
  const result = plan(program, constraints);
  expect(result.diagnostics.map((d) => `${d.code} ${d.message} (${d.hint})`)).toEqual([]);
  expect(result.ok).toBe(true);
  return result.offering!;
}

describe('planning for each Bildungsurlaub profile', () => {
  it.each(PROFILES)('%s: five modules of 8 UE give an offering that qualifies, claims the recognition and says so', (profile) => {
    const program = chain(5, 8);
    const result = plan(program, { start: '2027-04-05', state: 'HE', profile });
    expect(result.ok).toBe(true);
    const offering = result.offering!;
    expect(offering.recognitions).toEqual([{ profile }]);
    expect(offering.sessions.map((s) => s.date)).toEqual(['2027-04-05', '2027-04-06', '2027-04-07', '2027-04-08', '2027-04-09']);
    expect(recognitionFindings(program, offering, profile)).toEqual([]);
    expect(result.explanation.recognition?.profile).toBe(profile);
  });

  it.each(PROFILES)('%s: a course that does not fill whole days is laid out so it still qualifies, or is refused with the rule', (profile) => {
    for (const hours of [18, 20, 26, 34, 48]) {
      const program = chain(2, hours / 2);
      const result = plan(program, { start: '2027-09-06', profile });
      if (result.ok) expect(recognitionFindings(program, result.offering!, profile), `${profile} ${hours} UE`).toEqual([]);
      else expect(result.diagnostics.map((d) => d.code)).toEqual(['plan/infeasible']);
    }
  });
});

describe('what the profile makes of the plan', () => {
  it('Hessen: five days in a row of 6 h, in words in both languages', () => {
    const result = plan(chain(5, 8), { start: '2027-04-05', profile: 'bildungsurlaub/HE' });
    expect(result.explanation.recognition).toEqual({
      profile: 'bildungsurlaub/HE',
      validFrom: '2018-01-01',
      detail: {
        en:
          'planned for Educational leave in Hesse (bildungsurlaub/HE, rules in force from 2018-01-01, HBUG): at least 3 days, ' +
          'at most 2 blocks of at least 2 days within 8 weeks, at least 6 h a day on average and no day under 4 h; planned as 5 days in a row, each of 6 h',
        de:
          'geplant für Bildungsurlaub in Hessen (bildungsurlaub/HE, Regeln gültig ab 01.01.2018, HBUG): mindestens 3 Tage, ' +
          'höchstens 2 Blöcke von mindestens 2 Tagen innerhalb von 8 Wochen, im Durchschnitt mindestens 6 Std. am Tag und kein Tag unter 4 Std.; geplant als 5 Tage hintereinander, je 6 Std.',
      },
    });
  });

  it('Hessen: ten days go in two blocks of five within eight weeks', () => {
    const offering = planned(chain(10, 8), { start: '2027-04-05', state: 'HE', profile: 'bildungsurlaub/HE' });
    expect(offering.sessions.map((s) => s.date)).toEqual([
      '2027-04-05', '2027-04-06', '2027-04-07', '2027-04-08', '2027-04-09',
      '2027-04-12', '2027-04-13', '2027-04-14', '2027-04-15', '2027-04-16',
    ]);
    expect(recognitionFindings(chain(10, 8), offering, 'bildungsurlaub/HE')).toEqual([]);
  });

  it('Hessen: blocks spread over a period stay within its eight weeks', () => {
    const program = chain(10, 8);
    const offering = planned(program, { start: '2027-04-05', end: '2027-09-30', state: 'HE', profile: 'bildungsurlaub/HE' });
    const dates = offering.sessions.map((s) => s.date!);
    expect(Date.parse(dates.at(-1)!) - Date.parse(dates[0]!)).toBeLessThan(56 * 86_400_000);
    expect(recognitionFindings(program, offering, 'bildungsurlaub/HE')).toEqual([]);
  });

  it('Niedersachsen: short arrival and departure days, full days between (4, 8, 4 UE; 5, 8, 8, 8, 5 UE)', () => {
    expect(dayMinutes(planned(chain(2, 8), { start: '2027-04-05', profile: 'bildungsurlaub/NI' }))).toEqual([180, 360, 180]);
    expect(dayMinutes(planned(chain(2, 17), { start: '2027-04-05', profile: 'bildungsurlaub/NI' }))).toEqual([225, 360, 360, 360, 225]);
    const result = plan(chain(2, 8), { start: '2027-04-05', profile: 'bildungsurlaub/NI', locale: 'de' });
    expect(result.explanation.recognition?.detail.de).toMatch(/geplant als 3 Tage hintereinander, mit 4 UE, 8 UE, 4 UE$/);
  });

  it('Rheinland-Pfalz: 18 UE in three even days, each with its 4 UE before 20:00', () => {
    const offering = planned(chain(2, 9), { start: '2027-04-05', profile: 'bildungsurlaub/RP' });
    expect(dayMinutes(offering)).toEqual([270, 270, 270]);
    expect(offering.sessions.map((s) => s.time)).toEqual(['09:30-15:00', '09:30-15:00', '09:30-15:00']);
  });

  it('Nordrhein-Westfalen: one day a week in consecutive weeks when asked (maxDaysPerWeek: 1), or when the days do not fit in a row', () => {
    const weekly = planned(chain(3, 8), { start: '2027-04-05', state: 'NW', profile: 'bildungsurlaub/NW', maxDaysPerWeek: 1 });
    expect(weekly.sessions.map((s) => s.date)).toEqual(['2027-04-05', '2027-04-12', '2027-04-19']);
    const long = plan(chain(7, 8), { start: '2027-04-05', state: 'NW', profile: 'bildungsurlaub/NW', end: '2027-08-31' });
    expect(long.ok).toBe(true);
    expect(long.offering!.sessions.map((s) => s.date)).toEqual(['2027-04-05', '2027-04-12', '2027-04-19', '2027-04-26', '2027-05-03', '2027-05-10', '2027-05-18']);
    // A period does not spread the days unless asked (layout: 'spread'); the defaults say how they lie.
    expect(long.explanation.defaults).toContainEqual({ option: 'layout', value: 'consecutive' });
    expect(long.explanation.recognition?.detail.en).toContain('planned as one day a week in 7 consecutive weeks, each of 8 UE');
  });

  it('a profile of one\'s own that extends a built-in one is planned for by its id', () => {
    const customProfiles = [{ id: 'haus/HE', extends: 'bildungsurlaub/HE', constraints: [{ kind: 'days' as const, min: 4 }] }];
    const offering = planned(chain(4, 8), { start: '2027-04-05', profile: 'haus/HE', customProfiles });
    expect(offering.recognitions).toEqual([{ profile: 'haus/HE' }]);
    expect(offering.sessions).toHaveLength(4);
  });

  it('constraints that agree with the profile are kept: a later window, a longer day', () => {
    const offering = planned(chain(2, 8), { start: '2027-04-05', profile: 'bildungsurlaub/NI', window: '08:00-15:00', breaks: ['12:00-12:30'] });
    expect(offering.sessions.map((s) => s.time)).toEqual(['08:00-11:00', '08:00-14:30', '08:00-11:00']);
  });
});

describe('constraints that conflict with the profile', () => {
  const codes = (constraints: PlanConstraints) => plan(chain(5, 8), { start: '2027-04-05', ...constraints }).diagnostics;

  it('a day too short for the profile names the option and the rule', () => {
    const [d, ...rest] = codes({ profile: 'bildungsurlaub/NI', maxUnitsPerDay: 6 });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'plan/invalid-constraint', path: '/maxUnitsPerDay', severity: 'error' });
    expect(d!.message).toBe(
      'maxUnitsPerDay 6 allows at most 6 UE a day; Educational leave in Lower Saxony needs at least 8 UE every day and at least 4 UE on arrival and departure days (§ 2 Abs. 1 Nr. 4 DVO-NBildUG)',
    );
    expect(d!.hint).toBe("Leave maxUnitsPerDay out to plan by the profile's rules, or plan without the profile");
  });

  it('a window that leaves too little before the clock time, in German', () => {
    const ds = codes({ profile: 'bildungsurlaub/RP', window: '18:00-23:00', locale: 'de' });
    expect(ds.map((d) => d.path)).toEqual(['/window']);
    expect(ds[0]!.message).toBe(
      'window 18:00-23:00 ergibt 2⅔ UE Unterricht vor 20:00 Uhr; Bildungsfreistellung in Rheinland-Pfalz verlangt an jedem Tag mindestens 4 UE vor 20:00 Uhr (bildungsfreistellung.rlp.de (Anerkennungsvoraussetzungen))',
    );
  });

  it('blocks, weekly caps and weekdays that break days in a row', () => {
    const ds = codes({ profile: 'bildungsurlaub/NI', blocks: { days: 2 }, maxDaysPerWeek: 2, weekdays: ['mon', 'wed', 'fri'] });
    expect(ds.map((d) => d.path)).toEqual(['/blocks/days', '/maxDaysPerWeek', '/weekdays']);
    expect(ds[2]!.message).toBe('weekdays mon, wed, fri conflicts with Educational leave in Lower Saxony: all days in a row (AEWB criteria for recognition)');
  });

  it('blocks shorter or more than the profile allows', () => {
    const ds = codes({ profile: 'bildungsurlaub/HE', blocks: { days: 1, count: 3 } });
    expect(ds.map((d) => d.path)).toEqual(['/blocks/days', '/blocks/count']);
    expect(ds[1]!.message).toBe('blocks { days: 1, count: 3 } conflicts with Educational leave in Hesse: at most 2 blocks of at least 2 days (§ 12 Abs. 1 Satz 1 Nr. 4 und Satz 2 HBUG)');
  });

  it('spreading one day a week over a period', () => {
    const ds = codes({ profile: 'bildungsurlaub/NW', maxDaysPerWeek: 1, start: '2027-04-05', end: '2027-09-30', layout: 'spread' });
    expect(ds.map((d) => `${d.path} ${d.message}`)).toEqual([
      '/layout layout spread conflicts with Educational leave in North Rhine-Westphalia: one day a week in consecutive weeks (Praxishandbuch Paritätische Akademie NRW (not the law text))',
    ]);
  });

  it('an unknown profile gets a did-you-mean, one not in force its dates', () => {
    expect(codes({ profile: 'bildungsurlaub/HS' })).toMatchObject([{ code: 'plan/invalid-constraint', path: '/profile', message: 'Unknown recognition profile "bildungsurlaub/HS"', hint: "Did you mean 'bildungsurlaub/HE'?" }]);
    const old = plan(chain(5, 8), { start: '2010-04-05', profile: 'bildungsurlaub/HE' }).diagnostics;
    expect(old).toMatchObject([{ code: 'plan/invalid-constraint', path: '/start' }]);
    expect(old[0]!.message).toBe('Educational leave in Hesse (bildungsurlaub/HE) has no rules in force on 2010-04-05; its rules are in force from 2018-01-01');
  });
});

describe('when the profile cannot be met', () => {
  it('a program too short for the days names the rules and the time missing', () => {
    const result = plan(chain(2, 8), { start: '2027-04-05', profile: 'bildungsurlaub/HE' });
    expect(result.ok).toBe(false);
    expect(result.offering).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{ code: 'plan/infeasible', path: '/profile' }]);
    expect(result.diagnostics[0]!.message).toBe(
      '16 UE to plan; Educational leave in Hesse needs at least 3 days with at least 6 h a day on average and no day under 4 h, that is 18 h in all (§ 12 Abs. 1 Satz 3 HBUG, § 12 Abs. 2 HBUG)',
    );
    expect(result.diagnostics[0]!.hint).toBe('Smallest changes that fit: add 8 UE to the program');
  });

  it('an average the days cannot reach names the longer day that fits', () => {
    const [d] = plan(chain(4, 9), { start: '2027-04-05', profile: 'bildungsurlaub/HE' }).diagnostics;
    expect(d!.message).toBe('36 UE need 5 days of at most 8 UE, 5.4 h a day on average; Educational leave in Hesse needs at least 6 h a day on average (§ 12 Abs. 2 HBUG)');
    expect(d!.hint).toBe('Smallest changes that fit: allow 9 UE a day with the daily window until 17:15, or add 4 UE to the program');
    // The change it names fits.
    expect(plan(chain(4, 9), { start: '2027-04-05', profile: 'bildungsurlaub/HE', maxUnitsPerDay: 9, window: '09:30-17:15' }).ok).toBe(true);
  });

  it('an average over what a day holds names only the longer day: more time in the program would not help', () => {
    const customProfiles = [{ id: 'haus/HE', extends: 'bildungsurlaub/HE', constraints: [{ kind: 'perDay' as const, average: 7, floor: 4 }] }];
    const [d] = plan(chain(5, 8), { start: '2027-04-05', profile: 'haus/HE', customProfiles }).diagnostics;
    expect(d!.message).toBe('40 UE need 5 days of at most 8 UE, 6 h a day on average; Educational leave in Hesse needs at least 7 h a day on average (HBUG)');
    expect(d!.hint).toBe('Smallest changes that fit: allow 10 UE a day with the daily window until 18:00');
    expect(plan(chain(5, 8), { start: '2027-04-05', profile: 'haus/HE', customProfiles, maxUnitsPerDay: 10, window: '09:30-18:00' }).ok).toBe(true);
  });

  it('a daily floor over what a day holds names only the longer day', () => {
    const customProfiles = [{ id: 'haus/NI', extends: 'bildungsurlaub/NI', constraints: [{ kind: 'perDay' as const, floor: 9, arrivalFloor: 4, departureFloor: 4 }] }];
    const [d] = plan(chain(2, 12), { start: '2027-04-05', profile: 'haus/NI', customProfiles }).diagnostics;
    expect(d!.message).toBe(
      '24 UE in 3 days of at most 8 UE leave a day with less than Educational leave in Lower Saxony needs: at least 9 UE every day and at least 4 UE on arrival and departure days (NBildUG, DVO-NBildUG)',
    );
    expect(d!.hint).toBe('Smallest changes that fit: allow 9 UE a day with the daily window until 17:15');
    expect(plan(chain(2, 12), { start: '2027-04-05', profile: 'haus/NI', customProfiles, maxUnitsPerDay: 9, window: '09:30-17:15' }).ok).toBe(true);
  });

  it('days that do not fit in a row name the weekdays, and a longer day or another weekday', () => {
    const [d] = plan(chain(6, 8), { start: '2027-04-05', profile: 'bildungsurlaub/NI', locale: 'de' }).diagnostics;
    expect(d!.message).toBe(
      '48 UE brauchen 6 Tage à höchstens 8 UE; Bildungsurlaub in Niedersachsen verlangt sie hintereinander (AEWB criteria for recognition), aber die Wochentage lassen höchstens 5 Tage hintereinander zu',
    );
    expect(d!.hint).toBe('Kleinste Änderungen, die passen: 10 UE pro Tag zulassen mit Tageszeitfenster bis 18:00, oder auch samstags');
  });

  it('a total the program does not reach, with the optional modules that would', () => {
    const program = programOf([
      { id: 'a', title: 'A', hours: 8 },
      { id: 'b', title: 'B', hours: 8 },
      { id: 'c', title: 'C', hours: 4, optional: true },
    ]);
    const [d] = plan(program, { start: '2027-04-05', profile: 'bildungsurlaub/RP' }).diagnostics;
    expect(d!.message).toBe('16 UE to plan; Educational leave in Rhineland-Palatinate needs at least 18 UE in all (§ 7 Abs. 2 BFGDVO)');
    expect(d!.hint).toBe('Smallest changes that fit: add 2 UE to the program, or include the optional modules (includeOptional: true / --include-optional)');
  });

  it('dates that break the rules after all fail with the rule\'s own message', () => {
    // One day a week in consecutive weeks, but the second week is blacked out entirely.
    const result = plan(chain(3, 8), {
      start: '2027-04-05',
      profile: 'bildungsurlaub/NW',
      maxDaysPerWeek: 1,
      blackouts: [{ from: '2027-04-12', to: '2027-04-18' }],
    });
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toMatchObject([{ code: 'plan/infeasible', path: '/profile' }]);
    expect(result.diagnostics[0]!.message).toBe(
      'The planned dates would not qualify: The 3 course days are neither in a row nor one a week in consecutive weeks (2027-04-05, 2027-04-19, 2027-04-26); Educational leave in North Rhine-Westphalia needs one or the other (AWbG)',
    );
    expect(result.diagnostics[0]!.hint).toBe('Move the days together (a weekend in between splits them too)');
  });
});
