// Package quality gates on the packed tarball, as users receive it:
// publint (package.json and files), @arethetypeswrong/cli (types for ESM and
// CJS consumers under node16 and bundler resolution), and a smoke test that
// installs the tarball into a fresh project and imports it both ways.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = resolve(import.meta.dirname, '..');
const out = join(root, '.tmp', 'pack');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const run = (cmd, args, options = {}) =>
  execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

let failed = false;
const step = (name, fn) => {
  try {
    fn();
    console.log(`✔ ${name}`);
  } catch (error) {
    failed = true;
    console.error(`✖ ${name}\n${error.stdout ?? ''}${error.stderr ?? ''}${error.stdout || error.stderr ? '' : error.message}`);
  }
};

const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', out]))[0];
const tarball = join(out, packed.filename);
console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} kB`);

const lint = await publint({ pack: { tarball: readFileSync(tarball).buffer }, level: 'suggestion', strict: true });
if (lint.messages.length === 0) console.log('✔ publint');
else {
  failed = true;
  for (const m of lint.messages) console.error(`✖ publint ${m.type}: ${formatMessage(m, lint.pkg)}`);
}

step('are the types wrong (node10, node16 ESM/CJS, bundler)', () =>
  run('npx', ['--no-install', 'attw', tarball, '--format', 'ascii', '--no-color']),
);

step('installs from the tarball and works from ESM, CJS and npx (curricula and curricula/pages)', () => {
  const project = mkdtempSync(join(tmpdir(), 'curricula-smoke-'));
  try {
    writeFileSync(join(project, 'package.json'), '{"name":"smoke","private":true}\n');
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball], { cwd: project });
    const program = 'kind: program\\nid: x\\ntitle: X\\nhours: 16\\nmodules:\\n  - id: a\\n    title: A\\n    hours: 16\\n';
    // The catalogs and profiles are files of their own in dist/, read on first use: German and a profile prove they are packed.
    const broken = program.replace('hours: 16\\n', 'hourz: 16\\n');
    const use = `const r = parseProgram('${program}'); const [d] = validate(parseDocument('${broken}', { filename: 'b.yaml' }), { locale: 'de' }); console.log(r.ok, r.value.modules.length, d.message, builtinProfiles.length);`;
    const esm = run('node', ['--input-type=module', '-e', `import { builtinProfiles, parseDocument, parseProgram, validate } from 'curricula'; ${use}`], { cwd: project });
    const cjs = run('node', ['-e', `const { builtinProfiles, parseDocument, parseProgram, validate } = require('curricula'); ${use}`], { cwd: project });
    const expectedOutput = "true 1 Unbekannter Schlüssel 'hourz' 10";
    if (esm.trim() !== expectedOutput || cjs.trim() !== expectedOutput) throw new Error(`unexpected output: ${esm} ${cjs}`);
    // curricula/pages, its own entry: a handbook from ESM and CommonJS.
    const pagesEsm = run('node', ['--input-type=module', '-e', `import { parseProgram } from 'curricula'; import { toHandbook } from 'curricula/pages'; console.log(toHandbook(parseProgram('${program}').value).startsWith('<!DOCTYPE html>'));`], { cwd: project });
    const pagesCjs = run('node', ['-e', `const { parseProgram } = require('curricula'); const { toHandbook } = require('curricula/pages'); console.log(toHandbook(parseProgram('${program}').value, { format: 'md' }).startsWith('# X'));`], { cwd: project });
    if (pagesEsm.trim() !== 'true' || pagesCjs.trim() !== 'true') throw new Error(`curricula/pages: unexpected output: ${pagesEsm} ${pagesCjs}`);
    const version = run('npx', ['--no-install', 'curricula', '--version'], { cwd: project }).trim();
    const expected = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    if (version !== expected) throw new Error(`npx curricula --version printed '${version}', expected '${expected}'`);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});

if (failed) process.exit(1);
