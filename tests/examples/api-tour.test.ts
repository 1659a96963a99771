import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The README points users to examples/api-tour.ts; it must keep running. Each example is
// compiled to plain JavaScript with its imports left as they are, so `curricula` resolves as in a
// user's Node app (the package's own name, from inside it): dist/index.js, which reads its
// catalogs from beside itself on first use.
describe('examples/api-tour.ts', () => {
  it('parses, validates, plans and exports seed 000 through the public API', () => {
    mkdirSync('.tmp', { recursive: true });
    buildSync({
      entryPoints: ['examples/api-tour.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      // Not the sources that tsconfig.json's paths name for the editor: the built package.
      external: ['curricula'],
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
      'ics: 20 events; csv: 20 rows; markdown: 83 lines',
      '',
    ]);
  });
});

describe('examples/plan-seed-000.ts', () => {
  it('writes ICS, CSV and Markdown for 20 days of seed 000', async () => {
    const { readFileSync, rmSync } = await import('node:fs');
    rmSync('.tmp/plan-seed-000', { recursive: true, force: true });
    buildSync({
      entryPoints: ['examples/plan-seed-000.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      // Not the sources that tsconfig.json's paths name for the editor: the built package.
      external: ['curricula'],
      outfile: '.tmp/plan-seed-000.test.mjs',
      logLevel: 'silent',
    });
    const run = spawnSync(process.execPath, ['.tmp/plan-seed-000.test.mjs'], { encoding: 'utf8' });
    expect(run.stdout).toBe('20 sessions from 2027-01-04 to 2027-02-01\n');
    expect(readFileSync('.tmp/plan-seed-000/schedule.ics', 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(20);
    expect(readFileSync('.tmp/plan-seed-000/schedule.csv', 'utf8').startsWith('\uFEFFDurchführung;Termin;')).toBe(true);
    expect(readFileSync('.tmp/plan-seed-000/schedule.md', 'utf8')).toContain('| s20 | Mo, 01.02.2027 | 09:30–16:30 |');
  });
});
