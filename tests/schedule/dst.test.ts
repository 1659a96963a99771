import { describe, expect, it } from 'vitest';
import { localInstant } from '../../src/calendar/index.js';
import { plan } from '../../src/schedule/index.js';
import { chain } from './fixtures.js';
import { validateWith } from './helpers.js';

describe('daylight saving', () => {
  it('keeps 09:30-16:30 local across 2027-03-28 and 2027-10-31', () => {
    // Weekly Fridays from March to November: sessions on both sides of both changes.
    const program = chain(5, 8);
    const result = plan(program, {
      start: '2027-03-01',
      end: '2027-11-30',
      layout: 'spread',
      weekdays: ['fri'],
      state: 'BE',
      timeZone: 'Europe/Berlin',
    });
    expect(result.ok).toBe(true);
    const sessions = result.offering!.sessions;
    expect(sessions.some((s) => s.date! < '2027-03-28')).toBe(true);
    expect(sessions.some((s) => s.date! > '2027-03-28' && s.date! < '2027-10-31')).toBe(true);
    expect(sessions.some((s) => s.date! > '2027-10-31')).toBe(true);
    for (const s of sessions) {
      expect(s.time).toBe('09:30-16:30');
      expect(s.breaks).toEqual(['12:30-13:30']);
    }
    expect(result.offering!.timeZone).toBe('Europe/Berlin');
    // Same wall clock, different UTC offsets: that is the export's business, and it can rely on this.
    const offsets = new Set(sessions.map((s) => localInstant(s.date!, 570, 'Europe/Berlin').getUTCHours()));
    expect(offsets).toEqual(new Set([7, 8]));
    expect(validateWith(program, result.offering!)).toEqual([]);
  });

  it('plans days on the change days themselves by the calendar, not by 24-hour steps', () => {
    const result = plan(chain(3, 8), { start: '2027-03-27', weekdays: ['sat', 'sun', 'mon'] });
    // Monday 2027-03-29 is Easter Monday, a holiday in every state, so the third day is the next Saturday.
    expect(result.offering!.sessions.map((s) => [s.date, s.time])).toEqual([
      ['2027-03-27', '09:30-16:30'],
      ['2027-03-28', '09:30-16:30'],
      ['2027-04-03', '09:30-16:30'],
    ]);
    const october = plan(chain(2, 8), { start: '2027-10-30', weekdays: ['sat', 'sun'], timeZone: 'Europe/Berlin' });
    expect(october.offering!.sessions.map((s) => s.date)).toEqual(['2027-10-30', '2027-10-31']);
  });
});
