// The bench's three bundle rows at every merge on main's first-parent line
// since a start commit (default ede2444, the build before issue 11): which
// merge grew the bundle, and by how much. Each commit's src/ is taken with
// `git archive` into a temporary folder and bundled from source with esbuild
// as bench/run.mjs bundles dist/ (minified ESM for Node 20, zod external);
// the data the Node build loads on first use (catalogs, recognition
// profiles) and yaml, js-yaml and date-holidays are left out at every
// commit, so the rows compare code. "code" is the main entry with every
// string and template literal emptied (bench/bundle-tools.mjs), which
// takes out texts and data that older commits still bundled. Figures are kB
// gzip -9 (1,024 bytes); bundling src/ rather than dist/ lands within about
// 1 kB of RESULTS.md.
//
//   node bench/bundle-history.mjs [start-commit]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS, withoutText } from './bundle-tools.mjs';

const root = resolve(import.meta.dirname, '..');
const start = process.argv[2] ?? 'ede2444';
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });

const options = {
  ...BUNDLE_OPTIONS,
  nodePaths: [join(root, 'node_modules')],
  external: ['zod', 'yaml', 'js-yaml', 'date-holidays', './messages-*', './recognition-profiles*'],
};
const kB = (bytes) => (gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1);

/** The bundle of `names` from the folder's src/index.ts (all of it when names is absent), or undefined when they do not exist there. */
async function bundle(folder, names) {
  const entry = names === undefined ? { entryPoints: [join(folder, 'src/index.ts')] } : { stdin: { contents: `export { ${names} } from './src/index.ts';`, resolveDir: folder, loader: 'ts' } };
  try {
    return (await build({ ...options, ...entry })).outputFiles[0].text;
  } catch {
    return undefined;
  }
}

const merges = git('log', '--first-parent', '--merges', '--reverse', '--format=%h %s', `${start}..HEAD`).trim().split('\n').filter(Boolean);
const commits = [`${git('rev-parse', '--short', start).trim()} ${git('log', '-1', '--format=%s', start).trim()}`, ...merges];
console.log('| commit | main entry | code only | parseDocument + validate | parseProgram + plan + toIcs | subject |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
for (const line of commits) {
  const [sha, ...subject] = line.split(' ');
  const folder = mkdtempSync(join(tmpdir(), 'curricula-bundle-'));
  try {
    execFileSync('sh', ['-c', `git archive ${sha} src | tar -x -C "${folder}"`], { cwd: root });
    const main = await bundle(folder);
    const validateOnly = await bundle(folder, 'parseDocument, validate');
    const planOnly = await bundle(folder, 'parseProgram, plan, toIcs');
    const cell = (code) => (code === undefined ? '–' : kB(code));
    const title = subject.join(' ').replace(/\|/g, '\\|');
    console.log(`| ${sha} | ${cell(main)} | ${main === undefined ? '–' : kB(withoutText(main).stripped)} | ${cell(validateOnly)} | ${cell(planOnly)} | ${title.length > 90 ? `${title.slice(0, 89)}…` : title} |`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
