// `npm run bench`: speed and size of the built package, each figure a ratio
// to a baseline measured in the same run on the same machine, so the
// figures say something on any machine. Writes bench/RESULTS.md and prints it.
//
//   node bench/run.mjs            full run (a few minutes)
//   node bench/run.mjs --quick    shorter time budgets, fewer spawns (rough figures)
//   node bench/run.mjs --only=yaml,cli   only the sections whose name contains a word
//
// In-process figures come from tinybench (median latency); process figures
// from repeated spawns of ours and the baseline, interleaved, median taken.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020.js';
import { build } from 'esbuild';
import { Bench } from 'tinybench';
import { BUNDLE_OPTIONS } from './bundle-tools.mjs';
import { largeOffering, largeProgram, smallPrograms, writeSmallPrograms } from './generate.mjs';

const root = resolve(import.meta.dirname, '..');
const cache = join(root, 'bench', '.cache');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (section) => only === undefined || only.some((w) => section.includes(w));

// CURRICULA_BENCH_DIST measures a build elsewhere (e.g. while dist/ is being rebuilt by others).
const distDir = process.env.CURRICULA_BENCH_DIST ? resolve(process.env.CURRICULA_BENCH_DIST) : join(root, 'dist');
const dist = join(distDir, 'index.js');
const cli = join(distDir, 'cli.cjs');
const specifier = distDir === join(root, 'dist') ? 'curricula' : pathToFileURL(dist).href;
if (!existsSync(dist)) {
  console.error('dist/index.js is missing: run `npm run bench` (it builds first) or `npm run build`.');
  process.exit(1);
}
const api = await import(dist);
mkdirSync(cache, { recursive: true });

// The js-yaml baseline is the build the package itself loads: its Node entry requires js-yaml
// on first use, from beside dist/, which resolves to js-yaml's CommonJS build (the `require`
// condition). Its ESM build (what `import 'js-yaml'` gives) is a different file and was slower.
const requireFromDist = createRequire(join(distDir, 'index.cjs'));
let jsyamlModule;
// js-yaml's ESM build, what bench/run.mjs measured before: kept as a report row, so that figures
// can be compared with earlier runs.
const jsyamlEsm = await import('js-yaml');
/** js-yaml as the package loads it, checked to be the very file in the package's module cache. */
function jsYamlBaseline() {
  if (jsyamlModule === undefined) {
    const file = requireFromDist.resolve('js-yaml');
    api.parseDocument('a: 1\n', { filename: 'probe.yaml' }); // the first YAML text loads it
    check(requireFromDist.cache[file] !== undefined, `the package did not load js-yaml from ${file}`);
    jsyamlModule = requireFromDist(file);
  }
  return jsyamlModule;
}

/** @type {{ section: string; name: string; ours: string; baseline: string; ratio: number | undefined; target: string; met: boolean | undefined; note?: string }[]} */
const rows = [];
const notes = [];

// ---------------------------------------------------------------- helpers

const ms = (x) =>
  x >= 100 ? `${x.toFixed(0)} ms` : x >= 10 ? `${x.toFixed(1)} ms` : x >= 1 ? `${x.toFixed(2)} ms` : x >= 0.01 ? `${(x * 1000).toFixed(0)} µs` : `${(x * 1000).toFixed(2)} µs`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const fmtRatio = (r) => (r === undefined ? '–' : r >= 100 ? `${r.toFixed(0)}×` : r >= 10 ? `${r.toFixed(1)}×` : `${r.toFixed(2)}×`);

function row(section, name, ours, baseline, ratio, target, met, note) {
  rows.push({ section, name, ours, baseline, ratio, target, met, ...(note ? { note } : {}) });
  const flag = met === undefined ? ' ' : met ? '✔' : '✖';
  console.log(`${flag} ${name}: ${ours} vs ${baseline} = ${fmtRatio(ratio)} (target ${target})`);
}

// A full collection before each measurement, so one case's garbage is not the next one's pause.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

