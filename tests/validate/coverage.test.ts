import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSnippet } from './helpers.js';
import { numRuns } from '../setup/runs.js';

// offering/coverage as a provider meets it: an offering of one standalone
// module of a menu program, on-request parts arranged apart, and a module
// whose budget is given only through sessions of its nested modules.

const SEED_001 = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'kommunale-engagementfoerderung-2022.program.yaml'),
  'utf8',
);

/** `path message` of each offering/coverage diagnostic, prefixed with its severity when that is not the rule's error. */
const coverage = (text: string, locale: 'en' | 'de' = 'en') =>
  validateSnippet(text, { locale })
    .filter((d) => d.code === 'offering/coverage')
    .map((d) => `${d.severity === 'error' ? '' : `(${d.severity}) `}${d.path} ${d.message}`);

/** The offering/coverage errors only. */
const coverageErrors = (text: string) => coverage(text).filter((c) => !c.startsWith('('));

const seedOffering = (sessions: string) =>
  `${SEED_001}\n---\nkind: offering\nid: seed-001-run\nprogram: kommunale-engagementfoerderung-2022\nsessions:\n${sessions}`;

describe('offering/coverage when only an optional part is named', () => {
  it('reports the module short at its sessions, not a crash of the rule (found by test:explore)', () => {
    const text = [
      'kind: program\nid: d\ntitle: P\nmodules:\n  - id: a\n    title: A\n    hours: 1\n    modules:\n      - { id: e, title: E, optional: true }\n',
      'kind: offering\nid: o\nprogram: d\nsessions:\n  - { id: s01, date: 2026-01-02, time: "09:00-12:00", modules: [{ module: e, hours: "2 2/3" }] }\n',
    ].join('---\n');
    expect(validateSnippet(text).filter((d) => d.code === 'internal/rule-error')).toEqual([]);
    expect(coverage(text)).toEqual(['/sessions Module "a" needs 1 UE, but the sessions of its nested modules give it 0 UE of teaching time']);
  });
});

describe('offering/coverage with standalone and on-request modules (seed 001)', () => {
  it('accepts an offering of one standalone module of a menu program', () => {
    expect(coverageErrors(seedOffering('  - { date: 2022-06-15, modules: [lernwerkstatt] }\n  - { date: 2022-06-27, modules: [lernwerkstatt] }\n'))).toEqual([]);
    // The modules left out are only noted, in case the offering meant the whole course.
    expect(coverage(seedOffering('  - { date: 2022-06-15, time: "09:00-12:00", modules: [beratung] }\n'))).toEqual([
      '(info) /sessions Module "lernwerkstatt" is not booked by this offering (it books beratung); add sessions if the offering runs the whole course',
      '(info) /sessions Module "workshops-vor-ort" is not booked by this offering (it books beratung); add sessions if the offering runs the whole course',
    ]);
  });

  it('accepts on-request workshops without the certificate course run as its own program', () => {
    expect(coverageErrors(seedOffering('  - { date: 2022-09-01, modules: [auftaktworkshop] }\n  - { date: 2022-10-01, modules: [folgeworkshops] }\n'))).toEqual([]);
    // The kick-off is on request too: a follow-up alone books Modul III, not the kick-off.
    expect(coverageErrors(seedOffering('  - { date: 2022-10-01, modules: [folgeworkshops] }\n'))).toEqual([]);
  });

  it('still requires what a booked standalone module holds', () => {
    const program = `kind: program
id: menu
title: Menu
modules:
  - id: werkstatt
    title: Werkstatt
    standalone: true
    modules:
      - { id: tag-1, title: Tag 1 }
      - { id: tag-2, title: Tag 2 }
      - { id: extra, title: Extra, optional: true }
  - { id: beratung, title: Beratung, standalone: true }
---
kind: offering
id: menu-2027
program: menu
sessions:
  - { date: 2027-06-15, modules: [tag-1] }
`;
    expect(coverage(program)).toEqual([
      '(info) /sessions Module "beratung" is not booked by this offering (it books werkstatt); add sessions if the offering runs the whole course',
      '/sessions Required module "tag-2" is not covered by any session',
    ]);
  });

  it('requires standalone modules when the offering runs the program as a whole', () => {
    const program = `kind: program
id: kurs
title: Kurs
modules:
  - { id: basis, title: Basis }
  - { id: aufbau, title: Aufbau, standalone: true }
  - { id: nachtreffen, title: Nachtreffen, onRequest: true }
---
kind: offering
id: kurs-2027
program: kurs
sessions:
  - { date: 2027-06-15, modules: [basis] }
`;
    expect(coverage(program)).toEqual(['/sessions Required module "aufbau" is not covered by any session']);
    // Naming an on-request module makes it part of the offering, with its budget.
    expect(
      coverage(
        program
          .replace('{ id: nachtreffen, title: Nachtreffen, onRequest: true }', '{ id: nachtreffen, title: Nachtreffen, onRequest: true, hours: 8 }')
          .replace('modules: [basis] }', 'modules: [basis, aufbau] }\n  - { date: 2027-09-01, time: "09:00-12:00", modules: [nachtreffen] }'),
      ),
    ).toEqual(['/sessions/1/modules/0 Module "nachtreffen" needs 8 UE, but its sessions give it 4 UE of teaching time']);
  });
});

