import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseProgram } from '../../src/model/parse.js';
import type { Offering } from '../../src/model/offering.js';
import { plan } from '../../src/schedule/index.js';
import { TIMETABLE_CSV_COLUMNS, toTimetable } from '../../src/export/index.js';

// The timetable a provider sends with a recognition application: each day with its times, breaks,
// place and units, the total, and whether the course qualifies.

const program = parseProgram(readFileSync('examples/kommunikation-ehrenamt.program.yaml', 'utf8')).value!;
const planned: Offering = (() => {
  const result = plan(program, { start: '2027-04-05', state: 'HE', profile: 'bildungsurlaub/HE' });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return { ...result.offering!, title: 'Kommunikation im Ehrenamt | Frühjahr', location: 'Haus der Vereine, Kassel', provider: { name: 'Engagement-Akademie' } };
})();

describe('toTimetable (Markdown)', () => {
  it('is German by default: facts, the verdict on the claimed recognition, one section per day, the total', () => {
    const md = toTimetable(planned, program);
    expect(md).toMatch(/^# Ablaufplan: Kommunikation im Ehrenamt \\\| Frühjahr\n/);
    expect(md).toContain('- **Anbieter:** Engagement-Akademie\n- **Ort:** Haus der Vereine, Kassel\n- **Zeitraum:** Mo, 05.04.2027 bis Fr, 09.04.2027 (5 Tage)\n- **Unterrichtszeit:** 40 UE (30 Std.)');
    expect(md).toContain('## Anerkennung\n\n- Bildungsurlaub in Hessen (bildungsurlaub/HE): erfüllt die Voraussetzungen nach den ab 01.01.2018 gültigen Regeln (HBUG)\n');
    expect(md).toContain('## Tag 3: Mi, 07.04.2027\n\n09:30–16:30 · Pausen: 12:30–13:30 · Ort: Haus der Vereine, Kassel · Unterrichtszeit: 8 UE (6 Std.)\n');
    expect(md).toContain('## Gesamt\n\n5 Tage, 40 UE (30 Std.)\n');
    // Without agendas the modules are listed with their time, and the timetable says how to get one.
    expect(md).toContain('| 09:30–16:30 |   | Moderation von Gruppen | 8 UE |');
    expect(md).toContain('> Ohne Ablauf: 5 Termine. Ihre Module stehen mit ihrer Zeit da; geben Sie ihnen einen Ablauf oder erzeugen Sie ihn aus den Themen (--agenda from-topics).');
  });

  it('with agenda from topics: timed items and breaks in order, each with its units, and a note that it was generated', () => {
    const md = toTimetable(planned, program, { agenda: 'from-topics' });
    expect(md).toContain(
      [
        '| Zeit | Inhalt | Modul | Umfang |',
        '| --- | --- | --- | --- |',
        '| 09:30–10:15 | Ankommen und Kennenlernen | Grundlagen der Kommunikation | 1 UE |',
        '| 10:15–12:30 | Kommunikationsmodelle | Grundlagen der Kommunikation | 3 UE |',
        '| 12:30–13:30 | Pause |   |   |',
        '| 13:30–14:15 | Kommunikationsmodelle | Grundlagen der Kommunikation | 1 UE |',
        '| 14:15–16:30 | Wahrnehmung und Feedback | Grundlagen der Kommunikation | 3 UE |',
      ].join('\n'),
    );
    expect(md).toContain('> Der Ablauf von 5 Terminen wurde aus den Themen der Module erzeugt');
    expect(md).not.toContain('Ohne Ablauf');
  });

  it('names a recognition that does not qualify, with the findings, in English when asked', () => {
    const short: Offering = { ...planned, sessions: planned.sessions.map((s, i) => (i === 2 ? { ...s, time: '09:30-12:30', breaks: [] } : s)) };
    const md = toTimetable(short, program, { locale: 'en', profiles: ['bildungsurlaub/NI'] });
    expect(md).toContain('- Educational leave in Hesse (bildungsurlaub/HE): does not qualify by the rules in force from 2018-01-01 (HBUG)\n');
    expect(md).toContain('  - Day 3 (Wed 2027-04-07) has 3 h; Educational leave in Hesse needs at least 6 h a day on average and no day under 4 h: average now 5.4 h (HBUG)');
    expect(md).toContain('- Educational leave in Lower Saxony (bildungsurlaub/NI): does not qualify by the rules in force from 1997-05-01 (NBildUG, DVO-NBildUG)\n');
    expect(md).toContain('## Day 3: Wed, 2027-04-07\n\n09:30–12:30 · Breaks: none');
  });

  it('gives a claim\'s number, an agenda\'s own items with their mode, and lists cancelled and undated sessions', () => {
    const offering: Offering = {
      ...planned,
      recognitions: [{ profile: 'bildungsurlaub/HE', number: 'BU-2027-0815' }],
      sessions: [
        {
          ...planned.sessions[0]!,
          agenda: [
            { time: '09:30-12:30', title: 'Einstieg', module: 'grundlagen' },
            { time: '13:30-16:30', title: 'Fernübung', module: 'grundlagen', topic: 'Feedback', mode: 'online' },
          ],
        },
        { ...planned.sessions[1]!, status: 'cancelled' },
        { status: 'to-be-agreed', id: 'nachholtermin' },
      ],
    };
    const md = toTimetable(offering, program);
    expect(md).toContain('- Bildungsurlaub in Hessen (bildungsurlaub/HE), Nr. BU-2027-0815: erfüllt die Voraussetzungen nicht');
    expect(md).toContain('| 13:30–16:30 | Fernübung Feedback (online) | Grundlagen der Kommunikation | 4 UE |');
    expect(md).toContain('Abgesagt: s02\n\nNoch zu vereinbaren: nachholtermin\n');
  });
});

describe('toTimetable (CSV)', () => {
  it('writes a row per item and break, numbers as numbers, for German Excel when asked', () => {
    const csv = toTimetable(planned, program, { format: 'csv', agenda: 'from-topics', separator: ';', bom: true });
    expect(csv.startsWith('\uFEFFday;date;weekday;start;end;kind;title;module;topic;minutes;units;mode;location;generated\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1), { delimiter: ';', columns: true }) as Record<(typeof TIMETABLE_CSV_COLUMNS)[number], string>[];
    expect(rows[0]).toEqual({
      day: '1',
      date: '2027-04-05',
      weekday: 'Mo',
      start: '09:30',
      end: '10:15',
      kind: 'teaching',
      title: 'Ankommen und Kennenlernen',
      module: 'Grundlagen der Kommunikation',
      topic: 'Ankommen und Kennenlernen',
      minutes: '45',
      units: '1 UE',
      mode: '',
      location: 'Haus der Vereine, Kassel',
      generated: 'true',
    });
    expect(rows[2]).toMatchObject({ kind: 'break', start: '12:30', end: '13:30', minutes: '' });
    const teaching = rows.filter((r) => r.kind === 'teaching').reduce((sum, r) => sum + Number(r.minutes), 0);
    expect(teaching).toBe(40 * 45);
  });

  it('lists a session\'s modules without an agenda, and keeps formulas from running', () => {
    const offering: Offering = { ...planned, location: '=HYPERLINK("x")' };
    const rows = parseCsv(toTimetable(offering, program, { format: 'csv' }), { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ kind: 'module', start: '09:30', end: '16:30', module: 'Grundlagen der Kommunikation', minutes: '360', location: `'=HYPERLINK("x")` });
    expect(rows[1]).toMatchObject({ kind: 'break', start: '12:30', end: '13:30' });
  });
});
