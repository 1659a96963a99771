import type { Offering } from '../../src/model/offering.js';
import type { Program } from '../../src/model/program.js';
import type { Session } from '../../src/model/session.js';

/** A program with nested modules, topics with awkward characters and umlauts. */
export const program: Program = {
  kind: 'program',
  id: 'ehrenamt-netzwerk',
  title: 'Ehrenamtliches Engagement im sozialen Netzwerk',
  language: 'de',
  unit: 'UE',
  hours: 40,
  modules: [
    {
      id: 'einstieg',
      title: 'Einstieg in die Netzwerkarbeit',
      hours: 16,
      topics: ['Geschichte, Bezüge; Grundlagen', { title: 'Rolle der Koordination\\Moderation', hours: 4 }],
    },
    {
      id: 'planung',
      title: 'Planung | Aufbau',
      modules: [
        { id: 'planung-a', title: 'Bedarfe erheben', hours: 8 },
        { id: 'planung-b', title: 'Ressourcen „sichern“', hours: 16 },
      ],
    },
    { id: 'schreibwerkstatt', title: 'Schreibwerkstatt', hours: 4, optional: true },
  ],
};

const day = (date: string, extra: Partial<Session> = {}): Session => ({
  date,
  time: '09:30-16:30',
  breaks: ['12:30-13:30'],
  status: 'scheduled',
  ...extra,
});

/** Sessions on both sides of the 2027 DST changes (28 March, 31 October) in Europe/Berlin. */
export const offering: Offering = {
  kind: 'offering',
  id: 'ehrenamt-netzwerk-2027',
  program: 'ehrenamt-netzwerk',
  timeZone: 'Europe/Berlin',
  unit: 'UE',
  location: 'Hauptstr. 28, 70563 Stuttgart',
  provider: { name: 'Paritätisches Bildungswerk', contact: { name: 'Frau Bendicks', email: 'info@example.org' } },
  sessions: [
    day('2027-03-26', { id: 'auftakt', modules: ['einstieg'] }),
    day('2027-03-29', { modules: ['einstieg'] }),
    day('2027-10-29', { modules: ['planung-a'], location: 'Online; Zoom, Raum 2' }),
    day('2027-11-01', { modules: ['planung-b', { module: 'planung-a', hours: 2 }], sequence: 2 }),
    day('2027-11-05', { modules: ['planung-b'], status: 'cancelled', reason: 'Krankheit', sequence: 1 }),
    { status: 'to-be-agreed', modules: ['schreibwerkstatt'], note: 'nach Absprache mit den Teilnehmenden' },
    { date: '2027-11-12', status: 'scheduled', title: 'Abschluss (ganztägig)' },
  ],
};

export function withSessions(sessions: Session[], base: Offering = offering): Offering {
  return { ...base, sessions };
}
