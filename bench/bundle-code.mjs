// How much of the bundled main entry is code and how much is text: bundles
// dist/index.js as the bench does (esbuild, minified, zod external; build
// first), replaces
// every string and template literal with an empty one using the TypeScript
// parser (a regular expression miscounts quotes inside regex literals), and
// prints both sizes gzipped (kB of 1,024 bytes, as in RESULTS.md). Backs the
// bundle-size analysis in NOTES.md.
//
//   node bench/bundle-code.mjs
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import ts from 'typescript';

const { outputFiles } = await build({
  entryPoints: ['dist/index.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  write: false,
  external: ['zod'],
  logLevel: 'silent',
});
const code = outputFiles[0].text;
const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
const { SyntaxKind: K } = ts;
const emptied = { [K.StringLiteral]: '""', [K.NoSubstitutionTemplateLiteral]: '``', [K.TemplateHead]: '`${', [K.TemplateMiddle]: '}${', [K.TemplateTail]: '}`' };
let stripped = '';
let last = 0;
let text = 0;
(function visit(node) {
  const replacement = emptied[node.kind];
  if (replacement === undefined) return ts.forEachChild(node, visit);
  const start = node.getStart(file);
  stripped += code.slice(last, start) + replacement;
  text += node.end - start;
  last = node.end;
})(file);
stripped += code.slice(last);

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const gz = (s) => gzipSync(s, { level: 9 }).length;
console.log(`bundle:                 ${kB(code.length)} minified, ${kB(gz(code))} gzip`);
console.log(`string/template text:   ${kB(text)}`);
console.log(`without any text:       ${kB(stripped.length)} minified, ${kB(gz(stripped))} gzip`);
