import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/duration/index.js';
import { effectiveMinutes, listModules } from '../../src/model/module-tree.js';
import type { Module } from '../../src/model/module.js';
import type { Offering } from '../../src/model/offering.js';
import { parseDocument, type CurriculumDocument, type ParseResult } from '../../src/model/parse.js';
import type { Program } from '../../src/model/program.js';

// The bundled examples are real programs (the seeds in DESIGN.md); these tests
// pin the facts the seed texts state, so a schema change that loses one fails.

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');

const files = readdirSync(EXAMPLES)
  .filter((f) => /\.(program|offering)\.(ya?ml|json)$/.test(f))
  .sort();

function parseFile(name: string): ParseResult<CurriculumDocument> {
  return parseDocument(readFileSync(join(EXAMPLES, name), 'utf8'), { filename: `examples/${name}` });
}

const parsed = new Map(files.map((f) => [f, parseFile(f)] as const));

function program(name: string): Program {
  const value = parsed.get(name)?.value;
  if (value?.kind !== 'program') throw new Error(`${name} is not a parsed program`);
  return value;
}

function offering(name: string): Offering {
  const value = parsed.get(name)?.value;
  if (value?.kind !== 'offering') throw new Error(`${name} is not a parsed offering`);
  return value;
}

function moduleById(p: Program, id: string): Module {
  const entry = listModules(p).find((e) => e.module.id === id);
  if (entry === undefined) throw new Error(`no module ${id} in ${p.id}`);
  return entry.module;
}

function minutes(amount: number | string | undefined, unit: Program['unit']): number | undefined {
  if (amount === undefined) return undefined;
  const result = parseDuration(amount, unit);
  return result.ok ? result.minutes : undefined;
}

describe('bundled examples', () => {
  it('finds the documents of every seed', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'ehrenamt-netzwerk.program.yaml',
        'ehrenamt-netzwerk.program.json',
        'kommunale-engagementfoerderung-2022.program.yaml',
        'organisationsberatung-vereine.program.yaml',
        'organisationsberatung-vereine-2022.offering.yaml',
        'lernwerkstatt-engagement-konzepte-2022.offering.yaml',
        'netzwerkmanagement.program.yaml',
        'netzwerkkoordination-nsi-2018-12.offering.yaml',
        'netzwerkmanagement-paritaet-bw-2018-12-08.offering.yaml',
        'netzwerkmanagement-fjs-berlin-2019.offering.yaml',
        'geb-ich-dir-so-gibst-du-mir.program.yaml',
        'geb-ich-dir-so-gibst-du-mir-2013-03-18.offering.yaml',
      ]),
    );
  });

  it.each(files)('%s parses without any diagnostic', (name) => {
    const result = parsed.get(name)!;
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.value).toBeDefined();
  });

  it.each(files.filter((f) => /\.ya?ml$/.test(f)))('%s points editors at the JSON Schema', (name) => {
    const firstLine = readFileSync(join(EXAMPLES, name), 'utf8').split('\n', 1)[0];
    const kind = name.includes('.offering.') ? 'offering' : 'program';
    expect(firstLine).toBe(`# yaml-language-server: $schema=../schema/${kind}.schema.json`);
  });

  it.each(files.filter((f) => f.endsWith('.json')))('%s names its JSON Schema', (name) => {
    const raw = JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8')) as { $schema?: unknown };
    const kind = name.includes('.offering.') ? 'offering' : 'program';
    expect(raw.$schema).toBe(`../schema/${kind}.schema.json`);
  });

  it('uses each document id once, and offerings reference bundled programs', () => {
    const values = [...parsed.entries()]
      .filter(([name]) => !name.endsWith('.json')) // the JSON twin repeats the YAML program
      .map(([, r]) => r.value!);
    const ids = values.map((v) => `${v.kind}:${v.id}`);
    expect(new Set(ids).size).toBe(ids.length);
    const programs = new Map(values.filter((v): v is Program => v.kind === 'program').map((p) => [p.id, p]));
    for (const o of values.filter((v): v is Offering => v.kind === 'offering')) {
      const p = programs.get(o.program);
      expect(p, `${o.id} -> ${o.program}`).toBeDefined();
      if (o.track !== undefined) expect(p!.tracks?.map((t) => t.id)).toContain(o.track);
      const moduleIds = new Set(listModules(p!).map((e) => e.module.id));
      for (const s of o.sessions) {
        for (const m of s.modules ?? []) expect(moduleIds).toContain(typeof m === 'string' ? m : m.module);
      }
    }
    for (const p of programs.values()) {
      for (const e of listModules(p)) {
        if (e.module.program !== undefined) expect(programs.has(e.module.program), e.module.program).toBe(true);
      }
    }
  });
});

