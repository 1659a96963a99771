// Documents the page tests share: the bundled examples, seed 000 planned as
// `npm start` plans it, that plan with a cancelled session and sessions to be
// agreed, and a program with tracks, optional and nested modules.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument, parseOffering, parseProgram } from '../../src/model/parse.js';
import type { Offering } from '../../src/model/offering.js';
import type { Program } from '../../src/model/program.js';
import { plan } from '../../src/schedule/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(ROOT, 'examples');

function program(text: string, filename: string): Program {
  const result = parseProgram(text, { filename });
  if (result.value === undefined) throw new Error(`${filename} does not parse: ${JSON.stringify(result.diagnostics)}`);
  return result.value;
}

/** Seed 000, Ehrenamtliches Engagement im sozialen Netzwerk in der Kommune (8 modules, 160 UE). */
export const seed000: Program = program(readFileSync(join(EXAMPLES, 'ehrenamt-netzwerk.program.yaml'), 'utf8'), 'ehrenamt-netzwerk.program.yaml');

/** Seed 000 planned from 2027-01-04 in Baden-Württemberg, as `npm start` does. */
export const seed000Plan: Offering = (() => {
  const result = plan(seed000, { start: '2027-01-04', state: 'BW' });
  if (result.offering === undefined) throw new Error('seed 000 does not plan');
  return result.offering;
})();

/** The plan with a place, a facilitator, one session cancelled, one to be agreed on its date, and one still without a date. */
export const seed000Run: Offering = (() => {
  const offering = structuredClone(seed000Plan);
  offering.location = 'Hauptstr. 28, 70563 Stuttgart';
  offering.facilitators = [{ name: 'Dr. Anna Beispiel', role: 'Referentin' }];
  offering.sessions[3] = { ...offering.sessions[3]!, status: 'cancelled', reason: 'Referentin erkrankt' };
  offering.sessions[7] = { ...offering.sessions[7]!, status: 'to-be-agreed' };
  offering.sessions.push({ status: 'to-be-agreed', modules: ['organisation'], note: 'Nachholtermin' });
  return offering;
})();

/** Every bundled example program and offering, parsed. */
export const examples: { file: string; programs: Program[]; offerings: Offering[] } = (() => {
  const programs: Program[] = [];
  const offerings: Offering[] = [];
  for (const file of readdirSync(EXAMPLES).filter((f) => /\.(program|offering)\.yaml$/.test(f)).sort()) {
    const value = parseDocument(readFileSync(join(EXAMPLES, file), 'utf8'), { filename: file }).value;
    if (value?.kind === 'program') programs.push(value);
    if (value?.kind === 'offering') offerings.push(value);
  }
  return { file: EXAMPLES, programs, offerings };
})();

/** A program with two tracks, a shared core, an optional module, nested modules and a prerequisite that skips a layer. */
export const tracked: Program = program(
  `kind: program
id: jugendleitung
title: Jugendleitung und Vereinsarbeit
language: en
unit: UE
hours: 48
provider: { name: Bildungswerk Beispiel e.V., url: https://bildungswerk.example }
description: A course for youth leaders and club staff.
modes: [in-person]
cost: { amount: 120, currency: EUR, per: participant }
certificate: { title: Juleica, issuer: Landesjugendring, validYears: 3, renewal: { hours: 8, withinYears: 3 } }
recognitions: [{ profile: juleica, number: "J-2027-1" }]
admission: { allOf: [{ minAge: 16 }, { certificate: { title: First aid, hours: 9, maxAgeYears: 2 } }] }
targetGroups: [{ id: jugend, title: Youth leaders }, { id: verein, title: Club staff }]
tracks:
  - { id: jugend, title: Youth work, targetGroups: [jugend], modules: [basics, games, law, reflection] }
  - { id: verein, title: Club work, targetGroups: [verein], modules: [basics, money, law, reflection] }
modules:
  - id: basics
    title: Basics of youth work
    hours: 16
    topics: [{ title: Roles, hours: "10 2/3" }, { title: Groups, hours: "5 1/3" }]
  - { id: games, title: Games and methods, hours: 8, requires: [basics] }
  - { id: money, title: Money and funding, hours: 8, requires: [basics] }
  - id: law
    title: Law and duty of care
    hours: 8
    requires: [games]
    modules:
      - { id: law-a, title: Duty of care, hours: 4 }
      - { id: law-b, title: Data protection, hours: 4, requires: [law-a] }
  - { id: reflection, title: Reflection, hours: 8, requires: [basics, law] }
  - { id: writing, title: Writing workshop, hours: 4, optional: true, requires: [reflection] }
`,
  'jugendleitung.program.yaml',
);

/** An offering of {@link tracked}: two dated sessions across the change to summer time, one online. */
export const trackedRun: Offering = (() => {
  const result = parseOffering(
    `kind: offering
id: jugendleitung-2027
program: jugendleitung
track: jugend
state: BY
location: Jugendhaus, Hauptstr. 1, 80331 München
facilitators: [{ name: Kim Muster, role: Trainer }]
sessions:
  - { date: 2027-03-26, time: "09:00-17:00", breaks: ["12:30-13:30"], modules: [basics] }
  - { date: 2027-03-29, time: "09:00-17:00", breaks: ["12:30-13:30"], modules: [games], mode: online }
  - { date: 2027-04-01, time: "09:00-13:00", modules: [law], status: cancelled, reason: Room flooded }
`,
    { filename: 'jugendleitung-2027.offering.yaml' },
  );
  if (result.value === undefined) throw new Error(JSON.stringify(result.diagnostics));
  return result.value;
})();

/** Parses a program written inline in a test. */
export function inlineProgram(text: string): Program {
  return program(text, 'inline.program.yaml');
}
