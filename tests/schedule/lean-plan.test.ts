import { describe, expect, it } from 'vitest';
import { classifyDay, fromDayNumber, toDayNumber } from '../../src/calendar/index.js';
import { plan, plannedModules, type PlanResult } from '../../src/schedule/index.js';
import { chain, programOf } from './fixtures.js';

// plan() shares what cannot change (strings, frozen explanation details) to
// keep long plans cheap for the garbage collector; these are the promises
// that sharing must not break.
describe('what a plan shares and what it does not', () => {
  const result = plan(chain(12, 8), { start: '2027-01-04', state: 'BW' });
  const sessions = result.offering!.sessions;
  const { chosen, skipped } = result.explanation;

  it('gives every session its own lists, apart from the explanation', () => {
    expect(new Set(sessions.map((s) => s.breaks)).size).toBe(sessions.length);
    expect(new Set(sessions.map((s) => s.modules)).size).toBe(sessions.length);
    sessions.forEach((s, i) => expect(chosen[i]!.modules).not.toBe(s.modules));
    sessions[0]!.breaks!.push('14:00-14:15');
    sessions[0]!.modules!.push('extra');
    expect(sessions[1]!.breaks).toEqual(['12:30-13:30']);
    expect(chosen[0]!.modules).toEqual(['m1']);
    expect(plan(chain(12, 8), { start: '2027-01-04', state: 'BW' }).offering!.sessions[0]!.breaks).toEqual(['12:30-13:30']);
  });

  it('shares one frozen detail between dates skipped for the same reason', () => {
    const saturdays = skipped.filter((s) => s.detail.en === 'Saturday is not a teaching day');
    expect(saturdays.length).toBeGreaterThan(1);
    expect(new Set(saturdays.map((s) => s.detail)).size).toBe(1);
    expect(Object.isFrozen(saturdays[0]!.detail)).toBe(true);
    expect(saturdays[0]!.detail).toEqual({ en: 'Saturday is not a teaching day', de: 'Samstag ist kein Kurstag' });
  });

  it('hands out verdicts the caller may change', () => {
    const a = classifyDay('2027-01-09', {});
    const b = classifyDay('2027-01-09', {});
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    if (a.allowed) throw new Error('Saturday is allowed');
    a.detail.en = 'changed';
    expect(classifyDay('2027-01-09', {})).toEqual(b);
    const allowed = classifyDay('2027-01-04', {});
    expect(Object.isFrozen(allowed)).toBe(false);
  });

  it('gives plannedModules callers their own requirement lists', () => {
    const program = programOf([
      { id: 'a', title: 'A', hours: 8 },
      { id: 'b', title: 'B', hours: 8 },
      { id: 'c', title: 'C', hours: 8, requires: ['a'] },
    ]);
    const [a, b, c] = plannedModules(program).modules;
    expect(a!.requires).not.toBe(b!.requires);
    expect(Object.isFrozen(a!.requires)).toBe(false);
    expect(c!.requires).not.toBe(program.modules[2]!.requires);
    expect(a).toEqual({ id: 'a', title: 'A', pointer: '/modules/0', position: 0, minutes: 360, maxPerSession: undefined, sessions: undefined, requires: [], ancestors: [], cappedAncestors: [] });
  });
});

