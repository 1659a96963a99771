import type { Diagnostic } from '../../core/diagnostic.js';
import type { Locale } from '../../core/locale.js';
import { renderDiagnostic } from '../../messages/index.js';
import { choiceOption, stringOption, type OptionValues } from '../args.js';
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
export function reportOnStderr(ctx: CliContext, files: readonly string[], diagnostics: readonly Diagnostic[], locale: Locale, colorFlag: boolean | undefined): void {
  if (diagnostics.length === 0) return;
  const color = useColor(colorFlag, ctx.env, ctx.stderr.isTTY);
  const rendered = diagnostics.map((d) => renderDiagnostic(d, locale));
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
 * The output format: `--format`, else the `--out` extension, else yaml.
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
  return (out !== undefined ? formatFromExtension(out) : undefined) ?? 'yaml';
}

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

