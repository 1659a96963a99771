import { appendFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { Locale } from '../../core/locale.js';
import { diagnosticOf, finding, isDiagnosticCode, renderDiagnostic } from '../../messages/index.js';
import { FileSettings } from '../../validate/file-settings.js';
import type { RuleSetting, ValidateOptions } from '../../validate/options.js';
import { validate } from '../../validate/index.js';
import { describeRule, registryRules } from '../../validate/registry.js';
import { builtinRuleDocs, builtinRuleReason } from '../../validate/rule-docs.js';
import {
  choiceOption,
  formatHelp,
  integerOption,
  localeFromArgv,
  parseCommandArgs,
  stringOption,
  type CommandSpec,
  type ParsedArgs,
} from '../args.js';
import { useColor, type CliContext } from '../context.js';
import { groupByFile, readDocument, type ReadDocument } from '../documents.js';
import { CliError, cliPhrase, cliText, describeFsError } from '../errors.js';
import { formatGithub, formatStepSummary } from '../formatters/github.js';
import { formatJson } from '../formatters/json.js';
import { formatJunit, type JunitOptions } from '../formatters/junit.js';
import { countDiagnostics, type FileReport } from '../formatters/report.js';
import { formatSarif, type SarifRule } from '../formatters/sarif.js';
import { formatStylish } from '../formatters/stylish.js';
import { findInputs, type WithoutKind } from '../inputs.js';
import { createProgress } from '../progress.js';
import { INFORMATION_URI, VERSION } from '../version.js';
import { PROFILE_OPTION, validationSettings, VALIDATION_OPTIONS, withoutOptionDiagnostics } from '../validation-settings.js';
import { writeFileAtomic } from '../write-file.js';
import { localeOption } from './common.js';

/**
 * The report formats of `curricula validate`.
 *
 * @example
 * ```ts
 * FORMATS.includes('sarif'); // true
 * ```
 */
export const FORMATS = ['stylish', 'json', 'github', 'junit', 'sarif'] as const;
/**
 * A report format.
 *
 * @example
 * ```ts
 * const format: ReportFormat = 'github';
 * ```
 */
export type ReportFormat = (typeof FORMATS)[number];

/**
 * The options of `curricula validate`.
 *
 * @example
 * ```ts
 * process.stdout.write(formatHelp(validateSpec));
 * ```
 */
export const validateSpec: CommandSpec = {
  name: 'validate',
  summary: 'validateSummary',
  usage: 'validateUsage',
  details: 'validateDetails',
  options: {
    format: { type: 'string', short: 'f', multiple: true, value: FORMATS.join('|'), description: 'reportFormatOption' },
    output: { type: 'string', short: 'o', multiple: true, value: 'FILE', description: 'outputOption' },
    'max-warnings': { type: 'string', value: 'N', description: 'maxWarningsOption' },
    quiet: { type: 'boolean', short: 'q', description: 'quietOption' },
    'report-unused-disable-directives': { type: 'boolean', description: 'reportUnusedOption' },
    'report-unused-disable-directives-severity': { type: 'string', value: 'off|warn|error', description: 'reportUnusedSeverityOption' },
    ...VALIDATION_OPTIONS,
    ...PROFILE_OPTION,
    locale: { type: 'string', value: 'en|de', description: 'messagesLocaleOption' },
    state: { type: 'string', value: 'BW', description: 'holidayStateOption' },
  },
  positionals: { min: 0, max: Infinity, name: 'paths' },
};

/** A file name for each report format, for the example in a usage error. */
const REPORT_FILES: Readonly<Record<ReportFormat, string>> = {
  stylish: 'curricula.txt',
  json: 'curricula.json',
  github: 'curricula.txt',
  junit: 'curricula.xml',
  sarif: 'curricula.sarif',
};

/**
 * One report to write: a format and where it goes (stdout when no output).
 *
 * @example
 * ```ts
 * const target: ReportTarget = { format: 'sarif', output: 'curricula.sarif' };
 * ```
 */
export interface ReportTarget {
  format: ReportFormat;
  output: string | undefined;
}

/**
 * Pairs `--format` and `--output` in the order given: an output belongs to
 * the format before it (or, if none is waiting, to the next one; stylish
 * when no format follows). No format at all means stylish on stdout. At
 * most one format may go to stdout: two would run together into one text
 * (a {@link CliError}, exit 2).
 *
 * @example
 * ```ts
 * import { reportTargets } from './validate.js';
 * reportTargets([{ name: 'format', value: 'stylish' }, { name: 'format', value: 'sarif' }, { name: 'output', value: 'r.sarif' }]);
 * // [{ format: 'stylish', output: undefined }, { format: 'sarif', output: 'r.sarif' }]
 * ```
 */
export function reportTargets(ordered: ParsedArgs['ordered']): ReportTarget[] {
  const targets: ReportTarget[] = [];
  const waiting: string[] = [];
  for (const { name, value } of ordered) {
    if (name === 'format' && value !== undefined) {
      const format = choiceOption('--format', value, FORMATS);
      targets.push({ format, output: waiting.shift() });
    } else if (name === 'output' && value !== undefined) {
      const last = targets[targets.length - 1];
      if (last && last.output === undefined && waiting.length === 0) last.output = value;
      else waiting.push(value);
    }
  }
  for (const output of waiting) targets.push({ format: 'stylish', output });
  if (targets.length === 0) targets.push({ format: 'stylish', output: undefined });
  // Two reports on stdout run together into one text that no reader of either format can parse.
  const onStdout = targets.filter((t) => t.output === undefined).map((t) => t.format);
  if (onStdout.length > 1) {
    const last = onStdout[onStdout.length - 1]!;
    throw new CliError('formatsShareStdout', { formats: onStdout, last, file: REPORT_FILES[last] });
  }
  return targets;
}

export { parseRuleFlags } from '../validation-settings.js';

/** Formats read by CI, where a directive that disables nothing should be seen: unused ones are warnings there by default. */
const CI_FORMATS: ReadonlySet<ReportFormat> = new Set<ReportFormat>(['github', 'sarif', 'junit']);

/**
 * How unused disable directives are reported: `--report-unused-disable-directives`
 * (errors, as ESLint's flag), `--report-unused-disable-directives-severity`,
 * the config's `reportUnusedDisableDirectives`, else warnings when a report
 * goes to CI (github, sarif, junit) and nothing otherwise.
 */
function unusedDirectives(values: ParsedArgs['values'], config: RuleSetting | undefined, targets: readonly ReportTarget[]): RuleSetting | undefined {
  const severity = stringOption(values, 'report-unused-disable-directives-severity');
  if (severity !== undefined) return choiceOption('--report-unused-disable-directives-severity', severity, ['off', 'warn', 'error'] as const);
  if (values['report-unused-disable-directives'] === true) return 'error';
  if (config !== undefined) return config;
  return targets.some((t) => CI_FORMATS.has(t.format)) ? 'warn' : undefined;
}

/** `document/without-kind` for each file found without `kind` that looks like a document, unless settings switch it off. */
function withoutKindDiagnostics(found: ReadonlyMap<string, WithoutKind>, options: ValidateOptions, locale: Locale): Diagnostic[] {
  const settings = new FileSettings(options.rules, options.overrides);
  const out: Diagnostic[] = [];
  for (const [file, { looksLike, keys }] of found) {
    const setting = settings.setting(file, 'document/without-kind');
    if (setting === 'off') continue;
    const f = finding('document/without-kind', 'looksLike', { kind: looksLike, keys }, 'addKind');
    out.push(diagnosticOf(f, { path: '', file, ...(setting !== undefined ? { severity: setting } : {}) }, locale));
  }
  return out;
}

/** The folder holding `.git` above `from`, where code scanning paths start; else undefined. */
function repositoryRoot(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    try {
      statSync(join(dir, '.git'));
      return dir;
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
  }
}

function sarifRules(locale: Locale): SarifRule[] {
  // What a validation can report: every code but the planner's (the options' only when a run stops on them).
  return registryRules(['load', 'schema', 'set', 'rule', 'options', 'internal']).map(({ meta }) => {
    // The command bundles the built-in rules' docs (the library does not), so code scanning shows why, in
    // the run's language; a custom rule's own docs have the one language their author wrote.
    const { id } = meta;
    const description = describeRule(meta, locale);
    const why = isDiagnosticCode(id) ? builtinRuleReason(id, locale) : meta.docs?.why;
    const url = (meta.docs ?? builtinRuleDocs.get(id))?.url;
    return {
      id,
      description,
      help: why ? `${description}\n\n${why}` : description,
      ...(url ? { helpUri: url } : {}),
      severity: meta.severity,
    };
  });
}

function render(
  format: ReportFormat,
  reports: readonly FileReport[],
  color: boolean,
  locale: Locale,
  root: string | undefined,
  options: JunitOptions = {},
  /** How many files were checked, for the stylish report's last line; undefined: no such line (--quiet, a usage error). */
  checked?: number,
): string {
  switch (format) {
    case 'stylish':
      // What was checked ends the report, so a clean run says so too; --quiet keeps a clean run silent.
      return formatStylish(reports, { color, locale, checked });
    case 'json':
      return formatJson(reports);
    case 'github':
      return formatGithub(reports);
    case 'junit':
      return formatJunit(reports, { ...options, locale });
    case 'sarif':
      return formatSarif(reports, {
        version: VERSION,
        informationUri: INFORMATION_URI,
        rules: sarifRules(locale),
        ...(root ? { srcRoot: pathToFileURL(root + sep).href } : {}),
      });
  }
}

/**
 * Where the report of a usage error puts its finding when no file is to
 * blame (an unknown option, a pattern that matches nothing).
 *
 * @example
 * ```ts
 * COMMAND_LINE; // '<command line>'
 * ```
 */
export const COMMAND_LINE = '<command line>';

/**
 * The report targets of a command line that could not be parsed: `--format`
 * and `--output` read leniently, so that an unknown option elsewhere still
 * leaves the reports it asked for. A format that is not one of
 * {@link FORMATS} writes nothing (its output would get a report it did not
 * ask for).
 *
 * @example
 * ```ts
 * lenientTargets(['--formatt', 'x', '-f', 'sarif', '-o', 'r.sarif']); // [{ format: 'sarif', output: 'r.sarif' }]
 * ```
 */
export function lenientTargets(argv: readonly string[]): ReportTarget[] {
  const ordered: ParsedArgs['ordered'] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const m = /^(?:--(format|output)(?:=(.*))?|-([fo])(.+)?)$/s.exec(arg);
    if (m === null) continue;
    const name = m[1] ?? (m[3] === 'f' ? 'format' : 'output');
    const value = m[2] ?? m[4] ?? argv[++i];
    if (value !== undefined) ordered.push({ name, value });
  }
  const targets: { format: ReportFormat | undefined; output: string | undefined }[] = [];
  const waiting: string[] = [];
  for (const { name, value } of ordered) {
    if (name === 'format') {
      const format = (FORMATS as readonly string[]).includes(value!) ? (value as ReportFormat) : undefined;
      targets.push({ format, output: waiting.shift() });
    } else {
      const last = targets[targets.length - 1];
      if (last && last.output === undefined && waiting.length === 0) last.output = value;
      else waiting.push(value!);
    }
  }
  for (const output of waiting) targets.push({ format: 'stylish', output });
  return targets.filter((t): t is ReportTarget => t.format !== undefined);
}

