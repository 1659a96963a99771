import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionUid, toIcs } from '../../src/export/index.js';
import { parseOffering, parseProgram } from '../../src/model/parse.js';
import { defaultOfferingId, plan } from '../../src/schedule/index.js';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const program = parseProgram(readFileSync(join(EXAMPLES, 'ehrenamt-netzwerk.program.yaml'), 'utf8')).value!;

const uidsOf = (ics: string) => [...ics.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]!);

describe('the offering id plan() gives', () => {
  it('is the program id and the requested start, one per cohort', () => {
    const spring = plan(program, { start: '2027-03-01', state: 'BW' }).offering!;
    const autumn = plan(program, { start: '2027-09-06', state: 'BW' }).offering!;
    expect(spring.id).toBe('ehrenamt-netzwerk-2027-03-01');
    expect(autumn.id).toBe('ehrenamt-netzwerk-2027-09-06');
    expect(plan(program, { start: '2027-09-06', id: 'herbst', state: 'BW' }).offering!.id).toBe('herbst');
  });

  it('stays when the same request is planned again around new blackouts, even across a new year', () => {
    const first = plan(program, { start: '2027-12-20', state: 'BW' }).offering!;
    const again = plan(program, { start: '2027-12-20', state: 'BW', blackouts: [{ from: '2027-12-20', to: '2028-01-07' }] }).offering!;
    expect(first.sessions[0]!.date).toBe('2027-12-20');
    expect(again.sessions[0]!.date!.startsWith('2028-')).toBe(true);
    expect(again.id).toBe(first.id);
    expect(uidsOf(toIcs(again, program))).toEqual(uidsOf(toIcs(first, program)));
  });

  it('is never longer than an identifier may be', () => {
    const long = 'p'.repeat(200);
    expect(defaultOfferingId(long, '2027-03-01')).toHaveLength(200);
    expect(defaultOfferingId(long, '2027-03-01').endsWith('-2027-03-01')).toBe(true);
  });
});

describe('UIDs across offerings', () => {
  it('never collide: every example offering and two cohorts of one program planned in the same year', () => {
    const offerings = [
      ...['geb-ich-dir-so-gibst-du-mir-2013-03-18', 'lernwerkstatt-engagement-konzepte-2022', 'netzwerkkoordination-nsi-2018-12', 'netzwerkmanagement-fjs-berlin-2019', 'netzwerkmanagement-paritaet-bw-2018-12-08', 'organisationsberatung-vereine-2022'].map(
        (name) => parseOffering(readFileSync(join(EXAMPLES, `${name}.offering.yaml`), 'utf8')).value!,
      ),
      plan(program, { start: '2027-03-01', state: 'BW' }).offering!,
      plan(program, { start: '2027-09-06', state: 'BW' }).offering!,
    ];
    const all = offerings.flatMap((o) => o.sessions.map((s, i) => sessionUid(o, s, i)));
    expect(all.length).toBeGreaterThan(40);
    expect(new Set(all).size).toBe(all.length);
    // What the calendars carry, too.
    const written = offerings.flatMap((o) => uidsOf(toIcs(o, program)));
    expect(new Set(written).size).toBe(written.length);
  });
});
