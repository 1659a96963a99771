import { describe, expect, it } from 'vitest';
import { plan, planTracks } from '../../src/schedule/index.js';
import { sessionTeachingMinutes, sessionTeachingUnits } from '../../src/schedule/session-time.js';
import { chain, programOf } from './fixtures.js';
import { validateWith } from './helpers.js';

// The planner never changes the request without saying so, and stays bounded on hostile figures
// (issues 12 and 13, the planner's items).

const tracked = programOf(
  [
    { id: 'einstieg', title: 'Einstieg', hours: 8 },
    { id: 'fuehren', title: 'Führen', hours: 16, requires: ['einstieg'] },
    { id: 'praxis', title: 'Praxis', hours: 8, requires: ['einstieg'] },
  ],
  {
    hours: 24,
    tracks: [
      { id: 'management', title: 'Management', modules: ['einstieg', 'fuehren'], hours: 24 },
      { id: 'koordination', title: 'Koordination', modules: ['einstieg', 'praxis'], hours: 16 },
    ],
  },
);

describe('tracks', () => {
  it('plan() of a program with tracks and no track is an error listing them, never their sum', () => {
    const r = plan(tracked, { start: '2027-01-04' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.path, d.messageId, d.hintId])).toEqual([['plan/invalid-constraint', '/track', 'trackNeeded', 'chooseTrack']]);
    expect(r.diagnostics[0]!.data).toMatchObject({ tracks: ['management', 'koordination'] });
    // 'all' is no track: plan() points to planTracks().
    expect(plan(tracked, { start: '2027-01-04', track: 'all' }).diagnostics[0]!.message).toBe(
      'Program kurs has no track "all"; to plan each track as an offering of its own, use planTracks() (--track all)',
    );
  });

  it('planTracks() plans each track as an offering of its own, with ids of their own', () => {
    const all = planTracks(tracked, { start: '2027-01-04', id: 'kurs-2027' });
    expect(all.ok).toBe(true);
    expect(all.diagnostics).toEqual([]);
    expect(all.plans.map((p) => [p.track, p.result.offering!.id, p.result.offering!.track, p.result.offering!.sessions.length])).toEqual([
      ['management', 'kurs-2027-management', 'management', 3],
      ['koordination', 'kurs-2027-koordination', 'koordination', 2],
    ]);
    for (const p of all.plans) expect(validateWith(tracked, p.result.offering!)).toEqual([]);
    const byDefault = planTracks(tracked, { start: '2027-01-04' });
    expect(byDefault.plans.map((p) => p.result.explanation.defaults[0])).toEqual([
      { option: 'id', value: 'kurs-2027-01-04-management' },
      { option: 'id', value: 'kurs-2027-01-04-koordination' },
    ]);
  });

  it('planTracks() says why there is nothing to plan: bad constraints once, no tracks, a track named', () => {
    expect(planTracks(tracked, { start: '2027-02-30' }).diagnostics.map((d) => d.path)).toEqual(['/start']);
    const none = planTracks(chain(2), { start: '2027-01-04' });
    expect([none.ok, none.plans, none.diagnostics.map((d) => [d.messageId, d.hint])]).toEqual([false, [], [['noTracksToPlan', 'Plan it as a whole: plan() without track, the command without --track']]]);
    expect(planTracks(tracked, { start: '2027-01-04', track: 'management' }).diagnostics.map((d) => d.messageId)).toEqual(['trackInPlanTracks']);
  });
});

