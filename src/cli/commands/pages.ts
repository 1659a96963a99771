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

const OUT = { type: 'string', short: 'o', value: 'FILE', description: 'pageOutOption' } as const;
const LOCALE = { type: 'string', value: 'en|de', description: 'pageLocaleOption' } as const;

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
  summary: 'handbookSummary',
  usage: 'curricula handbook <program file> [--format html|md] [--offering FILE]... [--out FILE] [--locale de|en]',
  details: 'handbookDetails',
  options: {
    format: { type: 'string', short: 'f', value: 'html|md', description: 'outputFormatOption' },
    offering: { type: 'string', multiple: true, value: 'FILE', description: 'handbookOfferingOption' },
    out: OUT,
    locale: LOCALE,
    ...VALIDATION_OPTIONS,
  },
  positionals: { min: 1, max: 1, name: 'programFile' },
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
  summary: 'sheetSummary',
  usage: 'curricula sheet <offering file> --program <program file> [--format html] [--rows N] [--out FILE] [--locale de|en]',
  details: 'sheetDetails',
  options: {
    program: { type: 'string', short: 'p', value: 'FILE', description: 'sheetProgramOption' },
    format: { type: 'string', short: 'f', value: 'html', description: 'outputFormatOption' },
    rows: { type: 'string', value: 'N', description: 'rowsOption' },
    out: OUT,
    locale: LOCALE,
    ...VALIDATION_OPTIONS,
  },
  positionals: { min: 1, max: 1, name: 'offeringFile' },
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
  summary: 'calendarSummary',
  usage: 'curricula calendar <offering file> --program <program file> [--format html] [--out FILE] [--locale de|en]',
  details: 'calendarDetails',
  options: {
    program: { type: 'string', short: 'p', value: 'FILE', description: 'calendarProgramOption' },
    format: { type: 'string', short: 'f', value: 'html', description: 'outputFormatOption' },
    out: OUT,
    locale: LOCALE,
    ...VALIDATION_OPTIONS,
  },
  positionals: { min: 1, max: 1, name: 'offeringFile' },
};

/** --format, else the --out extension, else the first format (an --out file without extension). */
function pageFormat<T extends string>(values: OptionValues, formats: readonly T[]): T {
  const explicit = stringOption(values, 'format');
  if (explicit !== undefined) return choiceOption('--format', explicit === 'markdown' ? 'md' : explicit === 'htm' ? 'html' : explicit, formats);
  const out = stringOption(values, 'out');
  const ext = /\.([^./\\]+)$/.exec(out ?? '')?.[1]?.toLowerCase();
  if (out === undefined || ext === undefined) return formats[0]!;
  const implied = ext === 'htm' ? 'html' : ext === 'markdown' ? 'md' : ext;
  const format = formats.find((f) => f === implied);
  // `--out handbuch.pdf` is no HTML file: an extension no format has is a usage error, never HTML under that name.
  if (format === undefined) throw new CliError('unknownExtension', { file: out, extensions: formats.flatMap((f) => (f === 'html' ? ['.html', '.htm'] : ['.md'])), flag: '--format', formats: formats.join('|') });
  return format;
}

/** Validates the documents together and reports on stderr; true when they may be rendered (no errors). */
function checked(ctx: CliContext, values: OptionValues, settings: ReturnType<typeof validationSettings>, results: readonly ParseResult<unknown>[], files: readonly string[]): boolean {
  const diagnostics = withoutOptionDiagnostics(validate(results as never, settings.optionsFor(files)), files, settings, ctx).filter((d) => d.severity !== 'info');
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
  if (file === undefined) throw new CliError('needsProgram', { command: `curricula ${spec.name}`, usage: spec.usage });
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
    ctx.stdout.write(formatHelp(handbookSpec, localeOption(values) ?? 'en'));
    return 0;
  }
  const settings = validationSettings(values, ctx.cwd);
  // One language for the whole run: its findings and its own errors.
  ctx.locale = settings.locale;
  const locale = localeOption(values);
  const format = pageFormat(values, ['html', 'md'] as const);
  const programFile = positionals[0]!;
  const offeringFiles = stringList(values, 'offering');
  const program = readProgram(programFile, ctx.cwd, settings.explicitLocale, settings.maxBytes);
  const offerings = offeringFiles.map((file) => readOffering(file, ctx.cwd, settings.explicitLocale, settings.maxBytes));
  if (!checked(ctx, values, settings, [program, ...offerings], [programFile, ...offeringFiles])) return 1;
  const value: Program = program.value!;
  emit(ctx, values, toHandbook(value, { format, offerings: offerings.map((o) => o.value!), ...(locale ? { locale } : {}) }));
  return 0;
}

function offeringWithProgram(values: OptionValues, positionals: readonly string[], spec: CommandSpec, ctx: CliContext, settings: ReturnType<typeof validationSettings>): { offering: Offering; program: Program } | undefined {
  const offeringFile = positionals[0]!;
  const programFile = programOption(values, spec);
  const offering = readOffering(offeringFile, ctx.cwd, settings.explicitLocale, settings.maxBytes);
  const program = readProgram(programFile, ctx.cwd, settings.explicitLocale, settings.maxBytes);
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
    ctx.stdout.write(formatHelp(sheetSpec, localeOption(values) ?? 'en'));
    return 0;
  }
  const settings = validationSettings(values, ctx.cwd);
  // One language for the whole run: its findings and its own errors.
  ctx.locale = settings.locale;
  const locale = localeOption(values);
  pageFormat(values, ['html'] as const);
  const rowsFlag = stringOption(values, 'rows');
  const rows = rowsFlag === undefined ? undefined : integerOption('--rows', rowsFlag, 1);
  if (rows !== undefined && rows > 30) throw new CliError('rowsTooMany', { value: rowsFlag ?? String(rows) });
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
    ctx.stdout.write(formatHelp(calendarSpec, localeOption(values) ?? 'en'));
    return 0;
  }
  const settings = validationSettings(values, ctx.cwd);
  // One language for the whole run: its findings and its own errors.
  ctx.locale = settings.locale;
  const locale = localeOption(values);
  pageFormat(values, ['html'] as const);
  programOption(values, calendarSpec);
  const documents = offeringWithProgram(values, positionals, calendarSpec, ctx, settings);
  if (documents === undefined) return 1;
  emit(ctx, values, toCalendar(documents.offering, documents.program, locale ? { locale } : {}));
  return 0;
}
