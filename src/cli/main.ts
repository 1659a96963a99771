/**
 * The `curricula` executable (dist/cli.cjs). The only module that reads
 * `process`: everything else gets a {@link CliContext}.
 *
 * @example
 * ```sh
 * npx curricula validate --format github
 * ```
 */
import { provideModule } from '../core/lazy-require.js';
import type { CliContext } from './context.js';
import { CliError, cliPhrase, cliText, describeFsError } from './errors.js';
import { runCli } from './run.js';

// The command is one bundle: the YAML parsers inside it are still loaded on
// first use, but from the bundle, never by resolving node_modules. The holiday
// data stays outside the bundle (tsup.config.ts) and is required from the
// package's node_modules when a plan or a dated offering first needs it.
provideModule('yaml', () => require('yaml'));
provideModule('js-yaml', () => require('js-yaml'));
provideModule('date-holidays', () => require('date-holidays'));

const ctx: CliContext = {
  cwd: process.cwd(),
  env: process.env,
  stdout: {
    write: (text) => {
      try {
        process.stdout.write(text);
      } catch (error) {
        // stdout redirected to a file writes synchronously, so its failures are thrown here.
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') stdoutLost(error);
        throw new CliError('cannotWriteStdout', { reason: describeFsError(error) });
      }
    },
    isTTY: process.stdout.isTTY === true,
  },
  stderr: {
    write: (text) => void process.stderr.write(text),
    isTTY: process.stderr.isTTY === true,
    ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
  },
};

/**
 * Output that cannot be written is exit 2, stdout included (README): a
 * closed pipe (`curricula validate | head`), a full disk or /dev/full.
 * One line on stderr, no stack trace; a reader that stopped early must not
 * pass for a complete, successful run.
 */
function stdoutLost(error: unknown): never {
  try {
    process.stderr.write(`curricula: ${cliText(ctx.locale ?? 'en', cliPhrase('cannotWriteStdout', { reason: describeFsError(error) }))}\n`);
  } catch {
    // stderr is gone too: the exit code is all that is left.
  }
  process.exit(2);
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => stdoutLost(error));

void runCli(process.argv.slice(2), ctx).then((code) => {
  // exitCode rather than exit(): pending stdout writes to a pipe still flush.
  process.exitCode = code;
});
