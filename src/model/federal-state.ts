import { checkText } from '../core/arguments.js';
import * as z from 'zod';
import { didYouMean } from '../core/did-you-mean.js';
import { FEDERAL_STATE_NAMES } from '../core/federal-state-names.js';

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
 * Other ways documents name a federal state, each to its code: the full
 * German name as the state writes it (`Baden-Württemberg`), the same with
 * umlauts spelt out (`Baden-Wuerttemberg`), and the ISO 3166-2 code with
 * its country (`DE-BW`).
 */
const STATE_WRITINGS: Readonly<Record<string, (typeof FEDERAL_STATES)[number]>> = Object.freeze(
  Object.fromEntries(
    FEDERAL_STATES.flatMap((code) => {
      const name = FEDERAL_STATE_NAMES[code];
      const spelt = name.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
      return [...new Set([name, spelt, `DE-${code}`])].map((writing) => [writing, code] as const);
    }),
  ),
);

const STATE_WRITING_LIST = Object.keys(STATE_WRITINGS) as [string, ...string[]];

/**
 * A federal state: its code (BW Baden-Württemberg, BY Bayern, BE Berlin, BB
 * Brandenburg, HB Bremen, HH Hamburg, HE Hessen, MV Mecklenburg-Vorpommern,
 * NI Niedersachsen, NW Nordrhein-Westfalen, RP Rheinland-Pfalz, SL Saarland,
 * SN Sachsen, ST Sachsen-Anhalt, SH Schleswig-Holstein, TH Thüringen), its
 * full German name (`Hessen`, `Baden-Württemberg` or `Baden-Wuerttemberg`)
 * or its ISO 3166-2 code (`DE-HE`). Parsed, it is always the code.
 *
 * @example
 * ```ts
 * import { federalStateSchema } from 'curricula';
 * federalStateSchema.parse('SH'); // 'SH'
 * federalStateSchema.parse('Hessen'); // 'HE'
 * federalStateSchema.parse('DE-BY'); // 'BY'
 * ```
 */
export const federalStateSchema = z
  .union([z.enum(FEDERAL_STATES), z.enum(STATE_WRITING_LIST).transform((writing) => STATE_WRITINGS[writing]!)])
  .meta({
    id: 'FederalState',
    description: 'German federal state: the ISO 3166-2:DE code without "DE-" ("BW"), with it ("DE-BW"), or the full German name ("Baden-Württemberg").',
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
 * case, with or without `DE-` (`by`, `DE-BW`), the state's name in any case
 * (`hessen`), or a near miss of either (`Hesen`, `Baden-Würtemberg`);
 * undefined when nothing is close.
 *
 * @example
 * ```ts
 * import { federalStateGuess } from 'curricula';
 * federalStateGuess('de-by'); // 'BY'
 * federalStateGuess('Hesen'); // 'HE'
 * ```
 */
export function federalStateGuess(text: string): FederalState | undefined {
  checkText('federalStateGuess', 'text', text);
  const code = text.trim().toUpperCase().replace(/^DE-/, '');
  if (isFederalState(code)) return code;
  const writing = didYouMean(text.trim(), STATE_WRITING_LIST);
  if (writing !== undefined) return STATE_WRITINGS[writing];
  const near = didYouMean(text, FEDERAL_STATES);
  return near === undefined ? undefined : (near as FederalState);
}