describe('seed 000: Ehrenamtliches Engagement im sozialen Netzwerk in der Kommune', () => {
  const p = program('ehrenamt-netzwerk.program.yaml');

  it('is 160 UE over 8 Bausteine of 16/24/24/16/16/24/24/16 UE', () => {
    expect(p.unit).toBe('UE');
    expect(p.modules).toHaveLength(8);
    expect(listModules(p)).toHaveLength(8);
    const perModule = p.modules.map((m) => effectiveMinutes(m, p.unit));
    expect(perModule).toEqual([16, 24, 24, 16, 16, 24, 24, 16].map((ue) => ue * 45));
    const total = minutes(p.hours, p.unit);
    expect(total).toBe(160 * 45);
    expect(perModule.reduce((a, b) => a! + b!, 0)).toBe(total);
    expect(p.modules.some((m) => m.optional === true)).toBe(false);
  });

  it('lists every topic of the seed (6/7/5/5/5/9/5/7)', () => {
    expect(p.modules.map((m) => m.topics?.length)).toEqual([6, 7, 5, 5, 5, 9, 5, 7]);
    expect(moduleById(p, 'organisation').topics).toContain('Abschluss der Weiterbildung');
  });

  it('has three target groups, no admission prerequisites, goals and context', () => {
    expect(p.targetGroups).toHaveLength(3);
    expect(p.admission).toBe('none');
    expect(p.goals?.length).toBeGreaterThan(0);
    expect(p.context).toMatch(/Ich für mich/);
  });

  it('starts with Baustein 1 and ends with Baustein 8', () => {
    expect(p.modules[0]!.requires).toBeUndefined();
    for (const m of p.modules.slice(1, 7)) expect(m.requires).toEqual(['einstieg']);
    expect(p.modules[7]!.requires).toEqual(p.modules.slice(1, 7).map((m) => m.id));
  });

  it('has practice tasks, short talks prepared in pairs and collegial consultation', () => {
    const activities = new Map(p.activities?.map((a) => [a.id, a]));
    expect([...activities.keys()]).toEqual(['praxisaufgaben', 'impulsreferate', 'kollegiale-beratung']);
    expect(activities.get('impulsreferate')!.groupSize).toBe(2);
  });

  it('reads the same from its JSON and YAML variants', () => {
    const json = program('ehrenamt-netzwerk.program.json');
    // `$schema` is a key in JSON and a comment in YAML; everything else matches.
    const { $schema, ...rest } = json;
    expect($schema).toBe('../schema/program.schema.json');
    expect(rest).toEqual(p);
  });
});

