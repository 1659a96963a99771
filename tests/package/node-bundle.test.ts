// The package inside a Node app bundled into one file: copied to a folder
// with no node_modules above it, the bundle must still validate YAML and
// JSON and plan with holidays (esbuild takes dist/bundler.js through the
// `module` condition, so the optional dependencies are inside the file).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleApp, ROOT, type BundledApp } from './consumer.js';

const APP = `
import { parseDocument, plan, toIcs, validate } from 'curricula';

const [yamlText, jsonText] = JSON.parse(process.argv[2]);
const program = parseDocument(yamlText, { filename: 'program.yaml' });
const json = parseDocument(jsonText, { filename: 'program.json' });
const broken = parseDocument('kind: program\\nid: x\\ntitle: X\\nhours: 16\\nmodules:\\n  - id: a\\n    title: A\\n    hourz: 16\\n', { filename: 'broken.yaml' });
const result = plan(program.value, { start: '2027-01-04', state: 'BW' });
console.log(JSON.stringify({
  yaml: validate(program).length,
  json: validate(json).length,
  broken: validate(broken).map(({ code, line, column }) => ({ code, line, column })),
  dates: result.offering.sessions.map((s) => s.date),
  skipped: result.explanation.skipped.filter((s) => s.reason === 'holiday').map((s) => s.date),
  ics: toIcs(result.offering, program.value).includes('BEGIN:VEVENT'),
}));
`;

const SEED_000 = readFileSync(join(ROOT, 'examples', 'ehrenamt-netzwerk.program.yaml'), 'utf8');
const SEED_000_JSON = readFileSync(join(ROOT, 'examples', 'ehrenamt-netzwerk.program.json'), 'utf8');

/** node_modules folders in `dir` or any folder above it. */
function nodeModulesAbove(dir: string): string[] {
  const found: string[] = [];
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'node_modules'))) found.push(join(at, 'node_modules'));
    if (at === parse(at).root) return found;
  }
}

describe.each([
  { format: 'cjs' as const, outName: 'app.cjs', banner: undefined },
  // ESM output needs esbuild's usual require shim: yaml's Node build requires 'process'.
  {
    format: 'esm' as const,
    outName: 'app.mjs',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  },
])('a Node app bundled by esbuild into one $format file', ({ format, outName, banner }) => {
  let app: BundledApp | undefined;
  beforeAll(async () => {
    app = await bundleApp(APP, { platform: 'node', format, outName, ...(banner ? { banner } : {}) });
  }, 60_000);
  afterAll(() => app?.remove());

  it('validates YAML and JSON and plans with holidays from a folder without node_modules', () => {
    expect(nodeModulesAbove(dirname(app!.file))).toEqual([]);
    expect(app!.inputs).toContain(join(ROOT, 'dist', 'bundler.js'));
    const env = { ...process.env };
    delete env.NODE_PATH;
    const run = spawnSync(process.execPath, [app!.file, JSON.stringify([SEED_000, SEED_000_JSON])], {
      cwd: dirname(app!.file),
      env,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ yaml: 0, json: 0, ics: true });
    expect(out.broken).toContainEqual({ code: 'schema/unknown-key', line: 8, column: 5 });
    expect(out.dates).toHaveLength(20);
    expect(out.skipped).toContain('2027-01-06');
    expect(out.dates).not.toContain('2027-01-06');
  });
});
