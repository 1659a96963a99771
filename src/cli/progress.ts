import { isCi, type CliContext } from './context.js';
import { showControls } from './formatters/report.js';

/**
 * A progress line on stderr: counts up, then clears itself.
 *
 * @example
 * ```ts
 * const progress: Progress = createProgress(ctx, files.length, 'Checking');
 * ```
 */
export interface Progress {
  tick(file: string): void;
  done(): void;
}

/**
 * Runs shorter than this never show progress: it would only flicker.
 *
 * @example
 * ```ts
 * if (files.length >= PROGRESS_MIN_FILES) console.error('this may take a moment');
 * ```
 */
const PROGRESS_MIN_FILES = 50;
const INTERVAL_MS = 100;

/**
 * A progress line for long runs (hundreds of files), drawn on stderr only
 * when stderr is a terminal and the run is not in CI, so logs stay clean.
 *
 * @example
 * ```ts
 * import { createProgress } from './progress.js';
 * const progress = createProgress(ctx, files.length, 'Checking');
 * for (const f of files) { progress.tick(f); … }
 * progress.done();
 * ```
 */
export function createProgress(ctx: CliContext, total: number, label: string): Progress {
  const enabled = ctx.stderr.isTTY && !isCi(ctx.env) && total >= PROGRESS_MIN_FILES;
  if (!enabled) return { tick() {}, done() {} };
  let count = 0;
  let last = 0;
  let drawn = false;
  const width = Math.max(20, (ctx.stderr.columns ?? 80) - 1);
  return {
    tick(file) {
      count++;
      const now = Date.now();
      if (now - last < INTERVAL_MS && count < total) return;
      last = now;
      drawn = true;
      // A file name is shown, never obeyed: its control characters as text.
      const line = `${label} ${count}/${total} ${showControls(file)}`;
      ctx.stderr.write(`\r\u001b[K${line.length > width ? line.slice(0, width - 1) + '…' : line}`);
    },
    done() {
      if (drawn) ctx.stderr.write('\r\u001b[K');
    },
  };
}
