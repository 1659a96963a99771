import { resolve } from 'node:path';
import { hasErrors } from '../../core/diagnostic.js';
import type { Offering } from '../../model/offering.js';
import type { Program } from '../../model/program.js';
import { validate } from '../../validate/index.js';
import { formatHelp, parseCommandArgs, stringOption, type CommandSpec } from '../args.js';
import type { CliContext } from '../context.js';
import { readOffering, readProgram } from '../documents.js';
import { validationSettings, VALIDATION_OPTIONS, withoutOptionDiagnostics } from '../validation-settings.js';
import { CliError } from '../errors.js';
import { writeFileAtomic } from '../write-file.js';
import { colorFlag, CSV_OPTIONS, localeOption, outputFormat, reportOnStderr, separatorOption, UID_DOMAIN_OPTION } from './common.js';
import { flagRenderOptions, OFFERING_FORMATS, renderOffering } from './render.js';

/**
 * The options of `curricula export`.
 *
 * @example
 * ```ts
 * process.stdout.write(formatHelp(exportSpec));
 * ```
 */
export const exportSpec: CommandSpec = {
  name: 'export',
  summary: 'exportSummary',
  usage: 'exportUsage',
  details: 'exportDetails',
  options: {
    program: { type: 'string', short: 'p', value: 'FILE', description: 'programOption' },
    to: { type: 'string', short: 't', value: OFFERING_FORMATS.join('|'), description: 'outputFormatOption' },
    out: { type: 'string', short: 'o', value: 'FILE', description: 'outOption' },
    ...CSV_OPTIONS,
    locale: { type: 'string', value: 'en|de', description: 'outputLocaleOption' },
    ...UID_DOMAIN_OPTION,
    ...VALIDATION_OPTIONS,
  },
  positionals: { min: 1, max: 1, name: 'offeringFile' },
};

/**
 * `curricula export`: validates an offering with its program and writes it
 * in the chosen format.
 *
 * @example
 * ```ts
 * import { runExport } from './export.js';
 * await runExport(['kurs-2027.yaml', '--program', 'program.yaml', '--to', 'ics', '--out', 'kurs.ics'], ctx);
 * ```
 */
export async function runExport(argv: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(exportSpec, argv);
  if (values.help) {
    ctx.stdout.write(formatHelp(exportSpec, localeOption(values) ?? 'en'));
    return 0;
  }
  const settings = validationSettings(values, ctx.cwd);
  ctx.locale = settings.locale;
  // Output follows --locale only; without it the documents' language is used.
  const locale = localeOption(values);
  const format = outputFormat(values, 'to');
  // A bad --separator is a usage error before any file is read.
  separatorOption(values);
  const offeringFile = positionals[0]!;
  const programFile = stringOption(values, 'program');
  if (programFile === undefined) throw new CliError('needsProgram', { command: 'curricula export', usage: { ns: 'cli.help', id: exportSpec.usage } });
  const offeringResult = readOffering(offeringFile, ctx.cwd, settings.explicitLocale, settings.maxBytes);
  const programResult = readProgram(programFile, ctx.cwd, settings.explicitLocale, settings.maxBytes);
  const files = [offeringFile, programFile];
  const diagnostics = withoutOptionDiagnostics(validate([offeringResult, programResult], settings.optionsFor(files)), files, settings, ctx).filter(
    (d) => d.severity !== 'info',
  );
  reportOnStderr(ctx, files, diagnostics, settings.locale, colorFlag(values));
  if (hasErrors(diagnostics) || offeringResult.value === undefined || programResult.value === undefined) return 1;
  const offering: Offering = offeringResult.value;
  const program: Program = programResult.value;
  const output = renderOffering(format, offering, program, flagRenderOptions(values, ctx.env, settings.loaded?.config.uidDomain, locale));
  const out = stringOption(values, 'out');
  if (out !== undefined) writeFileAtomic(resolve(ctx.cwd, out), output, { display: out });
  else ctx.stdout.write(output);
  return 0;
}
