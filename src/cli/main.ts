/**
 * The `curricula` executable (dist/cli.cjs). The only module that reads
 * `process`: everything else gets a {@link CliContext}.
 *
 * @example
 * ```sh
 * npx curricula validate --format github
 * ```
 */
import { join } from 'node:path';
import { provideModule } from '../core/lazy-require.js';
import { CATALOG_MODULES } from '../messages/catalogs.js';
import { BUILTIN_PROFILES } from '../recognition/builtin.js';
import type { CliContext } from './context.js';
import { CliError, cliPhrase, cliText, describeFsError } from './errors.js';
import { runCli } from './run.js';

// The command is one bundle with what every run needs. What only some runs need is in files of
// its own beside it in dist/, required on first use, so that a run never parses more than it
// uses (start-up is mostly compiling the bundle): the YAML parsers (cli-js-yaml.cjs for YAML
// text, cli-yaml.cjs for text with problems and for writing YAML), the message catalogs
// (messages-en.cjs, messages-de.cjs: a clean run shows none of their texts) and the recognition
// profiles, the last three the same files the library's Node entry reads. The holiday data stays
// outside the bundle (tsup.config.ts) and is required from the package's node_modules when a plan
// or a dated offering first needs it.
const beside = (file: string) => (): unknown => require(join(__dirname, file));
provideModule('yaml', beside('cli-yaml.cjs'));
provideModule('js-yaml', beside('cli-js-yaml.cjs'));
provideModule('date-holidays', () => require('date-holidays'));
provideModule(CATALOG_MODULES.en, beside('messages-en.cjs'));
provideModule(CATALOG_MODULES.de, beside('messages-de.cjs'));
provideModule(BUILTIN_PROFILES, beside('recognition-profiles.cjs'));

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
