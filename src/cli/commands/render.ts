import type { Locale } from '../../core/locale.js';
import type { Offering } from '../../model/offering.js';
import type { Program } from '../../model/program.js';
import { toCsv, toIcs, toJson, toMarkdown, toYaml, type ScheduleExplanation } from '../../export/index.js';

import type { OptionValues } from '../args.js';
import { csvHeaderOption, separatorOption, uidDomainFlag } from './common.js';
import { OFFERING_FORMATS, type OfferingFormat } from './render-formats.js';

export { OFFERING_FORMATS, type OfferingFormat };

/**
 * Options of {@link renderOffering}, gathered from flags and environment.
 *
 * @example
 * ```ts
 * const options: RenderOptions = { locale: 'de', separator: ';', bom: true };
 * ```
 */
export interface RenderOptions {
  locale?: Locale | undefined;
  explanation?: ScheduleExplanation | undefined;
  separator?: ',' | ';' | undefined;
  bom?: boolean | undefined;
  /** false writes CSV cells that start with = + - @ as they are (`--csv-formulas`); else the library's default. */
  escapeFormulas?: boolean | undefined;
  /** The CSV header and status values: in the output language, or as stable keys (`--csv-header keys`). */
  csvHeader?: 'labels' | 'keys' | undefined;
  /** DTSTAMP for ICS. */
  now?: Date | undefined;
  /** The domain of ICS UIDs. */
  uidDomain?: string | undefined;
}

/**
 * Writes an offering in one of the output formats, using the program for
 * module titles and hours.
 *
 * @example
 * ```ts
 * import { renderOffering } from './render.js';
 * const ics = renderOffering('ics', offering, program, { now: new Date() });
 * ```
 */
export function renderOffering(format: OfferingFormat, offering: Offering, program: Program, options: RenderOptions = {}): string {
  const locale = options.locale !== undefined ? { locale: options.locale } : {};
  switch (format) {
    case 'yaml':
      return toYaml(offering, { schema: 'https://unpkg.com/curricula/schema/offering.schema.json' });
    case 'json':
      return toJson(offering);
    case 'ics':
      return toIcs(offering, program, { ...locale, ...(options.now ? { now: options.now } : {}), ...(options.uidDomain ? { uidDomain: options.uidDomain } : {}) });
    case 'csv':
      return toCsv(offering, program, {
        ...locale,
        ...(options.separator ? { separator: options.separator } : {}),
        ...(options.bom !== undefined ? { bom: options.bom } : {}),
        ...(options.escapeFormulas !== undefined ? { escapeFormulas: options.escapeFormulas } : {}),
        ...(options.csvHeader !== undefined ? { header: options.csvHeader } : {}),
      });
    case 'md':
      return toMarkdown(offering, program, { ...locale, ...(options.explanation ? { explanation: options.explanation } : {}) });
  }
}

/**
 * The time ICS files are stamped with: `SOURCE_DATE_EPOCH` (seconds) when
 * set, for reproducible builds; else now.
 *
 * @example
 * ```ts
 * import { stampTime } from './render.js';
 * stampTime({ SOURCE_DATE_EPOCH: '0' }).toISOString(); // '1970-01-01T00:00:00.000Z'
 * ```
 */
export function stampTime(env: Readonly<Record<string, string | undefined>>): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}

/**
 * The render options the flags of `plan` and `export` give (`--separator`,
 * `--bom`, `--csv-formulas`, `--csv-header`, `--uid-domain`), with the
 * DTSTAMP from SOURCE_DATE_EPOCH or now, so both commands read them alike.
 *
 * @example
 * ```ts
 * renderOffering('csv', offering, program, flagRenderOptions(values, process.env, undefined, 'de'));
 * ```
 */
export function flagRenderOptions(
  values: OptionValues,
  env: Readonly<Record<string, string | undefined>>,
  configUidDomain: string | undefined,
  locale: Locale | undefined,
): RenderOptions {
  return {
    locale,
    separator: separatorOption(values),
    bom: values.bom === true ? true : undefined,
    escapeFormulas: values['csv-formulas'] === true ? false : undefined,
    csvHeader: csvHeaderOption(values),
    now: stampTime(env),
    uidDomain: uidDomainFlag(values, configUidDomain),
  };
}
