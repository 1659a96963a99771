import { didYouMean } from '../core/did-you-mean.js';
import type { CliContext } from './context.js';
import type { MessageData } from '../core/diagnostic.js';
import type { Locale } from '../core/locale.js';
import type { CliMessageId } from './catalog/types.js';
import { localeFromArgv as localeOf } from './args.js';
import { CliError, cliPhrase, cliText } from './errors.js';
import { showControls } from './formatters/report.js';
import { VERSION } from './version.js';

/** A subcommand: its one-line summary and its code, loaded only when run. */
interface Command {
  /** One line for the main help: an id of the `cli.help` messages. */
  summary: CliMessageId<'cli.help'>;
  load: () => Promise<(argv: readonly string[], ctx: CliContext) => Promise<number>>;
}

// Dynamic imports keep each command's dependencies (planner, holidays, ICS writer) out of the others' start-up.
const COMMANDS: Readonly<Record<string, Command>> = {
  validate: {
    summary: 'validateCommand',
    load: async () => (await import('./commands/validate.js')).runValidate,
  },
  plan: {
    summary: 'planCommand',
    load: async () => (await import('./commands/plan.js')).runPlan,
  },
  export: {
    summary: 'exportCommand',
    load: async () => (await import('./commands/export.js')).runExport,
  },
  handbook: {
    summary: 'handbookCommand',
    load: async () => (await import('./commands/pages.js')).runHandbook,
  },
  calendar: {
    summary: 'calendarCommand',
    load: async () => (await import('./commands/pages.js')).runCalendar,
  },
  sheet: {
    summary: 'sheetCommand',
    load: async () => (await import('./commands/pages.js')).runSheet,
  },
  timetable: {
    summary: 'timetableCommand',
    load: async () => (await import('./commands/pages.js')).runTimetable,
  },
  schema: {
    summary: 'schemaCommand',
    load: async () => (await import('./commands/schema.js')).runSchema,
  },
  init: {
    summary: 'initCommand',
    load: async () => (await import('./commands/init.js')).runInit,
  },
  diff: {
    summary: 'diffCommand',
    load: async () => (await import('./commands/diff.js')).runDiff,
  },
  fix: {
    summary: 'fixCommand',
    load: async () => (await import('./commands/fix.js')).runFix,
  },
};

const GLOBAL_FLAGS = ['--help', '-h', '--version', '-v', '-V', '--debug', '--color', '--no-color'];

/**
 * The top-level help: commands and where to read more.
 *
 * @example
 * ```ts
 * import { mainHelp } from './run.js';
 * mainHelp('en').startsWith('Usage: curricula <command>'); // true
 * ```
 */
function mainHelp(locale: Locale): string {
  const help = (id: string, data?: MessageData): string => cliText(locale, { ns: 'cli.help', id, ...(data ? { data } : {}) });
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length)) + 2;
  return [
    help('usage', { usage: help('mainUsage') }),
    '',
    help('tagline'),
    '',
    help('commands'),
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}${help(c.summary)}`),
    '',
    help('options'),
    `  -h, --help     ${help('mainHelpOption')}`,
    `  -v, --version  ${help('mainVersionOption')}`,
    '',
    help('examples'),
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
        if (guess) throw new CliError('unknownGlobalOptionGuess', { flag, suggestion: `--${guess}` });
        throw new CliError('unknownGlobalOption', { flag });
      }
    }
    if (name === undefined) {
      if (leading.includes('--help') || leading.includes('-h')) {
        ctx.stdout.write(mainHelp(localeOf(argv)));
        return 0;
      }
      ctx.stderr.write(mainHelp(localeOf(argv)));
      return 2;
    }
    if (name === 'help') {
      const topic = argv[i + 1];
      if (topic === undefined) {
        ctx.stdout.write(mainHelp(localeOf(argv)));
        return 0;
      }
      return await runCli([topic, '--help'], ctx);
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) {
      const guess = didYouMean(name, Object.keys(COMMANDS));
      if (guess) throw new CliError('unknownCommandGuess', { name, suggestion: guess });
      throw new CliError('unknownCommand', { name, commands: Object.keys(COMMANDS) });
    }
    const run = await command.load();
    return await run(rest, ctx);
  } catch (error) {
    // The language of the run: what the command settled on, else what the command line asks for.
    const locale = ctx.locale ?? localeOf(argv);
    if (error instanceof CliError) {
      ctx.stderr.write(`curricula: ${showControls(error.text(locale).split('\n')[0]!)}\n`);
      if (debug && error.stack) ctx.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    const detail = message(error).split('\n')[0]!;
    ctx.stderr.write(`curricula: ${showControls(cliText(locale, cliPhrase(debug ? 'internalErrorDebug' : 'internalError', { detail })))}\n`);
    if (debug) ctx.stderr.write(`${error instanceof Error && error.stack ? error.stack : String(error)}\n`);
    return 2;
  }
}
