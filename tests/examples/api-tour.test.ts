import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The README points users to examples/api-tour.ts; it must keep running.
describe('examples/api-tour.ts', () => {
  it('parses, validates, plans and exports seed 000 through the public API', () => {
    mkdirSync('.tmp', { recursive: true });
    buildSync({
      entryPoints: ['examples/api-tour.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      alias: { curricula: './dist/index.js' },
      outfile: '.tmp/api-tour.test.mjs',
      logLevel: 'silent',
    });
    const run = spawnSync(process.execPath, ['.tmp/api-tour.test.mjs'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'Ehrenamtliches Engagement im sozialen Netzwerk in der Kommune: 8 modules, 160 UE',
      'validate: no problems',
      'plan: 20 sessions, 2027-01-04 to 2027-02-01',
      'skipped: 2027-01-06',
      'ics: 20 events; csv: 20 rows; markdown: 80 lines',
      '',
    ]);
  });
});
