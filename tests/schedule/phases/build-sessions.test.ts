import { describe, expect, it } from 'vitest';
import type { Session } from '../../../src/model/session.js';
import { chain, programOf } from '../fixtures.js';
import { upTo, value } from './run-phases.js';

const full = (id: string | undefined, date: string, modules: string[]): Session => ({
  ...(id !== undefined ? { id } : {}),
  date,
  time: '09:30-16:30',
  breaks: ['12:30-13:30'],
  modules,
  status: 'scheduled',
});

describe('phase 8: build sessions', () => {
  it('lays out each day from the window’s start, ending a short day early, with ids in date order', () => {
    // 12 UE: all of m1 and the start of m2 on a full day, then the rest of m2 in a morning.
    const { built } = upTo(chain(2, 6), { start: '2027-01-04', state: 'BW' }).built();
    const { offering } = value(built);
    expect(offering).toMatchObject({ kind: 'offering', id: 'kurs-2027-01-04', program: 'kurs', timeZone: 'Europe/Berlin', state: 'BW', unit: 'UE', start: '2027-01-04', end: '2027-01-05' });
    expect(offering.sessions).toEqual([
      { id: 's01', date: '2027-01-04', time: '09:30-16:30', breaks: ['12:30-13:30'], modules: [{ module: 'm1', hours: '6' }, { module: 'm2', hours: '2' }], status: 'scheduled' },
      { id: 's02', date: '2027-01-05', time: '09:30-12:30', modules: [{ module: 'm2', hours: '4' }], status: 'scheduled' },
    ]);
    // Each session has its own lists.
    expect(offering.sessions[0]!.breaks).not.toBe(value(upTo(chain(2, 6), { start: '2027-01-04' }).built().built).offering.sessions[0]!.breaks);
  });

  it('merges agreed sessions in by date and skips the ids they use', () => {
    const program = chain(3, 8);
    const { built } = upTo(program, { start: '2027-01-04', fixed: [full('s02', '2027-01-05', ['m1']), { status: 'to-be-agreed', title: 'Abschluss' }] }).built();
    const { offering, agreed } = value(built);
    // m1 is agreed in full on the 5th, so m2, which requires it, starts after it; s02 is taken.
    expect(offering.sessions.map((s) => [s.id, s.date, s.status])).toEqual([
      ['s02', '2027-01-05', 'scheduled'],
      ['s01', '2027-01-06', 'scheduled'],
      ['s03', '2027-01-07', 'scheduled'],
      ['s04', undefined, 'to-be-agreed'],
    ]);
    expect(agreed.days).toEqual([expect.any(Number), Infinity]);
  });

  it('fails when an agreed session teaches a module before one it requires ends', () => {
    const program = programOf([
      { id: 'a', title: 'A', hours: 8 },
      { id: 'b', title: 'B', hours: 8, requires: ['a'] },
    ]);
    // b is agreed on the first day; a has no day before it.
    const { built } = upTo(program, { start: '2027-01-04', fixed: [full(undefined, '2027-01-04', ['b'])] }).built();
    if (built.ok) throw new Error('built');
    expect(built.diagnostics.map((d) => [d.code, d.path, d.message, d.hint])).toEqual([
      [
        'plan/fixed-conflict',
        '/fixed',
        'b starts on 2027-01-04, before a, which it requires, ends on 2027-01-05; agreed sessions cannot be moved',
        'Move the agreed session of a or b, or plan from after 2027-01-05',
      ],
    ]);
  });
});
