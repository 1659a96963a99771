import { resolve } from 'node:path';
import { hasErrors } from '../../core/diagnostic.js';
import type { ParseResult } from '../../model/parse.js';
import type { Offering } from '../../model/offering.js';
import type { Program } from '../../model/program.js';
import { toCalendar, toHandbook, toSignInSheet } from '../../pages/index.js';
import { validate } from '../../validate/index.js';
import { choiceOption, formatHelp, integerOption, parseCommandArgs, stringList, stringOption, type CommandSpec, type OptionValues } from '../args.js';
import type { CliContext } from '../context.js';
import { readOffering, readProgram } from '../documents.js';
import { CliError } from '../errors.js';
import { validationSettings, VALIDATION_OPTIONS, withoutOptionDiagnostics } from '../validation-settings.js';
import { writeFileAtomic } from '../write-file.js';
import { colorFlag, localeOption, reportOnStderr } from './common.js';

const OUT = { type: 'string', short: 'o', value: 'FILE', description: 'Write to FILE (atomically; missing folders are made) instead of stdout' } as const;
const LOCALE = { type: 'string', value: 'en|de', description: "Language of messages and of the page (default for the page: the document's language)" } as const;

/**
 * The options of `curricula handbook`.
 *
 * @example
 * ```ts
 * process.stdout.write(formatHelp(handbookSpec));
 * ```
 */
export const handbookSpec: CommandSpec = {
  name: 'handbook',
  summary: 'Write the module handbook of a program (HTML with the prerequisite graph and schema.org data, or Markdown).',
  usage: 'curricula handbook <program file> [--format html|md] [--offering FILE]... [--out FILE] [--locale de|en]',
  details: [
    'The program (and any --offering) is validated first (config and --rule as for validate);',
    'errors exit 1 and nothing is written. The format follows --format, else the --out',
    'extension (.html, .htm, .md), else html. Offerings add their dates to the JSON-LD.',
  ].join('\n'),
  options: {
    format: { type: 'string', short: 'f', value: 'html|md', description: 'Output format' },
    offering: { type: 'string', multiple: true, value: 'FILE', description: "An offering of the program, for the page's schema.org CourseInstance" },
    out: OUT,
    locale: LOCALE,
    ...VALIDATION_OPTIONS,
  },
  positionals: { min: 1, max: 1, name: 'a program file' },
};

/**
 * The options of `curricula sheet`.
 *
 * @example
 * ```ts
 * process.stdout.write(formatHelp(sheetSpec));
 * ```
 */
export const sheetSpec: CommandSpec = {
  name: 'sheet',
  summary: 'Write the sign-in sheets of an offering: one A4 page per scheduled session (HTML).',
  usage: 'curricula sheet <offering file> --program <program file> [--format html] [--rows N] [--out FILE] [--locale de|en]',
  details: [
    'Both files are validated together first; errors exit 1 and nothing is written.',
    "Print the page from a browser: each session is one A4 page. --rows sets the lines for",
    "participants (1 to 30; default the program's participants.max, else 15).",
  ].join('\n'),
  options: {
    program: { type: 'string', short: 'p', value: 'FILE', description: 'The program the offering runs (module titles, unit)' },
    format: { type: 'string', short: 'f', value: 'html', description: 'Output format' },
    rows: { type: 'string', value: 'N', description: 'Lines for participants on each sheet' },
    out: OUT,
    locale: LOCALE,
    ...VALIDATION_OPTIONS,
  },
  positionals: { min: 1, max: 1, name: 'an offering file' },
};

/**
 * The options of `curricula calendar`.
 *
 * @example
 * ```ts
 * process.stdout.write(formatHelp(calendarSpec));
 * ```
 */
export const calendarSpec: CommandSpec = {
  name: 'calendar',
  summary: "Write the calendar view of an offering: month grids with its session days and the state's public holidays (HTML).",
  usage: 'curricula calendar <offering file> --program <program file> [--format html] [--out FILE] [--locale de|en]',
  details: [
    'Both files are validated together first; errors exit 1 and nothing is written.',
    "Holidays are those of the offering's state (and region), else Germany's nationwide ones.",
    'The page prints on A4 landscape.',
  ].join('\n'),
  options: {
    program: { type: 'string', short: 'p', value: 'FILE', description: 'The program the offering runs (module titles)' },
    format: { type: 'string', short: 'f', value: 'html', description: 'Output format' },
    out: OUT,
    locale: LOCALE,
    ...VALIDATION_OPTIONS,
  },
  positionals: { min: 1, max: 1, name: 'an offering file' },
};

/** --format, else the --out extension, else the first format. */
function pageFormat<T extends string>(values: OptionValues, formats: readonly T[]): T {
  const explicit = stringOption(values, 'format');
  if (explicit !== undefined) return choiceOption('--format', explicit === 'markdown' ? 'md' : explicit === 'htm' ? 'html' : explicit, formats);
  const ext = /\.([^./\\]+)$/.exec(stringOption(values, 'out') ?? '')?.[1]?.toLowerCase();
  const implied = ext === 'htm' ? 'html' : ext === 'markdown' ? 'md' : ext;
  return formats.find((f) => f === implied) ?? formats[0]!;
}