describe('offering/coverage of a module given time through its nested modules', () => {
  const program = (parts: string) => `kind: program
id: engagement
title: Engagement
modules:
  - id: lernwerkstatt
    title: Lernwerkstatt
    hours: 24
    modules:
${parts}---
kind: offering
id: engagement-2027
program: engagement
sessions:
  - { date: 2027-06-15, time: "09:30-12:30", modules: [tag-1] }
  - { date: 2027-06-16, time: "09:30-12:30", modules: [tag-2] }
`;

  it("checks the parent's hours when its parts have none", () => {
    const text = program('      - { id: tag-1, title: Erster Tag }\n      - { id: tag-2, title: Zweiter Tag }\n');
    expect(coverage(text)).toEqual([
      '/sessions/1/modules/0 Module "lernwerkstatt" needs 24 UE, but the sessions of its nested modules give it 8 UE of teaching time',
    ]);
    expect(coverage(text, 'de')).toEqual([
      '/sessions/1/modules/0 Modul „lernwerkstatt“ braucht 24 UE, die Termine seiner Teilmodule geben ihm aber nur 8 UE Unterrichtszeit',
    ]);
  });

  it('reports a short part once, not again at the parent its budget adds up to', () => {
    const text = program('      - { id: tag-1, title: Erster Tag, hours: 12 }\n      - { id: tag-2, title: Zweiter Tag, hours: 12 }\n');
    expect(coverage(text)).toEqual([
      '/sessions/0/modules/0 Module "tag-1" needs 12 UE, but its sessions give it 4 UE of teaching time',
      '/sessions/1/modules/0 Module "tag-2" needs 12 UE, but its sessions give it 4 UE of teaching time',
    ]);
  });

  it('reports a shortfall exactly when the parts together get less than the parent needs', () => {
    const session = fc.record({ part: fc.constantFrom('tag-1', 'tag-2'), hours: fc.integer({ min: 1, max: 8 }) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(session, { minLength: 1, maxLength: 6 }), (budget, sessions) => {
        const text = `kind: program
id: p
title: P
unit: h
modules:
  - id: m
    title: M
    hours: ${budget}
    modules: [{ id: tag-1, title: A }, { id: tag-2, title: B }]
---
kind: offering
id: o
program: p
sessions:
${sessions.map((s, i) => `  - { date: 2027-06-${String(i + 1).padStart(2, '0')}, time: "08:00-${String(8 + s.hours).padStart(2, '0')}:00", modules: [${s.part}] }\n`).join('')}`;
        const given = sessions.reduce((sum, s) => sum + s.hours, 0);
        const parts = new Set<string>(sessions.map((s) => s.part));
        const expected = [
          ...(given < budget ? [`Module "m" needs ${budget} h, but the sessions of its nested modules give it ${given} h of teaching time`] : []),
          ...['tag-1', 'tag-2'].filter((p) => !parts.has(p)).map((p) => `Required module "${p}" is not covered by any session`),
        ];
        expect(coverage(text).map((c) => c.replace(/^\S+ /, '')).sort()).toEqual(expected.sort());
      }),
      { numRuns: numRuns(40, 400) },
    );
  });
});