describe('seed 001: Kommunale Engagementförderung 2022', () => {
  const p = program('kommunale-engagementfoerderung-2022.program.yaml');
  const course = program('organisationsberatung-vereine.program.yaml');

  it('has three modules and is free of charge, in Schleswig-Holstein', () => {
    expect(p.modules.map((m) => m.id)).toEqual(['lernwerkstatt', 'beratung', 'workshops-vor-ort']);
    expect(p.cost).toBe('free');
    expect(p.year).toBe(2022);
    expect(p.region).toMatch(/Schleswig-Holstein/);
    expect(p.provider?.name).toBe('Kompetenzzentrum Engagement des Paritätischen');
    // No hours are stated anywhere in the seed, so none are invented.
    expect(p.hours).toBeUndefined();
    expect(listModules(p).every((e) => e.module.hours === undefined)).toBe(true);
  });

  it('Modul I: a two-day workshop with four topics, then an optional writing workshop', () => {
    const lernwerkstatt = moduleById(p, 'lernwerkstatt');
    expect(lernwerkstatt.modules?.map((m) => m.id)).toEqual(['fortbildung', 'schreibwerkstatt']);
    expect(lernwerkstatt.participants?.severalPerOrganisation).toBe('welcome');
    const fortbildung = moduleById(p, 'fortbildung');
    expect(fortbildung.sessions).toBe(2);
    expect(fortbildung.topics).toHaveLength(4);
    const writing = listModules(p).find((e) => e.module.id === 'schreibwerkstatt')!;
    expect(writing.module.optional).toBe(true);
    expect(writing.optional).toBe(true);
    expect(writing.module.requires).toEqual(['fortbildung']);
  });

  it('Modul II: consulting by phone, video or on site, half a day of at most 3 hours', () => {
    const beratung = moduleById(p, 'beratung');
    expect(beratung.modes).toEqual(['phone', 'online', 'in-person']);
    expect(minutes(beratung.maxPerSession, p.unit)).toBe(180);
    expect(beratung.sessions).toBe(1);
    expect(beratung.topics).toHaveLength(3);
  });

  it('Modul III: 1 kick-off day plus 1 to 2 follow-ups, and the certificate course', () => {
    expect(moduleById(p, 'auftaktworkshop').sessions).toBe(1);
    expect(moduleById(p, 'folgeworkshops').sessions).toEqual({ min: 1, max: 2 });
    expect(moduleById(p, 'zertifikatskurs').program).toBe(course.id);
  });

  it('the certificate course: 11 modules, free, starting 2022-03-16', () => {
    expect(course.moduleCount).toBe(11);
    expect(course.modules).toEqual([]);
    expect(course.cost).toBe('free');
    const run = offering('organisationsberatung-vereine-2022.offering.yaml');
    expect(run.program).toBe(course.id);
    expect(run.start).toBe('2022-03-16');
    expect(run.state).toBe('SH');
    expect(run.cost).toBe('free');
  });

  it('the Lernwerkstatt dates, 15 and 27 June 2022, were both cancelled with a reason', () => {
    const run = offering('lernwerkstatt-engagement-konzepte-2022.offering.yaml');
    expect(run.program).toBe(p.id);
    expect(run.sessions.map((s) => [s.date, s.status])).toEqual([
      ['2022-06-15', 'cancelled'],
      ['2022-06-27', 'cancelled'],
    ]);
    for (const s of run.sessions) {
      expect(s.modules).toEqual(['lernwerkstatt']);
      expect(s.reason).toMatch(/Geflüchtete/);
      expect(s.time).toBeUndefined(); // the seed gives no times
    }
  });
});

describe('seed 002: Netzwerkmanagement und Netzwerkkoordination', () => {
  const p = program('netzwerkmanagement.program.yaml');

  it('is one design by the Bertelsmann Stiftung with two tracks for two target groups', () => {
    expect(p.designer?.name).toBe('Bertelsmann Stiftung');
    expect(p.targetGroups?.map((g) => g.id)).toEqual(['fuehrungskraefte', 'koordinatoren']);
    expect(p.tracks?.map((t) => [t.id, t.targetGroups])).toEqual([
      ['management', ['fuehrungskraefte']],
      ['koordination', ['koordinatoren']],
    ]);
  });

  it('is run by three providers on different dates', () => {
    const nsi = offering('netzwerkkoordination-nsi-2018-12.offering.yaml');
    const bw = offering('netzwerkmanagement-paritaet-bw-2018-12-08.offering.yaml');
    const berlin = offering('netzwerkmanagement-fjs-berlin-2019.offering.yaml');
    for (const o of [nsi, bw, berlin]) expect(o.program).toBe(p.id);
    expect(new Set([nsi, bw, berlin].map((o) => o.provider?.name)).size).toBe(3);

    expect(nsi.track).toBe('koordination');
    expect(nsi.provider?.name).toBe('Niedersächsisches Studieninstitut');
    expect(nsi.sessions.map((s) => [s.date, s.status])).toEqual([
      ['2018-12-03', 'scheduled'],
      ['2018-12-04', 'scheduled'],
    ]);

    expect(bw.track).toBe('management');
    expect(bw.sessions.map((s) => [s.date, s.status])).toEqual([['2018-12-08', 'scheduled']]);

    expect(berlin.track).toBe('management');
    expect(berlin.location).toBe('Berlin');
    expect(berlin.state).toBe('BE');
    expect(berlin.sessions).toHaveLength(1);
    expect(berlin.sessions[0]!.status).toBe('to-be-agreed');
    expect(berlin.sessions[0]!.date).toBeUndefined();
    expect(berlin.sessions[0]!.note).toMatch(/2019/);
  });
});

