import type { Offering } from '../../src/model/offering.js';
import type { Session } from '../../src/model/session.js';

const day = (id: string | undefined, date: string, extra: Partial<Session> = {}): Session => ({
  ...(id === undefined ? {} : { id }),
  date,
  time: '09:30-16:30',
  breaks: ['12:30-13:30'],
  status: 'scheduled',
  ...extra,
});

/** A spring cohort: five days with ids, one still to be agreed. */
export const before: Offering = {
  kind: 'offering',
  id: 'kurs-2027-03-01',
  program: 'ehrenamt-netzwerk',
  timeZone: 'Europe/Berlin',
  unit: 'UE',
  location: 'Hauptstr. 28, 70563 Stuttgart',
  provider: { name: 'Bildungswerk', contact: { name: 'Kursbüro', email: 'kurse@example.org' } },
  facilitators: [{ name: 'Anna Berg' }],
  sessions: [
    day('s01', '2027-03-19', { modules: ['einstieg'] }),
    day('s02', '2027-03-26', { modules: ['einstieg'] }),
    day('s03', '2027-04-09', { modules: ['planung-a'] }),
    day('s04', '2027-04-16', { modules: ['planung-b'] }),
    day('s05', '2027-04-23', { modules: ['planung-b'], sequence: 1 }),
    { id: 's06', status: 'to-be-agreed', modules: ['schreibwerkstatt'] },
  ],
};

/** The same cohort after a trainer fell ill and a room was lost. */
export const after: Offering = {
  ...before,
  sessions: [
    day('s01', '2027-03-19', { modules: ['einstieg'] }),
    // Cancelled, with a replacement covering the same module.
    day('s02', '2027-03-26', { modules: ['einstieg'], status: 'cancelled', reason: 'Krankheit' }),
    // Moved to another day.
    day('s03', '2027-04-12', { modules: ['planung-a'] }),
    // Another room and another trainer.
    day('s04', '2027-04-16', { modules: ['planung-b'], location: 'Rathaus, Saal 2', facilitators: [{ name: 'Cem Demir' }] }),
    // s05 is gone from the list.
    { id: 's06', date: '2027-05-07', time: '09:00-12:00', status: 'scheduled', modules: ['schreibwerkstatt'] },
    day('s07', '2027-04-30', { modules: ['einstieg'] }),
  ],
};
