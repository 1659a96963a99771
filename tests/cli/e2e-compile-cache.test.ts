// dist/cli.cjs runs the command's bundle with V8's code cache (src/cli/launch.ts):
// the cache may make a run faster, never different, and is only kept in a
// folder no one else can write.
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, makeScratch, removeScratch } from './e2e-helpers.js';

let scratch = '';
beforeEach(() => {
  scratch = makeScratch();
});
afterEach(() => removeScratch(scratch));

/** The cache folder of this user under the run's TMPDIR. */
const cacheDir = (): string => join(scratch, `curricula-compile-cache-${process.getuid?.() ?? 'user'}`);
const validate = (env: Record<string, string> = {}) => cli(['validate', 'broken/errors.yaml', '--locale', 'de'], { env: { TMPDIR: scratch, ...env } });

describe('the code cache of the command', () => {
  it('is written by the first run, in a folder only its owner may use, and read by the next with the same result', () => {
    const first = validate();
    expect(first.status).toBe(1);
    expect(first.stdout).toContain('Fehler');
    expect(statSync(cacheDir()).mode & 0o777).toBe(0o700);
    const files = readdirSync(cacheDir());
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^cli-[0-9a-f]{32}\.v8$/);
    expect(statSync(join(cacheDir(), files[0]!)).mode & 0o777).toBe(0o600);
    const second = validate();
    expect(second).toEqual(first);
  });

  it('is rewritten when V8 rejects it, and the run is the same', () => {
    const first = validate();
    const file = join(cacheDir(), readdirSync(cacheDir())[0]!);
    writeFileSync(file, 'not a code cache');
    expect(validate()).toEqual(first);
    expect(readFileSync(file, 'utf8')).not.toBe('not a code cache');
  });

  it('is not used in a folder others can write, nor with NODE_DISABLE_COMPILE_CACHE', () => {
    const first = validate({ NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(first.stdout).toContain('Fehler');
    expect(readdirSync(scratch)).not.toContain(`curricula-compile-cache-${process.getuid?.() ?? 'user'}`);
    validate();
    chmodSync(cacheDir(), 0o777);
    for (const f of readdirSync(cacheDir())) writeFileSync(join(cacheDir(), f), 'planted');
    expect(validate()).toEqual(first);
    for (const f of readdirSync(cacheDir())) expect(readFileSync(join(cacheDir(), f), 'utf8')).toBe('planted');
    chmodSync(cacheDir(), 0o700);
  });
});