/** Median latency in ms of each task, run with tinybench. */
async function measure(tasks, { time = quick ? 300 : 1500, iterations = quick ? 3 : 10 } = {}) {
  collectGarbage();
  const bench = new Bench({ time, iterations, warmupTime: quick ? 50 : 300, warmupIterations: 2 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  const result = {};
  for (const task of bench.tasks) {
    if (task.result.state !== 'completed') throw task.result.error ?? new Error(`${task.name}: ${task.result.state}`);
    result[task.name] = task.result.latency.p50;
  }
  return result;
}

/** Median wall time in ms of each command, spawned `runs` times, interleaved. */
function spawnMedians(commands, runs) {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const once = (name) => {
    const [cmd, ...rest] = commands[name];
    const start = performance.now();
    const r = spawnSync(cmd, rest, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const elapsed = performance.now() - start;
    if (r.error) throw r.error;
    return { elapsed, status: r.status, stderr: r.stderr };
  };
  const statuses = {};
  for (const name of Object.keys(commands)) statuses[name] = once(name); // warm the file cache
  for (let i = 0; i < runs; i++) for (const name of Object.keys(commands)) times[name].push(once(name).elapsed);
  return Object.fromEntries(
    Object.entries(times).map(([k, v]) => {
      const sorted = v.sort((a, b) => a - b);
      return [k, { median: sorted[Math.floor(sorted.length / 2)], status: statuses[k].status, stderr: statuses[k].stderr }];
    }),
  );
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function section(name, fn) {
  if (!wanted(name)) return;
  console.log(`\n## ${name}`);
  try {
    await fn();
  } catch (error) {
    console.error(`✖ ${name}: ${error.stack ?? error}`);
    notes.push(`**${name}** could not be measured: ${String(error.message ?? error).split('\n')[0]}`);
  }
}

// Other work on the machine shows in every figure; the report names how busy it was.
const startLoad = loadavg()[0].toFixed(2);

// ---------------------------------------------------------------- inputs

console.log('generating inputs …');
const large = largeProgram(1_000_000);
const small = smallPrograms(1000);
const smallDir = writeSmallPrograms(join(cache, 'small'), small);
writeFileSync(join(cache, 'large.json'), large.json);
writeFileSync(join(cache, 'large.yaml'), large.yaml);
const countModules = (modules) => modules.reduce((n, m) => n + 1 + countModules(m.modules ?? []), 0);
const inputs = {
  large: `${kb(Buffer.byteLength(large.json))} JSON / ${kb(Buffer.byteLength(large.yaml))} YAML, ${countModules(large.value.modules)} modules (${large.value.modules.length} top-level, nested 3 deep), fractional budgets such as "2 2/3"`,
  small: `${small.length} programs, ${kb(small.reduce((s, p) => s + p.json.length, 0) / small.length)} JSON / ${kb(small.reduce((s, p) => s + p.yaml.length, 0) / small.length)} YAML on average`,
};

// The shipped schema when it has been written (npm run schema), else the same schema from the build.
const shippedSchema = join(root, 'schema', 'program.schema.json');
const schemaFile = existsSync(shippedSchema) ? shippedSchema : join(cache, 'program.schema.json');
if (schemaFile !== shippedSchema) writeFileSync(schemaFile, `${JSON.stringify(api.jsonSchema('program'), null, 2)}\n`);
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
const ajvValidate = new Ajv2020({ strict: false }).compile(schema);

// ---------------------------------------------------------------- validation in process

const hasValidate = typeof api.validate === 'function';
const fullCheck = hasValidate
  ? (text, filename) => api.validate(api.parseDocument(text, { filename }))
  : (text, filename) => api.parseDocument(text, { filename }).diagnostics;
if (!hasValidate) notes.push('`validate` is not exported yet: validation figures are load + schema (parseDocument) only, without the rules.');

function assertValid(text, filename) {
  const diagnostics = fullCheck(text, filename);
  check(diagnostics.length === 0, `${filename} is not clean: ${diagnostics.slice(0, 3).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('; ')}`);
}

await section('validation: 1 MB program, JSON', async () => {
  assertValid(large.json, 'large.json');
  check(ajvValidate(JSON.parse(large.json)), 'Ajv rejects the large program');
  const value = JSON.parse(large.json);
  const t = await measure({
    ours: () => fullCheck(large.json, 'large.json'),
    'JSON.parse': () => JSON.parse(large.json),
    'JSON.parse + Ajv': () => ajvValidate(JSON.parse(large.json)),
    // Not a baseline: the share of our time that the zod schema alone takes, on the already parsed value.
    'zod safeParse': () => api.programSchema.safeParse(value),
  });
  row('validation', 'validate 1 MB JSON program vs JSON.parse', ms(t.ours), ms(t['JSON.parse']), t.ours / t['JSON.parse'], '≤ 3×', t.ours / t['JSON.parse'] <= 3);
  row('validation', 'validate 1 MB JSON program vs JSON.parse + Ajv', ms(t.ours), ms(t['JSON.parse + Ajv']), t.ours / t['JSON.parse + Ajv'], 'report', undefined);
  row('validation', '(part of ours) zod programSchema.safeParse of the parsed value vs JSON.parse', ms(t['zod safeParse']), ms(t['JSON.parse']), t['zod safeParse'] / t['JSON.parse'], 'report', undefined);
});

await section('validation: 1 MB program, YAML', async () => {
  assertValid(large.yaml, 'large.yaml');
  const jsyaml = jsYamlBaseline();
  const t = await measure({
    ours: () => fullCheck(large.yaml, 'large.yaml'),
    'js-yaml load': () => jsyaml.load(large.yaml),
    'js-yaml load + Ajv': () => ajvValidate(jsyaml.load(large.yaml)),
    'js-yaml ESM load': () => jsyamlEsm.load(large.yaml),
  });
  row('validation', 'validate 1 MB YAML program vs js-yaml load', ms(t.ours), ms(t['js-yaml load']), t.ours / t['js-yaml load'], '≤ 1.5×', t.ours / t['js-yaml load'] <= 1.5);
  row('validation', 'validate 1 MB YAML program vs js-yaml load + Ajv', ms(t.ours), ms(t['js-yaml load + Ajv']), t.ours / t['js-yaml load + Ajv'], 'report', undefined);
  row('validation', 'validate 1 MB YAML program vs js-yaml load, ESM build (the baseline before; not what the package loads)', ms(t.ours), ms(t['js-yaml ESM load']), t.ours / t['js-yaml ESM load'], 'report', undefined);
});

await section('validation: 1,000 small programs, JSON', async () => {
  small.forEach((p, i) => assertValid(p.json, `p${i}.json`));
  const t = await measure({
    ours: () => { for (const p of small) fullCheck(p.json, 'p.json'); },
    'JSON.parse': () => { for (const p of small) JSON.parse(p.json); },
    'JSON.parse + Ajv': () => { for (const p of small) ajvValidate(JSON.parse(p.json)); },
  });
  row('validation', 'validate 1,000 small JSON programs vs JSON.parse', ms(t.ours), ms(t['JSON.parse']), t.ours / t['JSON.parse'], '≤ 3×', t.ours / t['JSON.parse'] <= 3);
  row('validation', 'validate 1,000 small JSON programs vs JSON.parse + Ajv', ms(t.ours), ms(t['JSON.parse + Ajv']), t.ours / t['JSON.parse + Ajv'], 'report', undefined);
});

await section('validation: 1,000 small programs, YAML', async () => {
  small.forEach((p, i) => assertValid(p.yaml, `p${i}.yaml`));
  const jsyaml = jsYamlBaseline();
  const t = await measure({
    ours: () => { for (const p of small) fullCheck(p.yaml, 'p.yaml'); },
    'js-yaml load': () => { for (const p of small) jsyaml.load(p.yaml); },
    'js-yaml load + Ajv': () => { for (const p of small) ajvValidate(jsyaml.load(p.yaml)); },
    'js-yaml ESM load': () => { for (const p of small) jsyamlEsm.load(p.yaml); },
  });
  row('validation', 'validate 1,000 small YAML programs vs js-yaml load', ms(t.ours), ms(t['js-yaml load']), t.ours / t['js-yaml load'], '≤ 1.5×', t.ours / t['js-yaml load'] <= 1.5);
  row('validation', 'validate 1,000 small YAML programs vs js-yaml load + Ajv', ms(t.ours), ms(t['js-yaml load + Ajv']), t.ours / t['js-yaml load + Ajv'], 'report', undefined);
  row('validation', 'validate 1,000 small YAML programs vs js-yaml load, ESM build (the baseline before)', ms(t.ours), ms(t['js-yaml ESM load']), t.ours / t['js-yaml ESM load'], 'report', undefined);
});

await section('validation: offering of 100,000 sessions, JSON', async () => {
  // Valid on purpose: sessions avoid the nationwide holidays of their years (asked of the package itself).
  const holidays = new Set(api.holidaysBetween('2000-01-01', '2120-12-31', {}).map((h) => h.date));
  const { program, offering } = largeOffering(100_000, (date) => holidays.has(date));
  inputs.offering = `an offering of 100,000 sessions, ${kb(Buffer.byteLength(offering))} JSON (four 90-minute sessions a weekday from 2000 on), and its program of 10,000 modules`;
  const programDoc = api.parseDocument(program, { filename: 'gross.program.json' });
  const offeringCheck = () => api.validate([programDoc, api.parseDocument(offering, { filename: 'gross.offering.json' })]);
  const found = offeringCheck();
  check(found.length === 0, `the large offering is not clean: ${found.slice(0, 3).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('; ')}`);
  // Side by side in alternating rounds (as the plan rows below): a run takes a quarter of a
  // second, so a busy phase of the shared machine would otherwise land on one side of the ratio.
  const rounds = quick ? 7 : 41;
  const t = sideBySide({ ours: offeringCheck, 'JSON.parse': () => JSON.parse(offering) }, { rounds, calls: { 'JSON.parse': 5 } });
  const r = t.ours / t['JSON.parse'];
  row('validation', `validate an offering of 100,000 sessions (JSON) vs JSON.parse, median of ${rounds} alternating rounds`, ms(t.ours), ms(t['JSON.parse']), r, '≤ 5×', r <= 5);
});

// ---------------------------------------------------------------- plan()

/** A program whose plan takes `sessions` full days: one 8 UE module per default day (09:30–16:30, 1 h break). */
function programForSessions(sessions) {
  const modules = Array.from({ length: sessions }, (_, i) => ({ id: `m${i + 1}`, title: `Modul ${i + 1}`, hours: 8 }));
  const parsed = api.parseProgram(JSON.stringify({ kind: 'program', id: `plan-${sessions}`, title: 'Plan', hours: 8 * sessions, modules }), { format: 'json' });
  check(parsed.ok, `plan program for ${sessions} sessions does not parse`);
  return parsed.value;
}

/**
 * Median ms per call of each task, timed side by side: every round runs each task once, in
 * an order that alternates between rounds, so that a slow phase of the machine (another
 * process, a collection of the other task's garbage) falls on both sides of a ratio alike.
 * `calls` repeats a short task within its turn so that each turn does about the same work.
 * No collection between turns: a forced full collection makes the next call slower by itself
 * (measured: 2.7 ms instead of 1.2 ms for 1,000 sessions).
 */
function sideBySide(tasks, { rounds, calls = {} }) {
  const names = Object.keys(tasks);
  const times = Object.fromEntries(names.map((n) => [n, []]));
  const warmup = Math.max(5, Math.ceil(rounds / 10));
  collectGarbage();
  for (let round = -warmup; round < rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const repeat = calls[name] ?? 1;
      const start = performance.now();
      for (let i = 0; i < repeat; i++) tasks[name]();
      const elapsed = (performance.now() - start) / repeat;
      if (round >= 0) times[name].push(elapsed);
    }
  }
  return Object.fromEntries(names.map((n) => [n, times[n].sort((a, b) => a - b)[Math.floor(times[n].length / 2)]]));
}

await section('plan()', async () => {
  check(typeof api.plan === 'function', '`plan` is not exported yet');
  const constraints = { start: '2027-01-04', state: 'BE' };
  const programs = {};
  const counts = {};
  for (const n of [10, 100, 1000, 10000]) {
    programs[n] = programForSessions(n);
    const result = api.plan(programs[n], constraints);
    counts[n] = result.offering?.sessions.length ?? 0;
    check(result.ok && counts[n] >= n * 0.9, `plan of ${n} sessions: ok=${result.ok}, ${counts[n]} sessions, ${result.diagnostics.slice(0, 2).map((d) => d.message).join('; ')}`);
  }
  const perSize = {};
  for (const n of [10, 100]) {
    perSize[n] = (await measure({ plan: () => api.plan(programs[n], constraints) }, { time: quick ? 500 : 3000, iterations: quick ? 3 : 10 })).plan;
  }
  // The ratio that has a target: 1,000 and 10,000 sessions in alternating rounds, ten calls
  // of the small plan to one of the large.
  const rounds = quick ? 20 : 200;
  const paired = sideBySide(
    { 1000: () => api.plan(programs[1000], constraints), 10000: () => api.plan(programs[10000], constraints) },
    { rounds, calls: { 1000: 10 } },
  );
  Object.assign(perSize, paired);
  for (const n of [10, 100, 1000, 10000]) {
    row('plan', `plan() ${n.toLocaleString('en')} sessions (${counts[n]} planned): time per session`, ms(perSize[n] / counts[n]), '–', undefined, 'report', undefined, `total ${ms(perSize[n])}`);
  }
  const r = perSize[10000] / perSize[1000];
  row('plan', `plan() 10,000 vs 1,000 sessions (linear is 10×), median of ${rounds} alternating rounds`, ms(perSize[10000]), ms(perSize[1000]), r, '≤ 12×', r <= 12);
  // The explanation is built when first read; callers that show it pay for it, so measure that too.
  const explained = sideBySide(
    { 1000: () => api.plan(programs[1000], constraints).explanation, 10000: () => api.plan(programs[10000], constraints).explanation },
    { rounds, calls: { 1000: 10 } },
  );
  const re = explained[10000] / explained[1000];
  row('plan', `plan() reading .explanation, 10,000 vs 1,000 sessions, median of ${rounds} alternating rounds`, ms(explained[10000]), ms(explained[1000]), re, 'report', undefined);
});

// ---------------------------------------------------------------- processes

const spawns = quick ? 5 : 21;
const node = process.execPath;

await section('import cost', async () => {
  const t = spawnMedians({ ours: [node, '--input-type=module', '-e', `await import('${specifier}')`], baseline: [node, '-e', '0'] }, spawns);
  check(t.ours.status === 0, `import('curricula') failed: ${t.ours.stderr}`);
  row('import', "import('curricula') vs node -e 0", ms(t.ours.median), ms(t.baseline.median), t.ours.median / t.baseline.median, 'report', undefined);
  // Holiday data is required lazily, on the first plan() with a state; a bare import must not load it.
  const probe = spawnSync(node, ['--input-type=module', '-e', `import { createRequire } from 'node:module'; await import('${specifier}'); console.log(Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes('date-holidays')).length)`], { cwd: root, encoding: 'utf8' });
  const loaded = Number(probe.stdout.trim());
  row('import', "date-holidays modules loaded by import('curricula')", String(loaded), '0', undefined, '0', loaded === 0);
});

/** `entry` bundled the way the size target says: esbuild, minified ESM for Node 20, zod left out. */
const bundle = (entry) => build({ ...BUNDLE_OPTIONS, ...entry, metafile: true });

await section('bundle size', async () => {
  const result = await bundle({ entryPoints: [dist] });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const inputs = Object.keys(result.metafile.inputs);
  const holidays = inputs.filter((p) => p.includes('date-holidays'));
  const byPackage = {};
  for (const [path, info] of Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'curricula';
    byPackage[pkg] = (byPackage[pkg] ?? 0) + info.bytesInOutput;
  }
  const parts = Object.entries(byPackage).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${kb(v)}`).join(', ');
  row('size', 'ESM entry, esbuild --bundle --minify, gzip -9, zod external', kb(gzip), '40.0 kB', gzip / 40960, '≤ 40 kB', gzip <= 40 * 1024, `minified ${kb(code.length)}: ${parts}`);
  row('size', 'date-holidays files in the main bundle', String(holidays.length), '0', undefined, '0', holidays.length === 0);
  // What a bundler takes through the `module` condition: the same API with yaml, js-yaml and
  // date-holidays inside, so the bundle runs without node_modules (in a browser, say).
  const bundled = await build({ entryPoints: [join(distDir, 'bundler.js')], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', external: ['zod'], write: false, metafile: true, logLevel: 'silent' });
  const bundledZip = gzipSync(bundled.outputFiles[0].contents, { level: 9 }).length;
  const bundledParts = {};
  for (const [path, info] of Object.entries(bundled.metafile.outputs[Object.keys(bundled.metafile.outputs)[0]].inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'curricula';
    bundledParts[pkg] = (bundledParts[pkg] ?? 0) + info.bytesInOutput;
  }
  const top = Object.entries(bundledParts).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${kb(v)}`).join(', ');
  row('size', 'bundler entry (`module` condition: yaml, js-yaml, date-holidays inside), esbuild for the browser, minified, gzip -9, zod external', kb(bundledZip), '40.0 kB', bundledZip / 40960, 'report', undefined, `minified ${kb(bundled.outputFiles[0].contents.length)}: ${top}`);
  // curricula/pages, its own entry (the main entry above must not carry it): Node's build, bundled alike.
  const pages = await bundle({ entryPoints: [join(distDir, 'pages.js')] });
  const pagesZip = gzipSync(pages.outputFiles[0].contents, { level: 9 }).length;
  const pagesHolidays = Object.keys(pages.metafile.inputs).filter((p) => p.includes('date-holidays')).length;
  row('size', 'curricula/pages entry (handbook, graph, calendar, sheets, JSON-LD; its own copy of the library), esbuild --bundle --minify, gzip -9, zod external', kb(pagesZip), '–', undefined, 'report', undefined, `minified ${kb(pages.outputFiles[0].contents.length)}; date-holidays files: ${pagesHolidays}`);
  // What an app bundles when it imports only what it uses (sideEffects: false lets bundlers drop the rest).
  for (const [what, names] of [
    ['parseDocument + validate', 'parseDocument, validate'],
    ['parseProgram + plan + toIcs', 'parseProgram, plan, toIcs'],
  ]) {
    const part = await bundle({ stdin: { contents: `export { ${names} } from ${JSON.stringify(dist)};`, resolveDir: root } });
    const bytes = part.outputFiles[0].contents;
    const zipped = gzipSync(bytes, { level: 9 }).length;
    row('size', `only ${what} imported: bundled, minified, gzip -9, zod external`, kb(zipped), '40.0 kB', zipped / 40960, 'report', undefined, `minified ${kb(bytes.length)}`);
  }
});

await section('cli', async () => {
  check(existsSync(cli), 'dist/cli.cjs is missing');
  const one = relative(root, smallDir.jsonFiles[0]);
  const t1 = spawnMedians({ ours: [node, cli, 'validate', one], baseline: [node, '-e', '0'] }, spawns);
  check(t1.ours.status === 0, `curricula validate ${one} exited ${t1.ours.status}: ${t1.ours.stderr}`);
  row('cli', 'curricula validate, 1 file vs node -e 0', ms(t1.ours.median), ms(t1.baseline.median), t1.ours.median / t1.baseline.median, '≤ 2×', t1.ours.median / t1.baseline.median <= 2);

  const ajvCli = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
  const schemaArg = relative(root, schemaFile);
  for (const format of ['json', 'yaml']) {
    const glob = `${relative(root, smallDir[format])}/*.${format}`;
    const t = spawnMedians(
      {
        ours: [node, cli, 'validate', glob],
        'ajv-cli': [node, ajvCli, 'validate', '--spec=draft2020', '--strict=false', '-s', schemaArg, '-d', glob],
      },
      quick ? 3 : 9,
    );
    check(t.ours.status === 0, `curricula validate ${glob} exited ${t.ours.status}: ${t.ours.stderr.slice(0, 500)}`);
    check(t['ajv-cli'].status === 0, `ajv-cli on ${glob} exited ${t['ajv-cli'].status}: ${t['ajv-cli'].stderr.slice(0, 500)}`);
    const r = t.ours.median / t['ajv-cli'].median;
    row('cli', `curricula validate, 1,000 ${format.toUpperCase()} files vs ajv-cli (schema only)`, ms(t.ours.median), ms(t['ajv-cli'].median), r, '< 1× (faster)', r < 1);
  }
});

// ---------------------------------------------------------------- report

const cpu = cpus();
const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'}${cpu[0]?.speed ? ` at ${cpu[0].speed} MHz` : ''} (os.cpus()), ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM (${(freemem() / 2 ** 30).toFixed(1)} GB free), ${platform()} ${release()}, Node ${process.version}; load average ${startLoad} at the start`;
const table = [
  '| case | ours | baseline | ratio | target | met |',
  '| --- | ---: | ---: | ---: | --- | :---: |',
  ...rows.map((r) => `| ${r.name}${r.note ? ` <br><sub>${r.note}</sub>` : ''} | ${r.ours} | ${r.baseline} | ${fmtRatio(r.ratio)} | ${r.target} | ${r.met === undefined ? '' : r.met ? '✔' : '✖'} |`),
].join('\n');
const markdown = `# Benchmark results

Measured by \`npm run bench\` (bench/run.mjs${quick ? ' --quick' : ''}${distDir === join(root, 'dist') ? '' : `, package built into ${relative(root, distDir)}`}) on ${new Date().toISOString().slice(0, 10)}:
${machine}.

Every ratio is ours divided by a baseline measured in the same run, so the
ratios carry over to other machines better than the times do. In-process
figures are tinybench medians (the offering, and plan() of 1,000 and 10,000
sessions: medians of alternating rounds); process figures are medians of ${spawns} (1 file)
or ${quick ? 3 : 9} (1,000 files) spawns, interleaved with the baseline's.

Inputs (bench/generate.mjs, fixed seed, every document valid so the happy
path is measured): one large program, ${inputs.large}; ${inputs.small}${inputs.offering ? `; ${inputs.offering}` : ''}.
"validate" is \`validate(parseDocument(text))\`: load, schema, exact
durations and every rule. The Ajv baseline is compiled from
${relative(root, schemaFile)} (draft 2020-12), which checks shape only.

${table}
${notes.length > 0 ? `\n## Notes\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}`;

// The analysis of missed targets is written by hand (bench/NOTES.md) and kept with the figures.
const analysis = existsSync(join(root, 'bench', 'NOTES.md')) ? `\n${readFileSync(join(root, 'bench', 'NOTES.md'), 'utf8').trim()}\n` : '';
if (only === undefined) writeFileSync(join(root, 'bench', 'RESULTS.md'), markdown + analysis);
console.log(`\n${markdown}`);
if (only !== undefined) console.log('(--only: bench/RESULTS.md not written)');
