// How much of the bundled main entry is code and how much is text: bundles
// dist/index.js as the bench does (esbuild, minified, zod external; build
// first), empties every string and template literal (bench/bundle-tools.mjs)
// and prints both sizes gzipped (kB of 1,024 bytes, as in RESULTS.md). Backs the
// bundle-size analysis in NOTES.md.
//
//   node bench/bundle-code.mjs
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS, withoutText } from './bundle-tools.mjs';

const { outputFiles } = await build({ ...BUNDLE_OPTIONS, entryPoints: ['dist/index.js'] });
const code = outputFiles[0].text;
const { stripped, text } = withoutText(code);

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const gz = (s) => gzipSync(s, { level: 9 }).length;
console.log(`bundle:                 ${kB(code.length)} minified, ${kB(gz(code))} gzip`);
console.log(`string/template text:   ${kB(text)}`);
console.log(`without any text:       ${kB(stripped.length)} minified, ${kB(gz(stripped))} gzip`);
