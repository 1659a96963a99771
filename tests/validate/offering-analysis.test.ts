import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/model/parse.js';
import { validate } from '../../src/validate/index.js';

// The offering rules share one analysis of the sessions (src/validate/offering-analysis.ts), which
// is laid out for speed on 100,000 sessions and so gets restructured now and then. These varied
// offerings touch every part of it (nested and optional modules, caps, session counts, order,
// shares of plain and `{ module, hours }` entries, sessions still to be agreed, cancelled and
// undated sessions, breaks, clock changes, holidays, stray dates, unknown modules), and their
// findings were recorded before such a change: every code, message, path and place must stay.
// CURRICULA_RECORD=1 records them anew (only after a change that means to alter findings).

// The benchmark's seedable generator (mulberry32; plain JS, so imported by a path the type checker
// does not follow): each seed is one fixed document set.
const generator = '../../bench/generate.mjs';
const { random } = (await import(generator)) as { random(seed: number): () => number };

function variedDocuments(seed: number): { program: string; offering: string } {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const chance = (p: number) => next() < p;
  const ids: string[] = [];
  const module = (id: string, depth: number): Record<string, unknown> => {
    ids.push(id);
    const m: Record<string, unknown> = { id, title: `Modul ${id}` };
    if (chance(0.8)) m.hours = pick([2, 4, 6, 8, '2 2/3', 12, 24, 40]);
    if (chance(0.15)) m.optional = true;
    if (chance(0.2)) m.maxPerSession = pick([2, 3, '1 1/2']);
    if (chance(0.2)) m.sessions = chance(0.5) ? pick([1, 2, 3]) : { min: 1, max: pick([2, 3]) };
    if (chance(0.1)) m.onRequest = true;
    if (chance(0.15) && ids.length > 1) m.requires = [pick(ids.slice(0, -1))];
    if (depth < 2 && chance(0.35)) m.modules = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) => module(`${id}-${i + 1}`, depth + 1));
    return m;
  };
  const modules = Array.from({ length: 12 }, (_, i) => module(`m${i + 1}`, 0));
  if (chance(0.5)) for (const m of modules.slice(0, 4)) m.standalone = true;
  const program = { kind: 'program', id: 'p', title: 'Programm', unit: 'UE', modules };

  const sessions: Record<string, unknown>[] = [];
  // Weekdays from early 2027 on, across the spring clock change, with a few stray and holiday dates.
  let day = Date.UTC(2027, 2, 22);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const count = 20 + 20 * (seed % 6);
  for (let i = 0; i < count; i++) {
    const s: Record<string, unknown> = {};
    if (chance(0.8)) s.id = chance(0.03) && i > 0 ? `s${i}` : `s${i + 1}`;
    const status = chance(0.1) ? 'to-be-agreed' : chance(0.08) ? 'cancelled' : undefined;
    if (status !== undefined) s.status = status;
    if (status !== 'to-be-agreed' || chance(0.5)) {
      s.date = chance(0.02) ? '2029-06-01' : chance(0.03) ? '2027-04-05' : chance(0.02) ? '2027-03-28' : iso(day);
    }
    if (chance(0.9)) {
      s.time = s.date === '2027-03-28' ? '01:00-04:00' : pick(['08:00-09:30', '10:00-11:30', '09:00-16:00', '13:00-17:30', '18:00-19:30']);
      if (s.time === '09:00-16:00' && chance(0.7)) s.breaks = chance(0.8) ? ['12:00-12:45'] : ['12:00-12:45', '17:00-17:30'];
    }
    const entries: unknown[] = [];
    const entryCount = chance(0.1) ? 0 : chance(0.7) ? 1 : chance(0.7) ? 2 : 3;
    for (let k = 0; k < entryCount; k++) {
      const id = chance(0.04) ? 'gibt-es-nicht' : pick(ids);
      entries.push(chance(0.2) ? { module: id, hours: pick([1, 2, '1 1/3', 4, chance(0.1) ? '1 1/2' : 3]) } : id);
    }
    if (entries.length > 0 || chance(0.5)) s.modules = entries;
    sessions.push(s);
    if (chance(0.5)) day += 86_400_000 * (new Date(day).getUTCDay() === 5 ? 3 : 1);
  }
  const offering = { kind: 'offering', id: 'o', program: 'p', timeZone: 'Europe/Berlin', sessions };
  return { program: JSON.stringify(program, null, 1), offering: JSON.stringify(offering, null, 1) };
}

function findings(seed: number): string[] {
  const { program, offering } = variedDocuments(seed);
  const docs = [parseDocument(program, { filename: 'p.json' }), parseDocument(offering, { filename: 'o.json' })];
  return validate(docs).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.path ?? ''} ${d.message}`);
}

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const RECORDED = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'offering-analysis', 'varied.json');

describe('the shared offering analysis', () => {
  it('gives every varied offering exactly the findings recorded', () => {
    const actual = Object.fromEntries(SEEDS.map((seed) => [seed, findings(seed)]));
    if (process.env.CURRICULA_RECORD === '1') writeFileSync(RECORDED, `${JSON.stringify(actual, null, 1)}\n`);
    const recorded = JSON.parse(readFileSync(RECORDED, 'utf8')) as Record<string, string[]>;
    // Every offering rule has something to say in them, or the comparison would prove little.
    const codes = new Set(Object.values(recorded).flat().map((line) => line.split(' ')[2]));
    for (const code of ['offering/coverage', 'offering/session-cap', 'offering/session-count', 'offering/order', 'offering/time-window', 'offering/outlier-date', 'offering/holiday', 'refs/unresolved']) {
      expect(codes).toContain(code);
    }
    expect(actual).toEqual(recorded);
  });
});
