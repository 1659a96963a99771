import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The repository root, where the tools find their configuration. */
export const root = resolve(import.meta.dirname, '../..');

/**
 * Runs a local tool from node_modules/.bin (never a download) and returns
 * its exit code and everything it printed, so a failing gate shows the
 * tool's own report.
 */
export function runTool(tool: string, args: readonly string[]): { status: number | null; output: string } {
  const result = spawnSync('npx', ['--no-install', tool, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}${result.error ? String(result.error) : ''}` };
}
