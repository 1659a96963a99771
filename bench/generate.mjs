// Benchmark inputs: valid curriculum programs that look like real ones
// (nested modules, topics with and without hours, fractional budgets such
// as "2 2/3", prerequisites, optional modules, a track), generated from a
// fixed seed so every run measures the same documents.
//
// Every declared total equals the exact sum of its parts, so the validator
// has nothing to report: the benchmark measures the happy path, which is
// what CI sees most of the time.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** Small, fast, seedable PRNG (mulberry32); tests that need a fixed document set take it too. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'Netzwerk Ehrenamt Kommune Beratung Moderation Konflikt Projekt Planung Evaluation Öffentlichkeit Finanzierung ' +
  'Kooperation Leitung Team Gespräch Methoden Praxis Reflexion Qualität Recht Verein Engagement Bürger Freiwillige ' +
  'Kommunikation Steuerung Anerkennung Förderung Zielgruppe Sozialraum Inklusion Vielfalt Partizipation Wirkung'
).split(' ');

// Leaf budgets in thirds of a teaching unit: exact in minutes (1/3 UE = 15 min).
const LEAF_THIRDS = [12, 24, 8, 16, 18, 6, 4, 9, 10, 3, 20];

/** Thirds of a UE as a document writes them: 8, "2 2/3", "1/3". */
function amount(thirds) {
  const whole = Math.floor(thirds / 3);
  const rest = thirds % 3;
  if (rest === 0) return whole;
  return whole === 0 ? `${rest}/3` : `${whole} ${rest}/3`;
}

class ProgramBuilder {
  constructor(seed, prefix, maxDepth, maxTopics) {
    this.next = random(seed);
    this.prefix = prefix;
    this.maxDepth = maxDepth;
    this.maxTopics = maxTopics;
    this.count = 0;
  }

  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }

  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  words(n) {
    return Array.from({ length: n }, () => this.pick(WORDS)).join(' ');
  }

  /** A module and its exact budget in thirds of a UE. */
  module(depth, maxDepth) {
    const id = `${this.prefix}${++this.count}`;
    const base = { id, title: `${this.words(3)} ${this.count}` };
    if (this.next() < 0.5) base.description = `${this.words(12)}.`;
    if (depth < maxDepth && this.next() < 0.6) {
      const children = Array.from({ length: this.int(2, 4) }, () => this.module(depth + 1, maxDepth));
      const thirds = children.reduce((sum, c) => sum + c.thirds, 0);
      return { thirds, module: { ...base, hours: amount(thirds), modules: children.map((c) => c.module) } };
    }
    const thirds = this.pick(LEAF_THIRDS);
    const module = { ...base, hours: amount(thirds) };
    const topics = this.int(1, this.maxTopics);
    if (this.next() < 0.4) {
      // Topics with hours that add up exactly to the module's budget.
      const parts = Array.from({ length: topics }, () => 0);
      for (let i = 0; i < thirds; i++) parts[i % topics] += 1;
      module.topics = parts
        .filter((p) => p > 0)
        .map((p) => ({ title: this.words(4), hours: amount(p), ...(this.next() < 0.3 ? { description: this.words(8) } : {}) }));
    } else {
      module.topics = Array.from({ length: topics }, () => this.words(this.int(3, 7)));
    }
    return { thirds, module };
  }

  /** Top-level modules until `enough(modules)`; some optional, some with prerequisites. */
  program(id, enough) {
    const modules = [];
    let required = 0;
    const requiredIds = [];
    while (!enough(modules)) {
      const { thirds, module } = this.module(1, this.maxDepth);
      // Optional modules are never required by others; required ones may require earlier required ones.
      if (modules.length > 2 && this.next() < 0.1) {
        module.optional = true;
      } else {
        if (requiredIds.length > 0 && this.next() < 0.3) module.requires = [this.pick(requiredIds)];
        required += thirds;
        requiredIds.push(module.id);
      }
      modules.push(module);
    }
    const trackModules = requiredIds.filter((_, i) => i % 2 === 0);
    const trackThirds = modules
      .filter((m) => trackModules.includes(m.id))
      .reduce((sum, m) => sum + thirdsOf(m.hours), 0);
    return {
      kind: 'program',
      id,
      title: `Weiterbildung ${this.words(4)}`,
      description: `${this.words(this.maxTopics * 5)}.`,
      language: 'de',
      unit: 'UE',
      hours: amount(required),
      targetGroups: [
        { id: 'fachkraefte', title: 'Mitarbeitende in Einrichtungen der sozialen Arbeit' },
        { id: 'ehrenamtliche', title: 'Ehrenamtlich Engagierte' },
      ],
      tracks: [{ id: 'kompakt', title: 'Kompaktkurs', targetGroups: ['ehrenamtliche'], modules: trackModules, hours: amount(trackThirds) }],
      admission: { team: [{ role: 'hauptamtlich' }, { role: 'ehrenamtlich' }] },
      modules,
      activities: [{ id: 'impulsreferate', title: 'Impulsreferate', groupSize: 2 }],
    };
  }
}