/**
 * The finding a usage error is reported as: the located problem behind it
 * (a config file's), else a `usage` finding on the command line.
 */
function usageDiagnostic(error: CliError, locale: Locale): Diagnostic {
  if (error.diagnostic) return renderDiagnostic(error.diagnostic, locale);
  const file = error.phrase.id === 'noSuchFile' || error.phrase.id === 'cannotRead' ? String(error.phrase.data?.file ?? COMMAND_LINE) : COMMAND_LINE;
  return diagnosticOf(finding('usage', 'error', { message: error.text(locale) }), { path: '', file }, locale);
}

/**
 * Writes every report asked for with `--output` when the run stops on a
 * usage error (exit 2), each with the error as its one finding: a CI step
 * that uploads the SARIF file, or a dashboard reading the JUnit file, then
 * has a file that says what went wrong. Reports on stdout are not written
 * (stderr has the message). A report that cannot be written is left out;
 * the usage error is what the run reports.
 */
function writeUsageReports(targets: readonly ReportTarget[], error: CliError, ctx: CliContext, locale: Locale): void {
  const files = targets.filter((t) => t.output !== undefined);
  if (files.length === 0) return;
  const d = usageDiagnostic(error, locale);
  const reports: FileReport[] = [{ file: d.file ?? COMMAND_LINE, diagnostics: [d] }];
  const root = repositoryRoot(ctx.cwd);
  for (const target of files) {
    try {
      writeFileAtomic(resolve(ctx.cwd, target.output!), render(target.format, reports, false, locale, root), { display: target.output!, createFolders: true });
    } catch {
      // The usage error is the one to report; a report that cannot be written adds nothing to it.
    }
  }
}