// The explanation is built on first read; to callers it must behave like the
// plain property it was.
describe('an explanation built on first read', () => {
  const constraints = () => ({ start: '2027-01-04', state: 'BW' as const, blackouts: ['2027-01-12'] });
  const fresh = () => plan(chain(6, 8), constraints());

  it('is an enumerable own property that serialisation, spreading and cloning see', () => {
    const read = fresh();
    const expected = JSON.parse(JSON.stringify({ ...read, explanation: read.explanation }));
    expect(Object.keys(fresh())).toEqual(['ok', 'offering', 'diagnostics', 'explanation']);
    expect(JSON.parse(JSON.stringify(fresh()))).toEqual(expected);
    expect(JSON.parse(JSON.stringify({ ...fresh() }))).toEqual(expected);
    expect(JSON.parse(JSON.stringify(structuredClone(fresh())))).toEqual(expected);
    expect(fresh()).toEqual(read);
    expect(expected.explanation.chosen).toHaveLength(6);
    expect(expected.explanation.skipped.map((s: { reason: string }) => s.reason)).toContain('blackout');
  });

  it('is the same object on every read, and a data property afterwards', () => {
    const r = fresh();
    const first = r.explanation;
    expect(r.explanation).toBe(first);
    expect(Object.getOwnPropertyDescriptor(r, 'explanation')).toEqual({ value: first, writable: true, enumerable: true, configurable: true });
  });

  it('can be replaced, and a frozen result still answers and refuses changes', () => {
    const r = fresh();
    const other = fresh().explanation;
    r.explanation = other;
    expect(r.explanation).toBe(other);
    const frozen = Object.freeze(fresh());
    expect(frozen.explanation).toBe(frozen.explanation);
    expect(frozen.explanation.chosen).toHaveLength(6);
    // A frozen result's type is read-only; the check is for callers without types.
    const untyped: PlanResult = frozen;
    expect(() => {
      untyped.explanation = other;
    }).toThrow(TypeError);
  });

  it('does not change when the caller changes the plan or the constraints before reading it', () => {
    const expected = JSON.stringify(fresh().explanation);
    const fixed = [{ id: 'kickoff', date: '2027-01-04', modules: ['m1'], status: 'scheduled' as const }];
    const expectedFixed = JSON.stringify(plan(chain(6, 8), { ...constraints(), fixed }).explanation);
    const input = { ...constraints(), fixed: fixed.map((s) => ({ ...s, modules: [...s.modules] })) };
    const r = plan(chain(6, 8), input);
    const plain = fresh();
    plain.offering!.sessions.reverse();
    plain.offering!.sessions[0]!.id = 'changed';
    input.blackouts.push('2027-01-13');
    input.fixed[0]!.date = '2027-01-05';
    input.fixed[0]!.modules.push('m2');
    expect(JSON.stringify(plain.explanation)).toBe(expected);
    expect(JSON.stringify(r.explanation)).toBe(expectedFixed);
  });
});

describe('long plans in every direction', () => {
  // Date selection remembers each day's verdict in an array that grows towards
  // the days asked for; these plans walk far forwards and backwards from it.
  const allowedBetween = (from: number, to: number): string[] => {
    const out: string[] = [];
    for (let d = from; d <= to; d++) if (classifyDay(fromDayNumber(d), { state: 'BE' }).allowed) out.push(fromDayNumber(d));
    return out;
  };

  it('packs back from the end over years: the latest allowed days, none left out', () => {
    const r = plan(chain(700, 8), { end: '2030-12-20', state: 'BE' });
    expect(r.ok).toBe(true);
    const dates = r.offering!.sessions.map((s) => s.date!);
    expect(dates).toEqual(allowedBetween(toDayNumber(dates[0]!), toDayNumber('2030-12-20')));
    expect(r.explanation.chosen.at(-1)).toMatchObject({ reason: 'end' });
    expect(r.explanation.chosen[0]).toMatchObject({ reason: 'end', detail: { en: `latest usable day before the session on ${dates[1]}` } });
  });

  it('packs forward over years: the earliest allowed days, none left out', () => {
    const r = plan(chain(700, 8), { start: '2027-01-04', state: 'BE' });
    const dates = r.offering!.sessions.map((s) => s.date!);
    expect(dates).toEqual(allowedBetween(toDayNumber('2027-01-04'), toDayNumber(dates.at(-1)!)));
    expect(r.explanation.chosen[5]).toMatchObject({ reason: 'next', detail: { en: `next usable day after the session on ${dates[4]}` } });
  });

  it('spreads over years between a start and an end', () => {
    const r = plan(chain(300, 8), { start: '2027-01-04', end: '2030-12-20', state: 'BE', layout: 'spread' });
    expect(r.ok).toBe(true);
    const dates = r.offering!.sessions.map((s) => s.date!);
    expect(dates).toHaveLength(300);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.every((d) => classifyDay(d, { state: 'BE' }).allowed)).toBe(true);
    expect(dates.at(-1)! > '2030-06-01').toBe(true);
  });
});

describe('an explanation read after the offering changed', () => {
  it('counts the sessions the plan made', () => {
    const r = plan(chain(3, 8), { start: '2027-01-04', state: 'BW' });
    r.offering!.sessions.push({ date: '2027-02-01', status: 'scheduled' });
    expect(r.explanation.summary.en).toMatch(/^24 UE in 3 sessions /);
  });

  it('names agreed sessions as they were planned with', () => {
    const fixed = [{ id: 'kickoff', date: '2027-01-04', modules: ['m1'], status: 'scheduled' as const }];
    const expected = JSON.stringify(plan(chain(3, 8), { start: '2027-01-04', fixed }).explanation);
    const r = plan(chain(3, 8), { start: '2027-01-04', fixed });
    const agreed = r.offering!.sessions.find((s) => s.id === 'kickoff')!;
    agreed.date = '2027-01-05';
    agreed.modules!.push('m2');
    expect(JSON.stringify(r.explanation)).toBe(expected);
  });
});
