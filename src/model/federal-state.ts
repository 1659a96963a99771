import { checkText } from '../core/arguments.js';
import * as z from 'zod';
import { didYouMean } from '../core/did-you-mean.js';

/**
 * The sixteen German federal states (Bundesländer) by their ISO 3166-2:DE
 * codes; public holidays differ between them.
 *
 * @example
 * ```ts
 * import { FEDERAL_STATES } from 'curricula';
 * FEDERAL_STATES.includes('BW'); // true
 * ```
 */
export const FEDERAL_STATES = [
  'BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH',
] as const;

/**
 * A federal state code: BW Baden-Württemberg, BY Bayern, BE Berlin, BB
 * Brandenburg, HB Bremen, HH Hamburg, HE Hessen, MV Mecklenburg-Vorpommern,
 * NI Niedersachsen, NW Nordrhein-Westfalen, RP Rheinland-Pfalz, SL Saarland,
 * SN Sachsen, ST Sachsen-Anhalt, SH Schleswig-Holstein, TH Thüringen.
 *
 * @example
 * ```ts
 * import { federalStateSchema } from 'curricula';
 * federalStateSchema.parse('SH');
 * ```
 */
export const federalStateSchema = z.enum(FEDERAL_STATES).meta({
  id: 'FederalState',
  description: 'German federal state (ISO 3166-2:DE code without "DE-"), e.g. "BW".',
});

/**
 * A federal state code (see {@link federalStateSchema}).
 *
 * @example
 * ```ts
 * import type { FederalState } from 'curricula';
 * const state: FederalState = 'BW';
 * ```
 */
export type FederalState = z.output<typeof federalStateSchema>;

/**
 * Whether a value is a federal state code.
 *
 * @example
 * ```ts
 * import { isFederalState } from 'curricula';
 * isFederalState('BW'); // true
 * isFederalState('bw'); // false
 * ```
 */
export function isFederalState(value: unknown): value is FederalState {
  return typeof value === 'string' && (FEDERAL_STATES as readonly string[]).includes(value);
}

/**
 * The federal state code a text most likely means: the code itself in any
 * case, with or without `DE-` (`by`, `DE-BW`), or a near miss; undefined
 * when nothing is close.
 *
 * @example
 * ```ts
 * import { federalStateGuess } from 'curricula';
 * federalStateGuess('de-by'); // 'BY'
 * ```
 */
export function federalStateGuess(text: string): FederalState | undefined {
  checkText('federalStateGuess', 'text', text);
  const code = text.trim().toUpperCase().replace(/^DE-/, '');
  if (isFederalState(code)) return code;
  const near = didYouMean(text, FEDERAL_STATES);
  return near === undefined ? undefined : (near as FederalState);
}
