import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/calendar/calendar-day.js';
import { renderDiagnostic } from '../../../src/messages/finding.js';
import { normalizeConstraints } from '../../../src/schedule/phases/normalize-constraints.js';
import { value } from './run-phases.js';

describe('phase 1: normalize constraints', () => {
  it('gives the normal form: day numbers, minutes, canonical weekdays, and every default named', () => {
    const c = value(normalizeConstraints({ start: '2027-01-04', state: 'BW' }));
    expect(c).toMatchObject({
      start: toDayNumber('2027-01-04'),
      end: undefined,
      timeZone: 'Europe/Berlin',
      weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      window: { start: 570, end: 990 },
      breaks: [{ start: 750, end: 810 }],
      breaksGiven: false,
      windowMinutes: 360,
      dayCapacity: 360,
      minGapDays: 1,
      blockDays: 1,
      splitModules: true,
      includeOptional: false,
      layout: 'consecutive',
      distribute: 'pack',
      locale: 'en',
      state: 'BW',
    });
    expect(c.defaults.map((d) => d.option)).toEqual([
      'timeZone',
      'weekdays',
      'window',
      'breaks',
      'unitMinutes',
      'maxUnitsPerDay',
      'splitModules',
      'includeOptional',
      'layout',
    ]);
    expect(c.defaults.find((d) => d.option === 'breaks')?.value).toEqual(['12:30-13:30']);
  });

  it('names only what was left out; a period keeps its days together unless a spread is asked for', () => {
    const c = value(
      normalizeConstraints({
        start: '2027-01-04',
        end: '2027-06-30',
        timeZone: 'UTC',
        weekdays: ['Freitag', 'mo', 'fri'],
        window: '13:00-17:00',
        unitMinutes: 60,
        maxUnitsPerDay: 4,
        splitModules: false,
        includeOptional: true,
      }),
    );
    expect(c.weekdays).toEqual(['mon', 'fri']);
    expect(c.layout).toBe('consecutive');
    expect(c.distribute).toBe('pack');
    // The default lunch break does not fit 13:00-17:00, so the default is no break at all.
    expect(c.defaults).toEqual([
      { option: 'breaks', value: [] },
      { option: 'layout', value: 'consecutive' },
    ]);
    const spread = value(normalizeConstraints({ start: '2027-01-04', end: '2027-06-30', layout: 'spread' }));
    expect([spread.layout, spread.distribute, spread.defaults.some((d) => d.option === 'layout')]).toEqual(['spread', 'spread', false]);
    expect(value(normalizeConstraints({ end: '2027-06-30', layout: 'consecutive' })).distribute).toBe('backward');
  });

  it('keeps agreed sessions as copies with their defaults', () => {
    const fixed = [{ id: 'kickoff', date: '2027-01-04', modules: ['m1'] }];
    const c = value(normalizeConstraints({ start: '2027-01-04', fixed }));
    expect(c.fixed).toEqual([{ id: 'kickoff', date: '2027-01-04', modules: ['m1'], status: 'scheduled' }]);
    fixed[0]!.date = '2027-02-01';
    expect(c.fixed[0]!.date).toBe('2027-01-04');
  });

  it('fails with every problem at once, each a plan/invalid-constraint at its pointer', () => {
    const result = normalizeConstraints({
      end: '2027-01-40',
      weekdays: ['mo', 'funday'],
      breaks: ['12:00-11:00'],
      maxGapDays: 0,
      blocks: { days: 2, cont: 3 } as { days: number },
      fixed: [{ date: '2027-01-05', status: 'scheduled', modules: ['m 1'] }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.every((d) => d.code === 'plan/invalid-constraint' && d.severity === 'error' && d.line === 1)).toBe(true);
    expect(result.diagnostics.map((d) => d.path).sort()).toEqual(['/blocks/cont', '/breaks/0', '/end', '/fixed/0/modules/0', '/maxGapDays', '/weekdays/1']);
  });

  it('renders its findings again in another language from their ids and data', () => {
    const result = normalizeConstraints({ start: '2027-02-01', end: '2027-01-01', locale: 'de' });
    if (result.ok) throw new Error('planned');
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ messageId: 'endBeforeStart', data: { start: '2027-02-01', end: '2027-01-01' }, message: 'Ende 01.01.2027 liegt vor dem Beginn 01.02.2027' });
    expect(renderDiagnostic(d!, 'en').message).toBe('end 2027-01-01 lies before start 2027-02-01');
    // A schema problem keeps its own message and hint as phrases, so it renders again too.
    const schema = normalizeConstraints({ start: '2027-01-04', weekday: ['mo'] } as never);
    if (schema.ok) throw new Error('planned');
    const [unknown] = schema.diagnostics;
    expect(unknown).toMatchObject({ messageId: 'schemaAtRoot', hintId: 'schemaHint', message: "Unknown key 'weekday'", hint: "Did you mean 'weekdays'?" });
    expect(renderDiagnostic(unknown!, 'de')).toMatchObject({ message: "Unbekannter Schlüssel 'weekday'", hint: "Meinten Sie 'weekdays'?" });
  });

  it('takes the language of its diagnostics from the constraints only when it is one it knows', () => {
    const result = normalizeConstraints({ locale: 'fr' } as never);
    if (result.ok) throw new Error('planned');
    expect(result.diagnostics.map((d) => d.message).sort()).toEqual(['Give a start or an end date', "locale: Expected one of 'en', 'de', got 'fr'"]);
  });
});
