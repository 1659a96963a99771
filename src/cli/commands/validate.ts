import { appendFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale } from '../../core/locale.js';
import { renderDiagnostic } from '../../messages/index.js';
import { validate } from '../../validate/index.js';
import { registryRules } from '../../validate/registry.js';
import { builtinRuleDocs } from '../../validate/rule-docs.js';
import {
  choiceOption,
  formatHelp,
  integerOption,
  parseCommandArgs,
  stringOption,
  type CommandSpec,
  type ParsedArgs,
} from '../args.js';
import { useColor, type CliContext } from '../context.js';
import { groupByFile, readDocument, type ReadDocument } from '../documents.js';
import { cliPhrase, cliText, describeFsError } from '../errors.js';
import { formatGithub, formatStepSummary } from '../formatters/github.js';
import { formatJson } from '../formatters/json.js';
import { formatJunit } from '../formatters/junit.js';
import { countDiagnostics, type FileReport } from '../formatters/report.js';
import { formatSarif, type SarifRule } from '../formatters/sarif.js';
import { formatStylish } from '../formatters/stylish.js';
import { resolveInputs } from '../inputs.js';
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
  usage: 'curricula validate [paths or globs...] [options]',
  details: 'validateDetails',
  options: {
    format: { type: 'string', short: 'f', multiple: true, value: FORMATS.join('|'), description: 'reportFormatOption' },
    output: { type: 'string', short: 'o', multiple: true, value: 'FILE', description: 'outputOption' },
    'max-warnings': { type: 'string', value: 'N', description: 'maxWarningsOption' },
    quiet: { type: 'boolean', short: 'q', description: 'quietOption' },
    ...VALIDATION_OPTIONS,
    ...PROFILE_OPTION,
    ...PROFILE_OPTION,
    locale: { type: 'string', value: 'en|de', description: 'messagesLocaleOption' },
    state: { type: 'string', value: 'BW', description: 'holidayStateOption' },
  },
  positionals: { min: 0, max: Infinity, name: 'paths' },
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
 * when no format follows). No format at all means stylish on stdout.
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
  return targets;
}

export { parseRuleFlags } from '../validation-settings.js';

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

function sarifRules(): SarifRule[] {
  // What a validation can report: every code but the planner's and the options' (those go to stderr).
  return registryRules(['load', 'schema', 'set', 'rule', 'internal']).map(({ meta }) => {
    // The command bundles the built-in rules' docs (the library does not), so code scanning shows why.
    const docs = meta.docs ?? builtinRuleDocs.get(meta.id);
    return {
      id: meta.id,
      description: meta.description,
      help: docs?.why ? `${meta.description}\n\n${docs.why}` : meta.description,
      ...(docs?.url ? { helpUri: docs.url } : {}),
      severity: meta.severity,
    };
  });
}

function render(format: ReportFormat, reports: readonly FileReport[], color: boolean, locale: Locale, root: string | undefined): string {
  switch (format) {
    case 'stylish':
      return formatStylish(reports, { color, locale });
    case 'json':
      return formatJson(reports);
    case 'github':
      return formatGithub(reports);
    case 'junit':
      return formatJunit(reports);
    case 'sarif':
      return formatSarif(reports, {
        version: VERSION,
        informationUri: INFORMATION_URI,
        rules: sarifRules(),
        ...(root ? { srcRoot: pathToFileURL(root + sep).href } : {}),
      });
  }
}

/**
 * `curricula validate`: reads the files, validates them together (so
 * references resolve across files), writes each requested report and
 * returns the exit code.
 *
 * @example
 * ```ts
 * import { runValidate } from './validate.js';
 * const code = await runValidate(['examples', '--format', 'json'], ctx);
 * ```
 */
export async function runValidate(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommandArgs(validateSpec, argv);
  const { values } = args;
  if (values.help) {
    ctx.stdout.write(formatHelp(validateSpec, localeOption(values) ?? 'en'));
    return 0;
  }
  const targets = reportTargets(args.ordered);
  const settings = validationSettings(values, ctx.cwd);
  const { locale } = settings;
  ctx.locale = locale;
  const config = settings.loaded?.config ?? {};
  const maxFlag = stringOption(values, 'max-warnings');
  // -1 means no limit, as in ESLint, so a script can switch a config's limit off.
  const maxWarnings = maxFlag === '-1' ? undefined : maxFlag !== undefined ? integerOption('--max-warnings', maxFlag, 0) : config.maxWarnings;

  const files = resolveInputs(args.positionals, ctx.cwd);
  const progress = createProgress(ctx, files.length, cliText(locale, cliPhrase('checking', {})));
  const documents: ReadDocument[] = [];
  try {
    for (const file of files) {
      progress.tick(file);
      documents.push(readDocument(file, ctx.cwd, locale));
    }
  } finally {
    progress.done();
  }
  const diagnostics = withoutOptionDiagnostics(
    validate(
      documents.map((d) => d.result),
      settings.options,
    ),
    files,
    settings,
    ctx,
  );
  // Every finding in the run's language, whatever produced it.
  const rendered = diagnostics.map((d) => renderDiagnostic(d, locale));
  const fileDiagnostics = values.quiet ? rendered.filter((d) => d.severity === 'error') : rendered;

  const root = repositoryRoot(ctx.cwd);
  const texts = new Map(documents.map((d) => [d.file, d.text]));
  const reports: FileReport[] = groupByFile(files, fileDiagnostics).map((r) => {
    const absolute = resolve(ctx.cwd, r.file);
    const rel = root ? relative(root, absolute) : undefined;
    const uri = rel !== undefined && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : undefined;
    const text = texts.get(r.file);
    return { ...r, ...(uri !== undefined ? { uri } : {}), ...(text !== undefined ? { text } : {}) };
  });

  const color = useColor(values['no-color'] ? false : values.color ? true : undefined, ctx.env, ctx.stdout.isTTY);
  let summaryWritten = false;
  for (const target of targets) {
    if (target.output !== undefined) {
      writeFileAtomic(resolve(ctx.cwd, target.output), render(target.format, reports, false, locale, root), { display: target.output, createFolders: true });
    } else {
      ctx.stdout.write(render(target.format, reports, color, locale, root));
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

  const { errors, warnings } = countDiagnostics(reports);
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    ctx.stderr.write(`${cliText(locale, cliPhrase('tooManyWarnings', { count: warnings, max: maxWarnings }))}\n`);
    return 1;
  }
  return 0;
}
