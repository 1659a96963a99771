// The child process of scaling.test.ts: builds one family's input of size
// n, runs the family's operation once on a quarter of it (so that what is
// compiled on first use is not timed), then `reps` times on the input, and
// prints the fastest time and the process's peak memory as JSON. Bundled
// by esbuild into node_modules/.cache (so its dependencies resolve) and run
// as `node measure.cjs <family index> <n> <reps>`.
import { readFileSync } from 'node:fs';
import { provideModule, resolveModulesFrom } from '../../src/core/lazy-require.js';
import { CATALOG_MODULES } from '../../src/messages/catalogs.js';
import { de, dePages } from '../../src/messages/de.js';
import { en, enPages } from '../../src/messages/en.js';
import { BUILTIN_PROFILES } from '../../src/recognition/builtin.js';
import { profiles } from '../../src/recognition/profile-data.js';
import { FAMILIES } from './families.js';

// As tests/setup/node-modules.ts: dependencies from node_modules beside the bundle, catalogs and profiles from the sources.
resolveModulesFrom(`file://${__filename}`);
provideModule(CATALOG_MODULES.en, () => ({ en, enPages }));
provideModule(CATALOG_MODULES.de, () => ({ de, dePages }));
provideModule(BUILTIN_PROFILES, () => ({ profiles }));

const [index = '0', size = '1000', repeats = '3'] = process.argv.slice(2);
const family = FAMILIES[Number(index)]!;
const n = Number(size);
family.run(family.make(Math.max(1, Math.floor(n / 4))));
const input = family.make(n);
let best = Number.POSITIVE_INFINITY;
for (let r = 0; r < Number(repeats); r++) {
  const start = performance.now();
  family.run(input);
  best = Math.min(best, performance.now() - start);
}
// This process's own peak: getrusage's maxRSS is kept across exec on Linux, so a child of a large
// test worker would report the worker's peak; VmHWM belongs to the address space exec made.
function peakMB(): number {
  try {
    const m = /^VmHWM:\s*(\d+)\s*kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m !== null) return Number(m[1]) / 1024;
  } catch {
    // No /proc: the portable figure.
  }
  return process.resourceUsage().maxRSS / 1024;
}
process.stdout.write(`${JSON.stringify({ ms: best, maxRssMB: peakMB() })}\n`);
