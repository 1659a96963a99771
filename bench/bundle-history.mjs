// The bench's three bundle rows at every merge on main's first-parent line
// (and at HEAD) since a start commit (default ede2444, the build before issue 11): which
// merge grew the bundle, and by how much. Each commit's src/ is taken with
// `git archive` into a temporary folder and bundled from source with esbuild
// as bench/run.mjs bundles dist/ (minified ESM for Node 20, zod external);
// the data the Node build loads on first use (catalogs, recognition
// profiles) and yaml, js-yaml and date-holidays are left out at every
// commit, so the rows compare code. A commit whose build marks module-level
// calls pure (scripts/pure-annotations.ts, since 181fa31) is bundled with
// its own copy of that plugin, as its dist/ was: the tree-shaken rows
// depend on it. "code" is the main entry with every
// string and template literal emptied (bench/bundle-tools.mjs), which
// takes out texts and data that older commits still bundled. Figures are kB
// gzip -9 (1,024 bytes); bundling src/ rather than dist/ lands within about
// 1 kB of RESULTS.md.
//
//   node bench/bundle-history.mjs [start-commit]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import ts from 'typescript';
import { BUNDLE_OPTIONS, withoutText } from './bundle-tools.mjs';

const root = resolve(import.meta.dirname, '..');
const start = process.argv[2] ?? 'ede2444';
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'pipe'] });

const options = {
  ...BUNDLE_OPTIONS,
  nodePaths: [join(root, 'node_modules')],
  external: ['zod', 'yaml', 'js-yaml', 'date-holidays', './messages-*', './recognition-profiles*'],
};
const kB = (bytes) => (gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1);

/**
 * The commit's esbuild plugins: its pure-annotations plugin, when it has
 * one, transpiled into node_modules/.cache so that its imports resolve.
 */
async function pluginsOf(sha, folder) {
  let source;
  try {
    source = git('show', `${sha}:scripts/pure-annotations.ts`);
  } catch {
    return [];
  }
  const cache = join(root, 'node_modules', '.cache', 'bundle-history');
  mkdirSync(cache, { recursive: true });
  const file = join(cache, `pure-annotations-${sha}.mjs`);
  writeFileSync(file, ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
  const { pureAnnotations } = await import(pathToFileURL(file).href);
  return [pureAnnotations(folder)];
}

/** The bundle of `names` from the folder's src/index.ts (all of it when names is absent), or undefined when they do not exist there. */
async function bundle(folder, plugins, names) {
  const entry = names === undefined ? { entryPoints: [join(folder, 'src/index.ts')] } : { stdin: { contents: `export { ${names} } from './src/index.ts';`, resolveDir: folder, loader: 'ts' } };
  try {
    return (await build({ ...options, ...entry, plugins })).outputFiles[0].text;
  } catch {
    return undefined;
  }
}

const merges = git('log', '--first-parent', '--merges', '--reverse', '--format=%h %s', `${start}..HEAD`).trim().split('\n').filter(Boolean);
const line = (ref) => `${git('rev-parse', '--short', ref).trim()} ${git('log', '-1', '--format=%s', ref).trim()}`;
const commits = [line(start), ...merges];
// And where main is now, when that is not a merge already listed.
if (!commits.at(-1).startsWith(git('rev-parse', '--short', 'HEAD').trim())) commits.push(line('HEAD'));
console.log('| commit | main entry | code only | parseDocument + validate | parseProgram + plan + toIcs | subject |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
for (const line of commits) {
  const [sha, ...subject] = line.split(' ');
  const folder = mkdtempSync(join(tmpdir(), 'curricula-bundle-'));
  try {
    execFileSync('sh', ['-c', `git archive ${sha} src | tar -x -C "${folder}"`], { cwd: root });
    const plugins = await pluginsOf(sha, folder);
    const main = await bundle(folder, plugins);
    const validateOnly = await bundle(folder, plugins, 'parseDocument, validate');
    const planOnly = await bundle(folder, plugins, 'parseProgram, plan, toIcs');
    const cell = (code) => (code === undefined ? '–' : kB(code));
    const title = subject.join(' ').replace(/\|/g, '\\|');
    console.log(`| ${sha} | ${cell(main)} | ${main === undefined ? '–' : kB(withoutText(main).stripped)} | ${cell(validateOnly)} | ${cell(planOnly)} | ${title.length > 90 ? `${title.slice(0, 89)}…` : title} |`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