describe('layout', () => {
  it('keeps a period’s days together by default and spreads them only when asked, naming the layout', () => {
    const together = plan(chain(3), { start: '2027-01-04', end: '2027-03-31' });
    expect(together.offering!.sessions.map((s) => s.date)).toEqual(['2027-01-04', '2027-01-05', '2027-01-06']);
    expect(together.explanation.layout).toBe('consecutive');
    expect(together.explanation.defaults.at(-1)).toEqual({ option: 'layout', value: 'consecutive' });
    // The period's end is the latest day, not a span to fill: the offering ends with its last session.
    expect(together.offering!.end).toBe('2027-01-06');
    const spread = plan(chain(3), { start: '2027-01-04', end: '2027-03-31', layout: 'spread' });
    expect(spread.offering!.sessions.map((s) => s.date)).toEqual(['2027-01-04', '2027-02-16', '2027-03-31']);
    expect(spread.explanation.layout).toBe('spread');
    expect(spread.explanation.defaults.some((d) => d.option === 'layout')).toBe(false);
  });

  it('a spread without both ends is an invalid constraint; one that cannot be kept is a note', () => {
    expect(plan(chain(3), { start: '2027-01-04', layout: 'spread' }).diagnostics.map((d) => [d.path, d.messageId])).toEqual([['/layout', 'spreadNeedsPeriod']]);
    expect(plan(chain(3), { end: '2027-03-31', layout: 'spread' }).diagnostics.map((d) => d.messageId)).toEqual(['spreadNeedsPeriod']);
    const packed = plan(chain(2), { start: '2027-01-04', end: '2027-01-11', layout: 'spread', maxGapDays: 2 });
    expect(packed.offering!.sessions.map((s) => s.date)).toEqual(['2027-01-04', '2027-01-05']);
    expect(packed.explanation.layout).toBe('consecutive');
    expect(packed.explanation.notes.map((n) => n.en)).toEqual([
      'The sessions could not be spread evenly over the period (gaps or weekly caps leave no room), so they follow each other from the start',
    ]);
  });
});

