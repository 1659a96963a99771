import { readFileSync } from 'node:fs';
import { TZDate } from '@date-fns/tz';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv, toIcs, toMarkdown, toYaml } from '../../src/export/index.js';
import { parseOffering, parseProgram } from '../../src/model/parse.js';
import { plan, sessionTeachingMinutes } from '../../src/schedule/index.js';
import { parseIcs, wall } from './ics-helpers.js';

const program = parseProgram(readFileSync(new URL('../../examples/ehrenamt-netzwerk.program.yaml', import.meta.url), 'utf8')).value!;
// Fridays, every other week, from March to December 2027: across both DST changes (28 March, 31 October).
const result = plan(program, { id: 'ehrenamt-2027', start: '2027-03-19', weekdays: ['fri'], minGapDays: 13, state: 'BW' });
const offering = result.offering!;

describe('exports of a planned offering', () => {
  it('plans across both DST changes', () => {
    expect(result.ok).toBe(true);
    const dates = offering.sessions.map((s) => s.date!);
    expect(dates.some((d) => d < '2027-03-28')).toBe(true);
    expect(dates.some((d) => d > '2027-03-28' && d < '2027-10-31')).toBe(true);
    expect(dates.some((d) => d > '2027-10-31')).toBe(true);
  });

  it('ICS: ical.js reads the same local start and end for every event, and the right instants', () => {
    const { events } = parseIcs(toIcs(offering, program));
    expect(events).toHaveLength(offering.sessions.length);
    events.forEach((e, i) => {
      const s = offering.sessions[i]!;
      const [from, to] = s.time!.split('-') as [string, string];
      expect(wall(e.start)).toBe(`${s.date} ${from}`);
      expect(wall(e.end)).toBe(`${s.date} ${to}`);
      expect(e.startTzid).toBe('Europe/Berlin');
      expect(e.endTzid).toBe('Europe/Berlin');
      const [y, m, d] = s.date!.split('-').map(Number) as [number, number, number];
      const [hh, mm] = from.split(':').map(Number) as [number, number];
      expect(e.start.toJSDate().getTime()).toBe(new TZDate(y, m - 1, d, hh, mm, 'Europe/Berlin').getTime());
    });
  });

  it('ICS: a re-planned offering keeps its UIDs', () => {
    const later = plan(program, { id: 'ehrenamt-2027', start: '2027-04-05', weekdays: ['mon'], minGapDays: 6, state: 'BW' }).offering!;
    const before = parseIcs(toIcs(offering, program)).events.map((e) => e.uid);
    const after = parseIcs(toIcs(later, program)).events.map((e) => e.uid);
    expect(after.slice(0, before.length)).toEqual(before.slice(0, after.length));
  });

  it('CSV: teaching time as the planner counts it', () => {
    const rows = parseCsv(toCsv(offering, program, { separator: ';', bom: true }), { delimiter: ';', bom: true }) as string[][];
    expect(rows).toHaveLength(offering.sessions.length + 1);
    rows.slice(1).forEach((r, i) => {
      expect(r[CSV_COLUMNS.indexOf('teaching_minutes')]).toBe(String(sessionTeachingMinutes(offering.sessions[i]!)));
    });
  });

  it('Markdown: every module planned in full, and why these dates', () => {
    const md = toMarkdown(offering, program, { explanation: result.explanation });
    const overview = md.slice(md.indexOf('## Bausteine im Überblick'), md.indexOf('## Warum diese Termine'));
    const rows = overview.split('\n').filter((l) => l.startsWith('| ')).slice(2);
    expect(rows.length).toBe(program.modules.length);
    for (const row of rows) {
      const [, hours, planned] = row.split(' | ');
      expect(planned).toBe(hours);
    }
    expect(md).toContain('## Warum diese Termine');
    expect(md).toContain('- Fr, 19.03.2027 — Einstieg in die Netzwerkarbeit: der Beginn 19.03.2027 ist ein nutzbarer Tag');
  });

  it('YAML: loads back with no diagnostics and equal values', () => {
    const back = parseOffering(toYaml(offering));
    expect(back.diagnostics).toEqual([]);
    expect(back.value).toEqual(offering);
  });
});