describe('offering/coverage: booking or run of the whole (review 2)', () => {
  const session = (date: string, modules: string, extra = '') =>
    `  - { date: ${date}, time: "09:00-15:45", breaks: ["12:00-12:45"], modules: [${modules}]${extra} }\n`;
  const offering = (sessions: string, track?: string) =>
    `---\nkind: offering\nid: o\nprogram: p\n${track ? `track: ${track}\n` : ''}sessions:\n${sessions}`;

  it('decides a booking from cancelled sessions too: a cancelled session of a non-standalone module still means the whole', () => {
    const program = `kind: program
id: p
title: Zertifikatskurs
modules:
  - { id: einstieg, title: Einstieg, hours: 8, standalone: true }
  - { id: praxis, title: Praxis, hours: 8 }
`;
    const text = program + offering(session('2027-10-01', 'einstieg') + session('2027-10-08', 'praxis', ', status: cancelled, reason: Referentin erkrankt'));
    expect(coverage(text)).toEqual(['/sessions Required module "praxis" (8 UE) is not covered by any session']);
    // A cancelled booking of another standalone module is still what the offering meant to deliver.
    const menu = program.replace('{ id: praxis, title: Praxis, hours: 8 }', '{ id: praxis, title: Praxis, hours: 8, standalone: true }');
    expect(coverage(menu + offering(session('2027-10-01', 'einstieg') + session('2027-10-08', 'praxis', ', status: cancelled')))).toEqual([
      '/sessions Required module "praxis" (8 UE) is not covered by any session',
    ]);
  });

  const threeModules = `kind: program
id: p
title: Zertifikatskurs
tracks:
  - { id: zertifikat, title: Gesamter Zertifikatskurs, modules: [m1, m2, m3] }
modules:
  - { id: m1, title: Modul 1, hours: 8, standalone: true }
  - { id: m2, title: Modul 2, hours: 8, standalone: true }
  - { id: m3, title: Modul 3, hours: 8, standalone: true }
`;

  it("runs the offering's track, never a booking, when it names one", () => {
    expect(coverage(threeModules + offering(session('2027-10-01', 'm1') + session('2027-10-08', 'm2'), 'zertifikat'))).toEqual([
      '/sessions Required module "m3" (8 UE) is not covered by any session',
    ]);
    // A track of standalone modules that leaves out part of one: the track's modules are required, not the rest of it.
    const twoTracks = `kind: program
id: p
title: Netzwerkarbeit
tracks:
  - { id: leitung, title: Für Führungskräfte, modules: [grundlagen, steuerung] }
  - { id: koordination, title: Für Koordinierende, modules: [grundlagen, methoden] }
modules:
  - { id: grundlagen, title: Grundlagen, hours: 8, standalone: true }
  - id: vertiefung
    title: Vertiefung
    standalone: true
    modules:
      - { id: steuerung, title: Steuerung, hours: 8 }
      - { id: methoden, title: Methoden, hours: 8 }
`;
    expect(coverage(twoTracks + offering(session('2027-10-01', 'grundlagen') + session('2027-10-08', 'steuerung'), 'leitung'))).toEqual([]);
  });

  it('notes each standalone module a booking leaves out, once, as info', () => {
    const text = threeModules + offering(session('2027-10-01', 'm1') + session('2027-10-08', 'm2') + session('2027-10-15', 'm1'));
    expect(coverage(text)).toEqual([
      '(info) /sessions Module "m3" is not booked by this offering (it books m1, m2); name the program\'s track, or add sessions, if the offering runs the whole course',
    ]);
    expect(coverage(text, 'de')).toEqual([
      '(info) /sessions Modul „m3“ wird mit dieser Durchführung nicht gebucht (sie bucht m1, m2); nennen Sie den Zweig (track) des Programms oder ergänzen Sie Termine, wenn die Durchführung den ganzen Kurs umfasst',
    ]);
    // Booking all of them leaves nothing to note.
    expect(coverage(threeModules + offering(session('2027-10-01', 'm1') + session('2027-10-08', 'm2') + session('2027-10-15', 'm3')))).toEqual([]);
  });

  it("leaves a parent's budget to hours/nested when all its parts have hours", () => {
    const text = `kind: program
id: p
title: P
modules:
  - id: kurs
    title: Kurs
    hours: 16
    modules:
      - { id: a, title: A, hours: 8 }
      - { id: b, title: B, hours: 8, optional: true }
${offering(session('2027-10-01', 'a'))}`;
    const diagnostics = validateSnippet(text).map((d) => `${d.file} ${d.code}`);
    expect(diagnostics).toContain('snippet-1.yaml hours/nested');
    expect(coverage(text)).toEqual([]);
  });
});
