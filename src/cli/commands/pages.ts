import { resolve } from 'node:path';
import { hasErrors } from '../../core/diagnostic.js';
import type { ParseResult } from '../../model/parse.js';
import type { Offering } from '../../model/offering.js';
import type { Program } from '../../model/program.js';
import { toCalendar, toHandbook, toSignInSheet, toTimetablePage } from '../../pages/index.js';
import { toTimetable } from '../../export/index.js';
import { recognitionVerdicts } from '../../validate/index.js';
import { validate } from '../../validate/index.js';
import { choiceOption, formatHelp, integerOption, parseCommandArgs, stringList, stringOption, type CommandSpec, type OptionValues } from '../args.js';
import type { CliContext } from '../context.js';
import { readOffering, readProgram } from '../documents.js';
import { CliError } from '../errors.js';
import { validationSettings, VALIDATION_OPTIONS, withoutOptionDiagnostics } from '../validation-settings.js';
import { writeFileAtomic } from '../write-file.js';
import { colorFlag, localeOption, reportOnStderr, separatorOption } from './common.js';
import { PROFILE_OPTION } from '../validation-settings.js';

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
  usage: 'handbookUsage',
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
  usage: 'sheetUsage',
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
  usage: 'calendarUsage',
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

/**
 * The options of `curricula timetable`.
 *
 * @example
 * ```ts
 * process.stdout.write(formatHelp(timetableSpec));
 * ```
 */
export const timetableSpec: CommandSpec = {
  name: 'timetable',
  summary: 'timetableSummary',
  usage: 'timetableUsage',
  details: 'timetableDetails',
  options: {
    program: { type: 'string', short: 'p', value: 'FILE', description: 'timetableProgramOption' },
    format: { type: 'string', short: 'f', value: 'md|html|csv', description: 'outputFormatOption' },
    agenda: { type: 'string', value: 'as-is|from-topics', description: 'agendaOption' },
    separator: { type: 'string', value: ',|;', description: 'separatorOption' },
    bom: { type: 'boolean', description: 'bomOption' },
    'csv-formulas': { type: 'boolean', description: 'csvFormulasOption' },
    out: OUT,
    locale: { type: 'string', value: 'de|en', description: 'timetableLocaleOption' },
    ...VALIDATION_OPTIONS,
    ...PROFILE_OPTION,
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
  if (file === undefined) throw new CliError('needsProgram', { command: `curricula ${spec.name}`, usage: { ns: 'cli.help', id: spec.usage } });
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

/**
 * `curricula timetable`: validates an offering with its program and writes
 * its timetable for a recognition application (Markdown, HTML or CSV),
 * German unless `--locale en`. Findings of the recognition rules do not
 * stop it: they are the verdict the timetable gives (and are shown on
 * stderr); when a recognition does not qualify the timetable is still
 * written, and the exit code is 1.
 *
 * @example
 * ```ts
 * import { runTimetable } from './pages.js';
 * await runTimetable(['kurs-2027.yaml', '--program', 'program.yaml', '--agenda', 'from-topics', '--out', 'ablaufplan.md'], ctx);
 * ```
 */
export async function runTimetable(argv: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(timetableSpec, argv);
  if (values.help) {
    ctx.stdout.write(formatHelp(timetableSpec, localeOption(values) ?? 'en'));
    return 0;
  }
  const settings = validationSettings(values, ctx.cwd);
  const locale = localeOption(values) ?? 'de';
  const format = pageFormat(values, ['md', 'html', 'csv'] as const);
  const agendaFlag = stringOption(values, 'agenda');
  const agenda = agendaFlag === undefined ? 'as-is' : choiceOption('--agenda', agendaFlag, ['as-is', 'from-topics'] as const);
  const separator = separatorOption(values);
  programOption(values, timetableSpec);
  const offeringFile = positionals[0]!;
  const programFile = stringOption(values, 'program')!;
  const offering = readOffering(offeringFile, ctx.cwd, settings.explicitLocale);
  const program = readProgram(programFile, ctx.cwd, settings.explicitLocale);
  const files = [offeringFile, programFile];
  // The recognition rules' findings are the timetable's verdict: shown, but they do not stop it.
  const diagnostics = withoutOptionDiagnostics(validate([offering, program] as never, settings.options), files, settings, ctx).filter((d) => d.severity !== 'info');
  reportOnStderr(ctx, files, diagnostics, settings.locale, colorFlag(values));
  const blocking = diagnostics.filter((d) => !d.code.startsWith('recognition/') || d.code === 'recognition/profile');
  if (hasErrors(blocking) || offering.value === undefined || program.value === undefined) return 1;
  const content = {
    locale,
    agenda,
    ...(settings.options.profiles !== undefined ? { profiles: settings.options.profiles } : {}),
    ...(settings.options.customProfiles !== undefined ? { customProfiles: settings.options.customProfiles } : {}),
  } as const;
  const output =
    format === 'html'
      ? toTimetablePage(offering.value, program.value, content)
      : toTimetable(offering.value, program.value, {
          ...content,
          format,
          ...(separator !== undefined ? { separator } : {}),
          ...(values.bom === true ? { bom: true } : {}),
          ...(values['csv-formulas'] === true ? { escapeFormulas: false } : {}),
        });
  emit(ctx, values, output);
  const verdicts = recognitionVerdicts(offering.value, program.value, content);
  return verdicts.every((v) => v.qualifies) ? 0 : 1;
}
