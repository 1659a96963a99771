import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** The built command, as npm installs it. */
const CLI = join(ROOT, 'dist/cli.cjs');
/** This suite's fixtures. */
export const FIXTURES = join(ROOT, 'tests/fixtures/cli');
/** The package version, which --version and SARIF must print. */
export const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** root ignores file permissions: read-only tests then run the command as nobody. */
export const isRoot = process.getuid?.() === 0;

/** A scratch folder, removed by {@link removeScratch}. */
export function makeScratch(): string {
  if (!existsSync(CLI)) throw new Error('dist/cli.cjs is missing: build first with `npx tsup` (npm test does)');
  const dir = mkdtempSync(join(tmpdir(), 'curricula-e2e-'));
  chmodSync(dir, 0o755);
  return dir;
}

/** Removes a scratch folder, read-only parts included. */
export function removeScratch(dir: string): void {
  if (!dir) return;
  chmodSync(dir, 0o755);
  for (const e of readdirSync(dir)) chmodSync(join(dir, e), 0o755);
  rmSync(dir, { recursive: true, force: true });
}

/** What a run of the command printed and returned. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built command with a clean environment (no CI, colour or GitHub variables leaking in). */
export function cli(args: string[], options: { cwd?: string; env?: Record<string, string>; uid?: number } = {}): Run {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(CI|GITHUB_|FORCE_COLOR|NO_COLOR|TERM$|SOURCE_DATE_EPOCH)/.test(k)) continue;
    env[k] = v;
  }
  const spawnOptions: SpawnSyncOptions = { cwd: options.cwd ?? FIXTURES, env: { ...env, ...options.env }, encoding: 'utf8', timeout: 20_000 };
  if (options.uid !== undefined) Object.assign(spawnOptions, { uid: options.uid, gid: options.uid });
  const r = spawnSync(process.execPath, [CLI, ...args], spawnOptions);
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}