/**
 * `curricula validate`: reads the files, validates them together (so
 * references resolve across files), writes each requested report and
 * returns the exit code. A usage error still writes the `--output`
 * reports, with the error in them.
 *
 * @example
 * ```ts
 * import { runValidate } from './validate.js';
 * const code = await runValidate(['examples', '--format', 'json'], ctx);
 * ```
 */
export async function runValidate(argv: readonly string[], ctx: CliContext): Promise<number> {
  let targets: ReportTarget[] | undefined;
  try {
    const args = parseCommandArgs(validateSpec, argv);
    if (args.values.help) {
      ctx.stdout.write(formatHelp(validateSpec, localeOption(args.values) ?? 'en'));
      return 0;
    }
    targets = reportTargets(args.ordered);
    return validateWith(args, targets, ctx);
  } catch (error) {
    if (error instanceof CliError && error.exitCode === 2) {
      writeUsageReports(targets ?? lenientTargets(argv), error, ctx, ctx.locale ?? localeFromArgv(argv));
    }
    throw error;
  }
}

function validateWith(args: ParsedArgs, targets: readonly ReportTarget[], ctx: CliContext): number {
  const { values } = args;
  const settings = validationSettings(values, ctx.cwd);
  const { locale } = settings;
  ctx.locale = locale;
  const config = settings.loaded?.config ?? {};
  const maxFlag = stringOption(values, 'max-warnings');
  // -1 means no limit, as in ESLint, so a script can switch a config's limit off.
  const maxWarnings = maxFlag === '-1' ? undefined : maxFlag !== undefined ? integerOption('--max-warnings', maxFlag, 0) : config.maxWarnings;

  const { files, withoutKind } = findInputs(args.positionals, ctx.cwd);
  const progress = createProgress(ctx, files.length, cliText(locale, cliPhrase('checking', {})));
  const documents: ReadDocument[] = [];
  try {
    for (const file of files) {
      progress.tick(file);
      // A file found without `kind` is not read as a document: it is reported, below, for what it looks like.
      if (!withoutKind.has(file)) documents.push(readDocument(file, ctx.cwd, locale, settings.maxBytes));
    }
  } finally {
    progress.done();
  }
  const options = settings.optionsFor(files);
  const unused = unusedDirectives(values, config.reportUnusedDisableDirectives, targets);
  const diagnostics = withoutOptionDiagnostics(
    validate(
      documents.map((d) => d.result),
      // Disabled findings come back with their suppressions: SARIF lists them, the other formats leave them out.
      { ...options, keepSuppressed: true, ...(unused !== undefined ? { reportUnusedDisableDirectives: unused } : {}) },
    ),
    files,
    settings,
    ctx,
  );
  diagnostics.push(...withoutKindDiagnostics(withoutKind, options, locale));
  // Every finding in the run's language, whatever produced it.
  const rendered = diagnostics.map((d) => renderDiagnostic(d, locale));
  const fileDiagnostics = values.quiet ? rendered.filter((d) => d.severity === 'error') : rendered;

  const root = repositoryRoot(ctx.cwd);
  const texts = new Map(documents.map((d) => [d.file, d.text]));
  const withSuppressed: FileReport[] = groupByFile(files, fileDiagnostics).map((r) => {
    const absolute = resolve(ctx.cwd, r.file);
    const rel = root ? relative(root, absolute) : undefined;
    const uri = rel !== undefined && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : undefined;
    const text = texts.get(r.file);
    return { ...r, ...(uri !== undefined ? { uri } : {}), ...(text !== undefined ? { text } : {}) };
  });
  const reports = withSuppressed.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.suppressions === undefined) }));

  const { errors, warnings } = countDiagnostics(reports);
  const tooMany = maxWarnings !== undefined && warnings > maxWarnings;
  const tooManyText = maxWarnings === undefined ? '' : cliText(locale, cliPhrase('tooManyWarnings', { count: warnings, max: maxWarnings }));
  // The report says what the exit code says: too many warnings fail a test case of their own.
  const junit: JunitOptions = maxWarnings === undefined ? {} : { warningLimit: { max: maxWarnings, exceeded: tooMany, message: tooManyText } };

  const color = useColor(values['no-color'] ? false : values.color ? true : undefined, ctx.env, ctx.stdout.isTTY);
  const checked = values.quiet === true ? undefined : reports.length;
  let summaryWritten = false;
  for (const target of targets) {
    if (target.output !== undefined) {
      const shown = target.format === 'sarif' ? withSuppressed : reports;
      writeFileAtomic(resolve(ctx.cwd, target.output), render(target.format, shown, false, locale, root, junit, checked), { display: target.output, createFolders: true });
    } else {
      ctx.stdout.write(render(target.format, target.format === 'sarif' ? withSuppressed : reports, color, locale, root, junit, checked));
    }
    const summaryFile = ctx.env.GITHUB_STEP_SUMMARY;
    if (target.format === 'github' && summaryFile && !summaryWritten) {
      summaryWritten = true;
      try {
        appendFileSync(summaryFile, formatStepSummary(reports, { locale }) + '\n');
      } catch (error) {
        ctx.stderr.write(`curricula: ${cliText(locale, cliPhrase('cannotWriteSummary', { file: summaryFile, reason: describeFsError(error) }))}\n`);
      }
    }
  }

  if (errors > 0) return 1;
  if (tooMany) {
    ctx.stderr.write(`${tooManyText}\n`);
    return 1;
  }
  return 0;
}
