// Where the time goes in one benchmark case: a CPU profile of the built
// package (the same data bench/run.mjs uses), summarised as the functions
// and files with the most self time. Saves the raw profile for Chrome
// DevTools or speedscope as bench/.cache/<case>.cpuprofile.
//
//   node bench/profile.mjs <case> [seconds]
//   cases: json-large, yaml-large, json-small, yaml-small, offering, plan-1000, plan-10000
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { largeOffering, largeProgram, smallPrograms } from './generate.mjs';

const root = resolve(import.meta.dirname, '..');
const [name = 'json-large', seconds = '5'] = process.argv.slice(2);
const distDir = process.env.CURRICULA_BENCH_DIST ? resolve(process.env.CURRICULA_BENCH_DIST) : join(root, 'dist');
const api = await import(pathToFileURL(join(distDir, 'index.js')).href);

const check = (text, filename) =>
  typeof api.validate === 'function'
    ? api.validate(api.parseDocument(text, { filename }))
    : api.parseDocument(text, { filename }).diagnostics;

function planCase(sessions) {
  const modules = Array.from({ length: sessions }, (_, i) => ({ id: `m${i + 1}`, title: `Modul ${i + 1}`, hours: 8 }));
  const program = api.parseProgram(JSON.stringify({ kind: 'program', id: 'p', title: 'P', hours: 8 * sessions, modules })).value;
  return () => api.plan(program, { start: '2027-01-04', state: 'BE' });
}

const cases = {
  'json-large': () => {
    const { json } = largeProgram();
    return () => check(json, 'large.json');
  },
  'yaml-large': () => {
    const { yaml } = largeProgram();
    return () => check(yaml, 'large.yaml');
  },
  'json-small': () => {
    const texts = smallPrograms(1000).map((p) => p.json);
    return () => texts.forEach((t) => check(t, 'p.json'));
  },
  'yaml-small': () => {
    const texts = smallPrograms(1000).map((p) => p.yaml);
    return () => texts.forEach((t) => check(t, 'p.yaml'));
  },
  offering: () => {
    // The bench row's input: 100,000 sessions, the program parsed once outside the timed call.
    const holidays = new Set(api.holidaysBetween('2000-01-01', '2120-12-31', {}).map((h) => h.date));
    const { program, offering } = largeOffering(100_000, (date) => holidays.has(date));
    const programDoc = api.parseDocument(program, { filename: 'gross.program.json' });
    return () => api.validate([programDoc, api.parseDocument(offering, { filename: 'gross.offering.json' })]);
  },
  'plan-1000': () => planCase(1000),
  'plan-10000': () => planCase(10000),
};
if (!(name in cases)) {
  console.error(`unknown case ${name}; cases: ${Object.keys(cases).join(', ')}`);
  process.exit(2);
}
const run = cases[name]();
run(); // warm up: first-call compilation is not the steady state

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const until = performance.now() + Number(seconds) * 1000;
let iterations = 0;
while (performance.now() < until) {
  run();
  iterations++;
}
const { profile } = await session.post('Profiler.stop');
session.disconnect();
const out = join(root, 'bench', '.cache', `${name}.cpuprofile`);
writeFileSync(out, JSON.stringify(profile));

// Self time per node: samples x interval, attributed by timeDeltas.
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const where = (frame) => {
  if (!frame.url) return `(${frame.functionName || 'native'})`;
  const file = frame.url.startsWith('file:') ? relative(root, fileURLToPath(frame.url)) : frame.url;
  return `${file}:${frame.lineNumber + 1}`;
};
const fns = new Map();
const files = new Map();
for (const [id, us] of self) {
  const frame = byId.get(id).callFrame;
  const key = `${frame.functionName || '(anonymous)'}  ${where(frame)}`;
  fns.set(key, (fns.get(key) ?? 0) + us);
  const file = frame.url ? where(frame).replace(/:\d+$/, '') : where(frame);
  files.set(file, (files.get(file) ?? 0) + us);
}
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
console.log(`${name}: ${iterations} iterations, ${(total / 1000 / iterations).toFixed(2)} ms each (profiled)\n`);
console.log('self time by file:');
for (const [k, v] of [...files].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${pct(v)}  ${k}`);
console.log('\nself time by function:');
for (const [k, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${pct(v)}  ${k}`);
console.log(`\nprofile: ${relative(root, out)}`);
