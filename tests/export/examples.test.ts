import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv, toIcs, toJson, toMarkdown, toYaml } from '../../src/export/index.js';
import type { Program } from '../../src/model/program.js';
import { parseOffering, parseProgram } from '../../src/model/parse.js';
import { parseIcs, wall } from './ics-helpers.js';

const dir = new URL('../../examples/', import.meta.url);
const files = readdirSync(dir).sort();
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

const programs = new Map<string, Program>();
for (const name of files.filter((f) => f.endsWith('.program.yaml'))) {
  const r = parseProgram(read(name), { filename: name });
  if (r.value) programs.set(r.value.id, r.value);
}

describe('exports of the shipped examples', () => {
  for (const name of files.filter((f) => f.endsWith('.offering.yaml'))) {
    const parsed = parseOffering(read(name), { filename: name });
    const offering = parsed.value!;
    const program = programs.get(offering.program)!;

    it(`${name}: YAML and JSON load back equal and without diagnostics`, () => {
      expect(offering).toBeDefined();
      for (const text of [toYaml(offering), toJson(offering)]) {
        const back = parseOffering(text);
        expect(back.diagnostics).toEqual([]);
        expect(back.value).toEqual(offering);
      }
    });

    it(`${name}: ICS, CSV and Markdown agree with the sessions`, () => {
      const dated = offering.sessions.filter((s) => s.status !== 'to-be-agreed' && s.date);
      const { events } = parseIcs(toIcs(offering, program));
      expect(events).toHaveLength(dated.length);
      events.forEach((e, i) => {
        const s = dated[i]!;
        if (s.time) {
          expect(wall(e.start)).toBe(`${s.date} ${s.time.slice(0, 5)}`);
          expect(e.startTzid).toBe(offering.timeZone);
        } else expect(e.start.toString()).toBe(s.date);
        expect(e.status).toBe(s.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
      });
      const rows = parseCsv(toCsv(offering, program, { separator: ';', bom: true, header: 'keys' }), { delimiter: ';', bom: true }) as string[][];
      expect(rows).toHaveLength(offering.sessions.length + 1);
      expect(rows[0]).toEqual([...CSV_COLUMNS]);
      const md = toMarkdown(offering, program);
      expect(md.startsWith('# ')).toBe(true);
      const tableRows = md.split('\n').filter((l) => l.startsWith('| ') && /\| \d{2}\.\d{2}\.\d{4} \||, \d{2}\.\d{2}\.\d{4} \|/.test(l));
      expect(tableRows).toHaveLength(dated.length);
    });
  }
});
