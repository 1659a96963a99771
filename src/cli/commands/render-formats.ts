/**
 * The formats an offering can be written in.
 *
 * @example
 * ```ts
 * OFFERING_FORMATS.includes('ics'); // true
 * ```
 */
export const OFFERING_FORMATS = ['yaml', 'json', 'ics', 'csv', 'md'] as const;
/**
 * An offering output format.
 *
 * @example
 * ```ts
 * const format: OfferingFormat = 'md';
 * ```
 */
export type OfferingFormat = (typeof OFFERING_FORMATS)[number];

/**
 * The output format an `--out` file name implies (`plan.ics` → ics), or
 * undefined for unknown extensions.
 *
 * @example
 * ```ts
 * import { formatFromExtension } from './render.js';
 * formatFromExtension('kurs.md'); // 'md'
 * ```
 */
export function formatFromExtension(file: string): OfferingFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  switch (ext) {
    case 'yaml':
    case 'yml':
      return 'yaml';
    case 'json':
      return 'json';
    case 'ics':
    case 'ical':
    case 'ifb':
      return 'ics';
    case 'csv':
      return 'csv';
    case 'md':
    case 'markdown':
      return 'md';
    default:
      return undefined;
  }
}

