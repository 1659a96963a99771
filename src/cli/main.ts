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
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
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

// A closed pipe (`curricula validate | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  // A full disk or /dev/full: the output is lost, which is exit 2 (as an unwritable --out), in one line.
  process.stderr.write(`curricula: ${cliText(ctx.locale ?? 'en', cliPhrase('cannotWriteStdout', { reason: describeFsError(error) }))}\n`);
  process.exit(2);
});

void runCli(process.argv.slice(2), ctx).then((code) => {
  // exitCode rather than exit(): pending stdout writes to a pipe still flush.
  process.exitCode = code;
});
