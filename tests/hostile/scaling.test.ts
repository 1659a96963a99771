// How each hostile-input family (families.ts) grows with its size. In
// `npm run test:explore` every family is timed at N and 4N, each in a
// child process of its own: linear work takes about 4× as long, so 4N/N
// must stay at most about 5× (up to 6× is allowed for a busy machine, and a
// pair over it is measured again, up to three times; a quadratic family
// gives 16×), and the child at 4N must run in a heap of the family's
// stated bound (Family.maxMB, given as --max-old-space-size) with its peak
// resident memory under one and a half times that. `npm test` checks the
// harness itself at small sizes, so it cannot rot between explore runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { exploring } from '../setup/runs.js';
import { FAMILIES } from './families.js';

const ROOT = resolve(import.meta.dirname, '../..');
// Inside node_modules, so that the bundle finds yaml, js-yaml and date-holidays beside it.
const OUT = join(ROOT, 'node_modules', '.cache', 'curricula-hostile', 'measure.cjs');
/** 4N/N at most this: linear is 4×, a quadratic family 16×. */
const MAX_RATIO = 6;

interface Measured {
  ms: number;
  maxRssMB: number;
}

function measure(index: number, n: number, reps: number, maxMB?: number): Measured {
  // With a memory bound the child runs in a heap of that size: work that needs more dies of it (and
  // fails here), while garbage a busy machine left uncollected for a while is collected instead.
  const heap = maxMB === undefined ? [] : [`--max-old-space-size=${maxMB}`];
  const r = spawnSync(process.execPath, [...heap, OUT, String(index), String(n), String(reps)], { encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`family ${index} at ${n}: exit ${r.status}\n${r.stderr}`);
  return JSON.parse(r.stdout) as Measured;
}

beforeAll(() => {
  mkdirSync(join(OUT, '..'), { recursive: true });
  buildSync({
    entryPoints: [join(ROOT, 'tests/hostile/measure.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: OUT,
    external: ['yaml', 'js-yaml', 'date-holidays'],
    logLevel: 'error',
  });
});

describe('hostile inputs scale linearly', () => {
  if (!exploring) {
    it('the measuring child runs a family and reports time and memory', () => {
      const m = measure(0, 100, 1);
      expect(m.ms).toBeGreaterThan(0);
      expect(m.maxRssMB).toBeGreaterThan(10);
      expect(m.maxRssMB).toBeLessThan(FAMILIES[0]!.maxMB);
    });
    return;
  }
  FAMILIES.forEach((family, index) => {
    it(`${family.name}: 4N/N ≤ ${MAX_RATIO}× at N = ${family.n.toLocaleString('en')}, under ${family.maxMB} MB`, () => {
      // On a busy machine one pair of runs can be slowed unevenly: a ratio over the bound is measured
      // again (up to three pairs) and the lowest counts. A quadratic family stays near 16× every time.
      let small = measure(index, family.n, 5, family.maxMB);
      let large = measure(index, 4 * family.n, 5, family.maxMB);
      for (let attempt = 1; attempt < 3 && large.ms / small.ms > MAX_RATIO; attempt++) {
        const s = measure(index, family.n, 5, family.maxMB);
        const l = measure(index, 4 * family.n, 5, family.maxMB);
        if (l.ms / s.ms < large.ms / small.ms) [small, large] = [s, l];
      }
      const ratio = large.ms / small.ms;
      const report = `${family.name}: ${small.ms.toFixed(0)} ms at N, ${large.ms.toFixed(0)} ms at 4N (${ratio.toFixed(2)}×), ${large.maxRssMB.toFixed(0)} MB`;
      console.log(report);
      expect(ratio, report).toBeLessThanOrEqual(MAX_RATIO);
      // The bound is the child's heap limit (a run that needs more fails above); its peak resident
      // memory also holds code, buffers and garbage not yet collected, so it gets half as much again.
      expect(large.maxRssMB, report).toBeLessThanOrEqual(family.maxMB * 1.5);
    });
  });
});
