import { describe, expect, it } from 'vitest';
import type { Offering } from '../../src/model/offering.js';
import { agendaFromTopics, plan } from '../../src/schedule/index.js';
import { programOf } from './fixtures.js';

// The agenda of a day made from its modules' topics: what a provider would write into the timetable for
// the recognition office, in order, with the topics' own hours, and never across a break.

const program = programOf([
  {
    id: 'grundlagen',
    title: 'Grundlagen',
    hours: 8,
    topics: [{ title: 'Ankommen', hours: 1 }, 'Modelle', 'Feedback'],
  },
  { id: 'praxis', title: 'Praxis', hours: 6, topics: ['Übung A', 'Übung B', 'Übung C'] },
  { id: 'abschluss', title: 'Abschluss', hours: 2 },
]);

const times = (o: Offering, i: number) => o.sessions[i]!.agenda!.map((a) => `${a.time} ${a.title}`);

describe('agendaFromTopics', () => {
  it('lays the topics end to end in whole units, topic hours kept, going on after the break', () => {
    const planned = plan(program, { start: '2027-04-05' }).offering!;
    const { offering, generated } = agendaFromTopics(planned, program);
    expect(generated).toEqual([0, 1]);
    expect(times(offering, 0)).toEqual(['09:30-10:15 Ankommen', '10:15-12:30 Modelle', '13:30-14:15 Modelle', '14:15-16:30 Feedback']);
    // The second day: the rest of Praxis in three even topics of 2 UE, then the module without topics under its title.
    expect(times(offering, 1)).toEqual(['09:30-11:00 Übung A', '11:00-12:30 Übung B', '13:30-15:00 Übung C', '15:00-16:30 Abschluss']);
    expect(offering.sessions[0]!.agenda![1]).toEqual({ time: '10:15-12:30', title: 'Modelle', module: 'grundlagen', topic: 'Modelle' });
    expect(offering.sessions[1]!.agenda![3]).toEqual({ time: '15:00-16:30', title: 'Abschluss', module: 'abschluss' });
  });

  it('follows a module across days, and leaves sessions with an agenda of their own as they are', () => {
    const offering: Offering = {
      kind: 'offering',
      id: 'o',
      program: 'kurs',
      timeZone: 'Europe/Berlin',
      unit: 'UE',
      sessions: [
        { date: '2027-04-05', time: '09:00-12:00', modules: ['grundlagen'], status: 'scheduled' },
        { date: '2027-04-06', time: '09:00-12:00', modules: ['grundlagen'], status: 'scheduled', agenda: [{ time: '09:00-12:00', title: 'Eigener Ablauf' }] },
        { date: '2027-04-07', time: '09:00-11:00', modules: ['grundlagen'], status: 'scheduled' },
        { status: 'to-be-agreed', modules: ['praxis'] },
      ],
    };
    const { offering: filled, generated } = agendaFromTopics(offering, program);
    expect(generated).toEqual([0, 2]);
    // 8 UE over three days (3 h, 3 h, 2 h): Ankommen 1 UE, then Modelle and Feedback share 7 UE (4 + 3).
    expect(times(filled, 0)).toEqual(['09:00-09:45 Ankommen', '09:45-12:00 Modelle']);
    expect(filled.sessions[1]!.agenda).toEqual([{ time: '09:00-12:00', title: 'Eigener Ablauf' }]);
    expect(times(filled, 2)).toEqual(['09:00-11:00 Feedback']);
    expect(filled.sessions[3]).toBe(offering.sessions[3]);
    // The offering passed in is not changed.
    expect(offering.sessions[0]!.agenda).toBeUndefined();
  });

  it('gives topics with hours what they say, and time they leave over to the module', () => {
    const timed = programOf([{ id: 'm', title: 'Modul', hours: 4, topics: [{ title: 'Eins', hours: 1 }, { title: 'Zwei', hours: 2 }] }]);
    const planned = plan(timed, { start: '2027-04-05' }).offering!;
    expect(times(agendaFromTopics(planned, timed).offering, 0)).toEqual(['09:30-10:15 Eins', '10:15-11:45 Zwei', '11:45-12:30 Modul']);
  });

  it('shares a module\'s session time by { module, hours } and plain ids', () => {
    const offering: Offering = {
      kind: 'offering',
      id: 'o',
      program: 'kurs',
      timeZone: 'Europe/Berlin',
      unit: 'UE',
      sessions: [{ date: '2027-04-05', time: '09:00-13:00', breaks: ['10:30-11:00'], modules: [{ module: 'praxis', hours: 2 }, 'abschluss'], status: 'scheduled' }],
    };
    // 3.5 h of teaching: Praxis 2 UE (90 min), Abschluss the other 120 min.
    expect(times(agendaFromTopics(offering, program).offering, 0)).toEqual(['09:00-09:30 Übung A', '09:30-10:00 Übung B', '10:00-10:30 Übung C', '11:00-13:00 Abschluss']);
  });
});