describe('seed 004: Workshop "Geb ich Dir - so gibst Du mir"', () => {
  const p = program('geb-ich-dir-so-gibst-du-mir.program.yaml');
  const run = offering('geb-ich-dir-so-gibst-du-mir-2013-03-18.offering.yaml');

  it('is one workshop session on 2013-03-18 moderated by Daniela Noack', () => {
    expect(p.modules.map((m) => m.id)).toEqual(['workshop']);
    expect(run.program).toBe(p.id);
    expect(run.sessions).toHaveLength(1);
    expect(run.sessions[0]).toMatchObject({ date: '2013-03-18', status: 'scheduled', modules: ['workshop'] });
    expect(run.facilitators).toEqual([
      { name: 'Daniela Noack', role: 'Integrationsbeauftragte', task: 'Moderation', organisation: 'Stadt Ahlen' },
    ]);
    expect(run.event).toMatch(/2\. Projektetreffen/);
  });

  it('records the three theses as outcomes', () => {
    expect(run.outcomes).toHaveLength(3);
    expect(run.outcomes?.map((o) => o.title)).toEqual([
      'These 1: Gemeinsame Ziele und offener Austausch',
      'These 2: Pflege des Netzwerkes ist notwendig',
      'These 3: Netzwerke aus Haupt- und Ehrenamt müssen auf Augenhöhe stattfinden',
    ]);
    for (const o of run.outcomes ?? []) expect(o.text?.length).toBeGreaterThan(100);
  });
});

describe('facts that need the finer fields of the model', () => {
  it('000 separates recommendations from admission and wants a mixed group', () => {
    const p = parseDocument(readFileSync(new URL('../../examples/ehrenamt-netzwerk.program.yaml', import.meta.url), 'utf8')).value;
    expect(p?.kind === 'program' && p.admission).toBe('none');
    expect(p?.kind === 'program' && p.expectations).toHaveLength(2);
    expect(p?.kind === 'program' && p.participants?.composition).toEqual(['ehrenamtlich Tätige', 'hauptamtlich Tätige']);
  });

  it('001 modules can be booked on their own; Modul II is half a day, workshops are planned on request', () => {
    const p = parseDocument(readFileSync(new URL('../../examples/kommunale-engagementfoerderung-2022.program.yaml', import.meta.url), 'utf8')).value;
    if (p?.kind !== 'program') throw new Error('not a program');
    expect(p.modules.map((m) => m.standalone)).toEqual([true, true, true]);
    expect(p.modules[1]?.days).toBe(0.5);
    expect(p.modules[2]?.modules?.filter((m) => m.onRequest).map((m) => m.id)).toEqual(['auftaktworkshop', 'folgeworkshops']);
  });

  it('002 Berlin run is planned for 2019 without dates', () => {
    const o = parseDocument(readFileSync(new URL('../../examples/netzwerkmanagement-fjs-berlin-2019.offering.yaml', import.meta.url), 'utf8')).value;
    expect(o?.kind === 'offering' && o.planned).toBe('2019');
  });
});
