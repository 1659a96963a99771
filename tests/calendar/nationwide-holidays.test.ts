import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyDay, holidaysBetween, isHoliday, nextAllowedDay } from '../../src/calendar/index.js';
import { holidaysOnDates } from '../../src/calendar/holidays.js';
import { CurriculaUsageError } from '../../src/core/errors.js';
import { parseDocument } from '../../src/model/parse.js';
import { validate } from '../../src/validate/index.js';

describe('holidays without a federal state', () => {
  it('are the public holidays every state keeps', () => {
    expect(holidaysBetween('2027-01-01', '2027-12-31', {}).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2027-01-01 Neujahr',
      '2027-03-26 Karfreitag',
      '2027-03-29 Ostermontag',
      '2027-05-01 Maifeiertag',
      '2027-05-06 Christi Himmelfahrt',
      '2027-05-17 Pfingstmontag',
      '2027-10-03 Tag der Deutschen Einheit',
      '2027-12-25 1. Weihnachtstag',
      '2027-12-26 2. Weihnachtstag',
    ]);
    expect(isHoliday('2027-01-06', {})).toBeUndefined(); // Epiphany is a holiday in BW, BY and ST only
    expect(isHoliday('2026-12-25', {})).toMatchObject({ name: '1. Weihnachtstag', nameEn: 'Christmas Day' });
    expect(() => holidaysBetween('2027-01-01', '2027-01-31', { region: 'A' })).toThrow(CurriculaUsageError);
  });

  it('close days for sessions, named as holidays', () => {
    expect(classifyDay('2026-12-25', {})).toEqual({
      allowed: false,
      reason: 'holiday',
      publicHoliday: true,
      message: { ns: 'calendar.day', id: 'publicHoliday', data: { names: [{ name: '1. Weihnachtstag', nameEn: 'Christmas Day' }] } },
      detail: { en: 'public holiday: Christmas Day', de: 'gesetzlicher Feiertag: 1. Weihnachtstag' },
    });
    expect(nextAllowedDay('2026-12-31', {})).toBe('2027-01-04');
    expect(classifyDay('2027-01-06', {})).toEqual({ allowed: true });
  });

  it('can be asked for by date, any order and any year', () => {
    const found = holidaysOnDates(['2027-01-07', '9999-12-25', '2027-01-06', '2027-01-06'], { state: 'BW' });
    expect([...found.keys()].sort()).toEqual(['2027-01-06', '9999-12-25']);
    expect(found.get('2027-01-06')).toEqual([{ date: '2027-01-06', name: 'Heilige Drei Könige', nameEn: 'Epiphany' }]);
    expect(holidaysOnDates(['2027-01-06'], {}).size).toBe(0);
    expect(() => holidaysOnDates(['2027-02-30'], {})).toThrow(CurriculaUsageError);
  });
});

describe('offering/holiday without a state', () => {
  it('warns about nationwide holidays and says how to check a state too', () => {
    const file = 'tests/fixtures/schedule-fixes/nostate.offering.yaml';
    const found = validate(parseDocument(readFileSync(file, 'utf8'), { filename: file })).filter((d) => d.code === 'offering/holiday');
    expect(found.map((d) => [d.severity, d.path, d.message])).toEqual([
      ['warning', '/sessions/0/date', '2026-12-25 is a public holiday in all of Germany (Christmas Day)'],
      ['warning', '/sessions/1/date', "2027-01-01 is a public holiday in all of Germany (New Year's Day)"],
    ]);
    expect(found[0]!.hint).toContain('give the offering a state');
    const german = validate(parseDocument(readFileSync(file, 'utf8'), { filename: file }), { locale: 'de' }).filter(
      (d) => d.code === 'offering/holiday',
    );
    expect(german[0]!.message).toBe('25.12.2026 ist in ganz Deutschland ein Feiertag (1. Weihnachtstag)');
    // With a state, the state's own holidays count as well.
    const bw = validate(parseDocument(readFileSync(file, 'utf8'), { filename: file }), { state: 'BW' }).filter((d) => d.code === 'offering/holiday');
    expect(bw.map((d) => d.path)).toEqual(['/sessions/0/date', '/sessions/1/date', '/sessions/2/date']);
  });
});