describe('a window the units-per-day cap shortens', () => {
  const hours = { ...chain(1, '14 h'), unit: 'h' as const };

  it('is a note naming where full days end and the cap, default or given', () => {
    const r = plan(hours, { start: '2027-01-04', window: '09:00-17:00' });
    expect(r.offering!.sessions.map((s) => s.time)).toEqual(['09:00-16:00', '09:00-16:00', '09:00-11:00']);
    expect(r.explanation.notes.map((n) => n.de)).toEqual([
      'Volle Tage enden um 16:00, nicht am Ende des Tageszeitfensters 09:00-17:00: ein Tag fasst höchstens 8 Einheiten à 45 Min., die Voreinstellung (maxUnitsPerDay; --max-ue-per-day)',
    ]);
    expect(plan(hours, { start: '2027-01-04', window: '09:00-17:00', maxUnitsPerDay: 8 }).explanation.notes[0]!.en).toMatch(/^Full days end at 16:00, .*min \(maxUnitsPerDay;/);
    // The default window holds exactly 8 UE; a day the cap does not shorten needs no note.
    expect(plan(hours, { start: '2027-01-04' }).explanation.notes).toEqual([]);
    expect(plan(hours, { start: '2027-01-04', window: '09:00-17:00', unitMinutes: 60 }).explanation.notes).toEqual([]);
  });
});

describe('sessions still to be agreed and clock changes', () => {
  it('counts only sessions that take place in the summary', () => {
    const r = plan(chain(1), { start: '2027-01-04', fixed: [{ date: '2027-01-11', status: 'to-be-agreed', modules: ['m1'] }] });
    // The agreed session is not certain: the module's time is planned in full, and the summary counts one session.
    expect(r.offering!.sessions.map((s) => [s.date, s.status])).toEqual([
      ['2027-01-04', 'scheduled'],
      ['2027-01-11', 'to-be-agreed'],
    ]);
    expect(r.explanation.summary.en).toMatch(/^8 UE in 1 session /);
  });

  it('an agreed session across a clock change covers the time that really passes', () => {
    // 01:00-04:00 on 2027-03-28 in Berlin: the clocks go forward, two hours pass, not three.
    const night = { date: '2027-03-28', time: '01:00-04:00', modules: ['m1'] };
    expect(sessionTeachingMinutes(night, 'Europe/Berlin')).toBe(120);
    expect(sessionTeachingMinutes(night)).toBe(180);
    expect(sessionTeachingUnits({ date: '2027-10-31', time: '01:00-04:00' }, 60, 'Europe/Berlin')).toBe(4);
    const r = plan(chain(1), { start: '2027-03-29', fixed: [night] });
    // 360 minutes less the 120 that passed: 240 to plan, 09:30-14:30 with the lunch break.
    expect(r.offering!.sessions.map((s) => [s.date, s.time])).toEqual([
      ['2027-03-28', '01:00-04:00'],
      ['2027-03-30', '09:30-14:30'],
    ]);
  });
});

describe('hostile figures', () => {
  it('an absurd amount is plan/infeasible at once, with the figures and the module', () => {
    for (const module of [{ hours: '99999999999 UE' }, { days: 99999999999 }]) {
      const started = performance.now();
      const r = plan(programOf([{ id: 'a', title: 'A', ...module }]), { start: '2027-01-04' });
      expect(performance.now() - started).toBeLessThan(5000);
      expect(r.diagnostics.map((d) => [d.code, d.path, d.messageId, d.hintId])).toEqual([['plan/infeasible', '/modules/0', 'beyondCalendar', 'checkHoursEnd']]);
    }
    const backward = plan(programOf([{ id: 'a', title: 'A', hours: '99999999999 UE' }]), { end: '2027-01-04' });
    expect(backward.diagnostics[0]!.hint).toBe('Check the hours of a (99999999999 UE): a plan starts on 1900-01-01 at the earliest');
  });

  it('a module that takes more sessions than its time can give is plan/infeasible naming the figures', () => {
    const r = plan(programOf([{ id: 'a', title: 'A', hours: 8, sessions: 400 }]), { start: '2027-01-04' });
    expect(r.diagnostics.map((d) => [d.path, d.message, d.hint])).toEqual([
      ['/modules/0/sessions', 'Module a takes at least 400 sessions, but 8 UE split evenly give only 360 sessions of at most 1 min', 'Allow 360 sessions, or give the module more time'],
    ]);
    // Even sessions of whole minutes: 360 minutes in at most 4 each give 90, short of 100.
    expect(plan(programOf([{ id: 'a', title: 'A', hours: 8, sessions: { min: 100, max: 120 } }]), { start: '2027-01-04' }).diagnostics[0]!.message).toBe(
      'Module a takes at least 100 sessions, but 8 UE split evenly give only 90 sessions of at most 4 min',
    );
  });

  it('dates outside 1900–2200 are invalid constraints, and no planned date passes them', () => {
    const far = plan(chain(1), { start: '0001-01-01', end: '9999-12-31', layout: 'spread' });
    expect(far.diagnostics.map((d) => [d.path, d.message]).sort()).toEqual([
      ['/end', 'Date 9999-12-31 lies outside the dates a plan can use (1900-01-01 to 2200-12-31)'],
      ['/start', 'Date 0001-01-01 lies outside the dates a plan can use (1900-01-01 to 2200-12-31)'],
    ]);
    // A blackout or local holiday outside the range could never meet a planned day: a typo, not quietly ignored.
    const typos = plan(chain(1), { start: '2027-01-04', blackouts: ['2207-01-05', { from: '2027-01-06', to: '2207-01-08' }], extraHolidays: [{ date: '0001-01-01', name: 'Fest' }] });
    expect(typos.ok).toBe(false);
    expect(typos.diagnostics.map((d) => [d.path, d.message]).sort()).toEqual([
      ['/blackouts/0', 'Date 2207-01-05 lies outside the dates a plan can use (1900-01-01 to 2200-12-31)'],
      ['/blackouts/1/to', 'Date 2207-01-08 lies outside the dates a plan can use (1900-01-01 to 2200-12-31)'],
      ['/extraHolidays/0/date', 'Date 0001-01-01 lies outside the dates a plan can use (1900-01-01 to 2200-12-31)'],
    ]);
    // An agreed session is a session of the offering: its date is checked by the session schema, as in documents.
    const agreed = plan(chain(1), { start: '2027-01-04', fixed: [{ date: '1899-12-31', modules: [] }] });
    expect(agreed.diagnostics.map((d) => [d.path, d.message])).toEqual([
      ['/fixed/0/date', 'fixed/0/date: This date lies outside the supported range, 1900-01-01 to 2200-12-31: check the year'],
    ]);
    // 22 days from 2200-12-01: the weekdays are there, but two are Christmas, and the calendar ends.
    const late = plan(chain(1, 176), { start: '2200-12-01' });
    expect(late.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['plan/infeasible', '176 UE need 22 days of 8 UE; a plan ends on 2200-12-31 at the latest, and from 2200-12-01 only 21 days fit before it'],
    ]);
    // Back from an end: 1900-01-01 is the first day, and New Year's Day at that.
    expect(plan(chain(1, 40), { end: '1900-01-05' }).diagnostics[0]!.message).toBe(
      '40 UE need 5 days of 8 UE; a plan starts on 1900-01-01 at the earliest, and before 1900-01-05 only 4 days fit after it',
    );
    expect(plan(chain(1, 48), { end: '1900-01-05' }).diagnostics[0]!.message).toBe(
      '48 UE need at least 6 days of teaching, but from 1900-01-01 to 1900-01-05 there are only 5 teaching weekdays',
    );
  });
});
