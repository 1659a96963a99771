import type { Diagnostic } from '../../core/diagnostic.js';
import type { Locale } from '../../core/locale.js';
import { renderDiagnostic } from '../../messages/index.js';
import { uidDomainSchema } from '../../model/uid-domain.js';
import { choiceOption, stringOption, type OptionValues } from '../args.js';
import { CliError } from '../errors.js';
import { useColor, type CliContext } from '../context.js';
import { groupByFile } from '../documents.js';
import { formatStylish } from '../formatters/stylish.js';
import { formatFromExtension, OFFERING_FORMATS, type OfferingFormat } from './render-formats.js';

/**
 * Prints diagnostics on stderr in the stylish format, so stdout stays the
 * document.
 *
 * @example
 * ```ts
 * import { reportOnStderr } from './common.js';
 * reportOnStderr(ctx, ['program.yaml'], diagnostics, 'en', undefined);
 * ```
 */
export function reportOnStderr(
  ctx: CliContext,
  files: readonly string[],
  diagnostics: readonly Diagnostic[],
  locale: Locale,
  colorFlag: boolean | undefined,
  render: (d: Diagnostic, locale: Locale) => Diagnostic = renderDiagnostic,
): void {
  if (diagnostics.length === 0) return;
  const color = useColor(colorFlag, ctx.env, ctx.stderr.isTTY);
  const rendered = diagnostics.map((d) => render(d, locale));
  ctx.stderr.write(formatStylish(groupByFile(files, rendered, files[0]), { color, locale }));
}

/**
 * `--color`/`--no-color` as a tri-state.
 *
 * @example
 * ```ts
 * colorFlag({ 'no-color': true }); // false
 * ```
 */
export function colorFlag(values: OptionValues): boolean | undefined {
  return values['no-color'] ? false : values.color ? true : undefined;
}

/**
 * The output format: `--format`, else the `--out` extension, else yaml (an
 * `--out` file without extension). An extension no format has
 * (`kurs.xlsx`) is a usage error naming the formats.
 *
 * @example
 * ```ts
 * outputFormat({ out: 'kurs.ics' }, 'format'); // 'ics'
 * ```
 */
export function outputFormat(values: OptionValues, flag: string): OfferingFormat {
  const explicit = stringOption(values, flag);
  if (explicit !== undefined) return choiceOption(`--${flag}`, explicit === 'markdown' ? 'md' : explicit, OFFERING_FORMATS);
  const out = stringOption(values, 'out');
  if (out === undefined) return 'yaml';
  const implied = formatFromExtension(out);
  if (implied !== undefined) return implied;
  // `--out kurs.xlsx` is no YAML file: an extension no format has is a usage error, never YAML under that name.
  if (/\.[^./\\]+$/.test(out)) {
    throw new CliError('unknownExtension', { file: out, extensions: OFFERING_EXTENSIONS, flag: `--${flag}`, formats: OFFERING_FORMATS.join('|') });
  }
  return 'yaml';
}

/** The extensions an offering's output file may have, as the usage error lists them. */
const OFFERING_EXTENSIONS = ['.yaml', '.yml', '.json', '.ics', '.csv', '.md'];

/**
 * CSV separator flag.
 *
 * @example
 * ```ts
 * separatorOption({ separator: ';' }); // ';'
 * ```
 */
export function separatorOption(values: OptionValues): ',' | ';' | undefined {
  const v = stringOption(values, 'separator');
  return v === undefined ? undefined : choiceOption('--separator', v, [',', ';'] as const);
}

/**
 * Reads the locale flag.
 *
 * @example
 * ```ts
 * localeOption({ locale: 'de' }); // 'de'
 * ```
 */
export function localeOption(values: OptionValues): Locale | undefined {
  const v = stringOption(values, 'locale');
  return v === undefined ? undefined : choiceOption('--locale', v, ['en', 'de'] as const);
}


/**
 * The CSV header flag: `labels` (in the output language) or `keys` (stable
 * column names and status values, for scripts).
 *
 * @example
 * ```ts
 * csvHeaderOption({ 'csv-header': 'keys' }); // 'keys'
 * ```
 */
export function csvHeaderOption(values: OptionValues): 'labels' | 'keys' | undefined {
  const v = stringOption(values, 'csv-header');
  return v === undefined ? undefined : choiceOption('--csv-header', v, ['labels', 'keys'] as const);
}

/**
 * The CSV options of the commands that write an offering (plan, export):
 * `--separator`, `--bom`, `--csv-formulas`, `--csv-header`, read by
 * `flagRenderOptions`.
 *
 * @example
 * ```ts
 * const spec = { ...rest, options: { ...CSV_OPTIONS } };
 * ```
 */
export const CSV_OPTIONS = {
  separator: { type: 'string', value: ',|;', description: 'separatorOption' },
  bom: { type: 'boolean', description: 'bomOption' },
  'csv-formulas': { type: 'boolean', description: 'csvFormulasOption' },
  'csv-header': { type: 'string', value: 'labels|keys', description: 'csvHeaderOption' },
} as const;

/**
 * `--uid-domain DOMAIN`: the domain of calendar UIDs, for commands that
 * write ICS.
 *
 * @example
 * ```ts
 * const spec = { ...rest, options: { ...UID_DOMAIN_OPTION } };
 * ```
 */
export const UID_DOMAIN_OPTION = {
  'uid-domain': { type: 'string', value: 'DOMAIN', description: 'uidDomainOption' },
} as const;

/**
 * The UID domain: `--uid-domain`, else the config's `uidDomain`, else
 * undefined (the library then takes the provider's url host, else
 * `curricula`). A flag that is not a domain name is a usage error.
 *
 * @example
 * ```ts
 * uidDomainFlag({ 'uid-domain': 'kurse.example.org' }, undefined); // 'kurse.example.org'
 * ```
 */
export function uidDomainFlag(values: OptionValues, config: string | undefined): string | undefined {
  const flag = stringOption(values, 'uid-domain');
  if (flag === undefined) return config;
  if (!uidDomainSchema.safeParse(flag).success) throw new CliError('invalidUidDomain', { value: flag });
  return flag;
}