function thirdsOf(hours) {
  if (typeof hours === 'number') return hours * 3;
  const m = /^(?:(\d+) )?(\d)\/3$/.exec(hours);
  if (m === null) throw new Error(`unexpected amount ${hours}`);
  return Number(m[1] ?? 0) * 3 + Number(m[2]);
}

/**
 * One large program whose pretty-printed JSON is at least `bytes` long
 * (hundreds of modules), with its JSON and YAML text.
 */
export function largeProgram(bytes = 1_000_000, seed = 2027) {
  const builder = new ProgramBuilder(seed, 'm', 3, 6);
  // Size is checked every 25 modules; stringify of the whole is too slow to do per module.
  let size = 0;
  const value = builder.program('gross', (modules) => {
    if (modules.length % 25 !== 0 || modules.length === 0) return false;
    size = JSON.stringify(modules, null, 2).length;
    return size >= bytes;
  });
  return { value, json: `${JSON.stringify(value, null, 2)}\n`, yaml: stringify(value) };
}

/** `count` small programs (a handful of modules each), as JSON and YAML texts. */
export function smallPrograms(count = 1000, seed = 1) {
  return Array.from({ length: count }, (_, i) => {
    const builder = new ProgramBuilder(seed + i, 'm', 2, 4);
    const target = builder.int(2, 5);
    const value = builder.program(`programm-${i + 1}`, (modules) => modules.length >= target);
    return { value, json: `${JSON.stringify(value, null, 2)}\n`, yaml: stringify(value) };
  });
}

/** Writes the small programs to `<dir>/json/*.json` and `<dir>/yaml/*.yaml`. */
export function writeSmallPrograms(dir, programs) {
  const out = { json: join(dir, 'json'), yaml: join(dir, 'yaml') };
  for (const d of Object.values(out)) {
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d, { recursive: true });
  }
  programs.forEach((p, i) => {
    const name = `programm-${String(i + 1).padStart(4, '0')}`;
    writeFileSync(join(out.json, `${name}.json`), p.json);
    writeFileSync(join(out.yaml, `${name}.yaml`), p.yaml);
  });
  return {
    ...out,
    jsonFiles: readdirSync(out.json).map((f) => join(out.json, f)),
    yamlFiles: readdirSync(out.yaml).map((f) => join(out.yaml, f)),
  };
}

/**
 * A program and one offering of it with `sessions` sessions, as JSON texts:
 * four 90-minute sessions (2 UE each) on every weekday that `isHoliday`
 * (date → boolean, the nationwide holidays) does not name, from
 * 2000-01-03 on, ten sessions per module in order, so that every module is
 * covered exactly and nothing is reported. 100,000 sessions are about
 * 6 MB of JSON and reach into the 2090s.
 */
export function largeOffering(sessions = 100_000, isHoliday = () => false) {
  const perModule = 10;
  const slots = ['08:00-09:30', '10:00-11:30', '12:30-14:00', '14:30-16:00'];
  const list = [];
  let day = Date.UTC(2000, 0, 3);
  while (list.length < sessions) {
    const at = new Date(day);
    const weekday = at.getUTCDay();
    const date = at.toISOString().slice(0, 10);
    if (weekday !== 0 && weekday !== 6 && !isHoliday(date)) {
      for (const time of slots) {
        if (list.length >= sessions) break;
        list.push({ id: `s${list.length + 1}`, date, time, modules: [`m${Math.floor(list.length / perModule) + 1}`] });
      }
    }
    day += 86_400_000;
  }
  const modules = Array.from({ length: Math.ceil(sessions / perModule) }, (_, i) => ({ id: `m${i + 1}`, title: `Modul ${i + 1}`, hours: 2 * perModule }));
  const program = { kind: 'program', id: 'gross', title: 'Weiterbildung', unit: 'UE', modules };
  const offering = { kind: 'offering', id: 'gross-2000', program: 'gross', timeZone: 'Europe/Berlin', location: 'Hauptstr. 28, 70563 Stuttgart', sessions: list };
  return { program: JSON.stringify(program), offering: JSON.stringify(offering) };
}
