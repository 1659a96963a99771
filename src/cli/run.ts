import { didYouMean } from '../core/did-you-mean.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';
import { VERSION } from './version.js';

/** A subcommand: its one-line summary and its code, loaded only when run. */
interface Command {
  summary: string;
  load: () => Promise<(argv: readonly string[], ctx: CliContext) => Promise<number>>;
}

// Dynamic imports keep each command's dependencies (planner, holidays, ICS writer) out of the others' start-up.
const COMMANDS: Readonly<Record<string, Command>> = {
  validate: {
    summary: 'Check program and offering documents (exit 0 clean, 1 problems, 2 usage)',
    load: async () => (await import('./commands/validate.js')).runValidate,
  },
  plan: {
    summary: 'Plan the sessions of an offering from a program and constraints',
    load: async () => (await import('./commands/plan.js')).runPlan,
  },
  export: {
    summary: 'Write an offering as ICS, CSV, Markdown, JSON or YAML',
    load: async () => (await import('./commands/export.js')).runExport,
  },
  handbook: {
    summary: 'Write the module handbook of a program (HTML or Markdown)',
    load: async () => (await import('./commands/pages.js')).runHandbook,
  },
  calendar: {
    summary: 'Write the calendar view of an offering (HTML)',
    load: async () => (await import('./commands/pages.js')).runCalendar,
  },
  sheet: {
    summary: 'Write the sign-in sheets of an offering, one A4 page per session (HTML)',
    load: async () => (await import('./commands/pages.js')).runSheet,
  },
  schema: {
    summary: 'Print the JSON Schema of programs or offerings',
    load: async () => (await import('./commands/schema.js')).runSchema,
  },
  init: {
    summary: 'Write a starter program',
    load: async () => (await import('./commands/init.js')).runInit,
  },
};

const GLOBAL_FLAGS = ['--help', '-h', '--version', '-v', '-V', '--debug', '--color', '--no-color'];

/**
 * The top-level help: commands and where to read more.
 *
 * @example
 * ```ts
 * import { mainHelp } from './run.js';
 * mainHelp().startsWith('Usage: curricula <command>'); // true
 * ```
 */
function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length)) + 2;
  return [
    'Usage: curricula <command> [options]',
    '',
    'Modular curricula as data: check programs and offerings like code, plan dated sessions.',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`),
    '',
    'Options:',
    '  -h, --help     Show help (also: curricula <command> --help)',
    '  -v, --version  Show the version',
    '',
    'Examples:',
    '  curricula validate',
    '  curricula validate "programs/**/*.yaml" --format sarif --output curricula.sarif',
    '  curricula plan program.yaml --start 2027-01-04 --state BW --format md',
    '  curricula handbook program.yaml --out handbuch.html',
    '',
  ].join('\n');
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs the `curricula` command and returns its exit code: 0 success, 1
 * problems found, 2 usage errors, missing files, bad config or internal
 * errors (one line on stderr, prefixed `curricula: `; the stack only with
 * `--debug`). Never throws and never exits the process itself.
 *
 * @example
 * ```ts
 * import { runCli } from './run.js';
 * process.exitCode = await runCli(process.argv.slice(2), ctx);
 * ```
 */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    // Global flags may come before the command; the command gets them passed on.
    const leading: string[] = [];
    let i = 0;
    while (i < argv.length && argv[i]!.startsWith('-')) leading.push(argv[i++]!);
    const name = argv[i];
    const rest = [...leading, ...argv.slice(i + 1)];
    for (const flag of leading) {
      if (flag === '--version' || flag === '-v' || flag === '-V') {
        ctx.stdout.write(`${VERSION}\n`);
        return 0;
      }
      if (!GLOBAL_FLAGS.includes(flag)) {
        const guess = didYouMean(flag.replace(/^-+/, ''), GLOBAL_FLAGS.filter((f) => f.startsWith('--')).map((f) => f.slice(2)));
        throw new CliError(`Unknown option '${flag}'` + (guess ? `. Did you mean '--${guess}'?` : `. See 'curricula --help'.`));
      }
    }
    if (name === undefined) {
      if (leading.includes('--help') || leading.includes('-h')) {
        ctx.stdout.write(mainHelp());
        return 0;
      }
      ctx.stderr.write(mainHelp());
      return 2;
    }
    if (name === 'help') {
      const topic = argv[i + 1];
      if (topic === undefined) {
        ctx.stdout.write(mainHelp());
        return 0;
      }
      return await runCli([topic, '--help'], ctx);
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) {
      const guess = didYouMean(name, Object.keys(COMMANDS));
      throw new CliError(`Unknown command '${name}'` + (guess ? `. Did you mean '${guess}'?` : `. Commands: ${Object.keys(COMMANDS).join(', ')}`));
    }
    const run = await command.load();
    return await run(rest, ctx);
  } catch (error) {
    if (error instanceof CliError) {
      ctx.stderr.write(`curricula: ${error.message.split('\n')[0]}\n`);
      if (debug && error.stack) ctx.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    ctx.stderr.write(`curricula: internal error: ${message(error).split('\n')[0]}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug) ctx.stderr.write(`${error instanceof Error && error.stack ? error.stack : String(error)}\n`);
    return 2;
  }
}