/** Validates the documents together and reports on stderr; true when they may be rendered (no errors). */
function checked(ctx: CliContext, values: OptionValues, settings: ReturnType<typeof validationSettings>, results: readonly ParseResult<unknown>[], files: readonly string[]): boolean {
  const diagnostics = withoutOptionDiagnostics(validate(results as never, settings.options), files, settings, ctx).filter((d) => d.severity !== 'info');
  reportOnStderr(ctx, files, diagnostics, settings.locale, colorFlag(values));
  return !hasErrors(diagnostics) && results.every((r) => r.value !== undefined);
}

function emit(ctx: CliContext, values: OptionValues, output: string): void {
  const out = stringOption(values, 'out');
  if (out !== undefined) writeFileAtomic(resolve(ctx.cwd, out), output, { display: out, createFolders: true });
  else ctx.stdout.write(output);
}

function programOption(values: OptionValues, spec: CommandSpec): string {
  const file = stringOption(values, 'program');
  if (file === undefined) throw new CliError(`'curricula ${spec.name}' needs --program <program file>. Usage: ${spec.usage}`);
  return file;
}

/**
 * `curricula handbook`: validates a program and writes its module handbook.
 *
 * @example
 * ```ts
 * import { runHandbook } from './pages.js';
 * await runHandbook(['program.yaml', '--out', 'handbuch.html'], ctx);
 * ```
 */
export async function runHandbook(argv: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(handbookSpec, argv);
  if (values.help) {
    ctx.stdout.write(formatHelp(handbookSpec));
    return 0;
  }
  const settings = validationSettings(values, ctx.cwd);
  const locale = localeOption(values);
  const format = pageFormat(values, ['html', 'md'] as const);
  const programFile = positionals[0]!;
  const offeringFiles = stringList(values, 'offering');
  const program = readProgram(programFile, ctx.cwd, settings.explicitLocale);
  const offerings = offeringFiles.map((file) => readOffering(file, ctx.cwd, settings.explicitLocale));
  if (!checked(ctx, values, settings, [program, ...offerings], [programFile, ...offeringFiles])) return 1;
  const value: Program = program.value!;
  emit(ctx, values, toHandbook(value, { format, offerings: offerings.map((o) => o.value!), ...(locale ? { locale } : {}) }));
  return 0;
}

function offeringWithProgram(values: OptionValues, positionals: readonly string[], spec: CommandSpec, ctx: CliContext, settings: ReturnType<typeof validationSettings>): { offering: Offering; program: Program } | undefined {
  const offeringFile = positionals[0]!;
  const programFile = programOption(values, spec);
  const offering = readOffering(offeringFile, ctx.cwd, settings.explicitLocale);
  const program = readProgram(programFile, ctx.cwd, settings.explicitLocale);
  if (!checked(ctx, values, settings, [offering, program], [offeringFile, programFile])) return undefined;
  return { offering: offering.value!, program: program.value! };
}

/**
 * `curricula sheet`: validates an offering with its program and writes its sign-in sheets.
 *
 * @example
 * ```ts
 * import { runSheet } from './pages.js';
 * await runSheet(['kurs-2027.yaml', '--program', 'program.yaml', '--out', 'listen.html'], ctx);
 * ```
 */
export async function runSheet(argv: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(sheetSpec, argv);
  if (values.help) {
    ctx.stdout.write(formatHelp(sheetSpec));
    return 0;
  }
  const settings = validationSettings(values, ctx.cwd);
  const locale = localeOption(values);
  pageFormat(values, ['html'] as const);
  const rowsFlag = stringOption(values, 'rows');
  const rows = rowsFlag === undefined ? undefined : integerOption('--rows', rowsFlag, 1);
  if (rows !== undefined && rows > 30) throw new CliError(`Invalid value '${rowsFlag}' for --rows: at most 30 lines fit on one A4 page`);
  programOption(values, sheetSpec);
  const documents = offeringWithProgram(values, positionals, sheetSpec, ctx, settings);
  if (documents === undefined) return 1;
  emit(ctx, values, toSignInSheet(documents.offering, documents.program, { ...(locale ? { locale } : {}), ...(rows !== undefined ? { rows } : {}) }));
  return 0;
}

/**
 * `curricula calendar`: validates an offering with its program and writes its calendar view.
 *
 * @example
 * ```ts
 * import { runCalendar } from './pages.js';
 * await runCalendar(['kurs-2027.yaml', '--program', 'program.yaml', '--out', 'kalender.html'], ctx);
 * ```
 */
export async function runCalendar(argv: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(calendarSpec, argv);
  if (values.help) {
    ctx.stdout.write(formatHelp(calendarSpec));
    return 0;
  }
  const settings = validationSettings(values, ctx.cwd);
  const locale = localeOption(values);
  pageFormat(values, ['html'] as const);
  programOption(values, calendarSpec);
  const documents = offeringWithProgram(values, positionals, calendarSpec, ctx, settings);
  if (documents === undefined) return 1;
  emit(ctx, values, toCalendar(documents.offering, documents.program, locale ? { locale } : {}));
  return 0;
}
