import type { Locale } from '../core/locale.js';
/**
 * Where a run writes text: stdout or stderr, and whether it is a terminal.
 *
 * @example
 * ```ts
 * const stream: OutputStream = { write: (s) => void process.stderr.write(s), isTTY: process.stderr.isTTY === true };
 * ```
 */
interface OutputStream {
  write(text: string): void;
  isTTY: boolean;
  /** Terminal width when known (for progress lines). */
  columns?: number;
}

/**
 * Everything a run takes from its process: arguments aside, the working
 * folder, the environment and the two output streams. Tests pass their own;
 * `main.ts` passes the real process.
 *
 * @example
 * ```ts
 * import { runCli } from './run.js';
 * let out = '';
 * await runCli(['--version'], { cwd: process.cwd(), env: {}, stdout: { write: (s) => (out += s), isTTY: false }, stderr: { write() {}, isTTY: false } });
 * ```
 */
export interface CliContext {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: OutputStream;
  stderr: OutputStream;
  /** The run's language once known (`--locale`, the config's `locale`): errors are printed in it. */
  locale?: Locale | undefined;
}

/**
 * Decides whether to colour terminal output. `--color`/`--no-color` win over
 * `FORCE_COLOR`/`NO_COLOR`, which win over detecting a terminal.
 *
 * @example
 * ```ts
 * import { useColor } from './context.js';
 * useColor(undefined, { NO_COLOR: '1' }, true); // false
 * useColor(true, { NO_COLOR: '1' }, false); // true
 * ```
 */
export function useColor(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  // no-color.org: any non-empty value disables colour.
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

/**
 * Whether the run looks like a CI job, where progress lines only clutter the
 * log.
 *
 * @example
 * ```ts
 * import { isCi } from './context.js';
 * isCi({ CI: 'true' }); // true
 * ```
 */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  return (
    (env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0') ||
    env.GITHUB_ACTIONS === 'true' ||
    env.BUILD_NUMBER !== undefined ||
    env.TF_BUILD !== undefined
  );
}
