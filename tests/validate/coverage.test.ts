import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSnippet } from './helpers.js';

// offering/coverage as a provider meets it: an offering of one standalone
// module of a menu program, on-request parts arranged apart, and a module
// whose budget is given only through sessions of its nested modules.

const SEED_001 = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'kommunale-engagementfoerderung-2022.program.yaml'),
  'utf8',
);

/** `path message` of each offering/coverage diagnostic. */
const coverage = (text: string, locale: 'en' | 'de' = 'en') =>
  validateSnippet(text, { locale })
    .filter((d) => d.code === 'offering/coverage')
    .map((d) => `${d.path} ${d.message}`);

const seedOffering = (sessions: string) =>
  `${SEED_001}\n---\nkind: offering\nid: seed-001-run\nprogram: kommunale-engagementfoerderung-2022\nsessions:\n${sessions}`;

describe('offering/coverage with standalone and on-request modules (seed 001)', () => {
  it('accepts an offering of one standalone module of a menu program', () => {
    expect(coverage(seedOffering('  - { date: 2022-06-15, modules: [lernwerkstatt] }\n  - { date: 2022-06-27, modules: [lernwerkstatt] }\n'))).toEqual([]);
    expect(coverage(seedOffering('  - { date: 2022-06-15, time: "09:00-12:00", modules: [beratung] }\n'))).toEqual([]);
  });

  it('accepts on-request workshops without the certificate course run as its own program', () => {
    expect(coverage(seedOffering('  - { date: 2022-09-01, modules: [auftaktworkshop] }\n  - { date: 2022-10-01, modules: [folgeworkshops] }\n'))).toEqual([]);
    // The kick-off is on request too: a follow-up alone books Modul III, not the kick-off.
    expect(coverage(seedOffering('  - { date: 2022-10-01, modules: [folgeworkshops] }\n'))).toEqual([]);
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
    expect(coverage(program)).toEqual(['/sessions Required module "tag-2" is not covered by any session']);
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
      '/sessions/0/modules/0 Module "lernwerkstatt" needs 24 UE, but the sessions of its nested modules give it 8 UE of teaching time',
    ]);
    expect(coverage(text, 'de')).toEqual([
      '/sessions/0/modules/0 Modul „lernwerkstatt“ braucht 24 UE, die Termine seiner Teilmodule geben ihm aber nur 8 UE Unterrichtszeit',
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
      { numRuns: 100 },
    );
  });
});
