/**
 * The German federal states (Bundesländer) by their ISO 3166-2:DE codes
 * without `DE-`, with their names as the states write them. Messages show
 * the name, not the code ("Baden-Württemberg", not "BW").
 *
 * @example
 * ```ts
 * import { FEDERAL_STATE_NAMES } from 'curricula';
 * FEDERAL_STATE_NAMES.HE; // 'Hessen'
 * ```
 */
export const FEDERAL_STATE_NAMES = Object.freeze({
  BW: 'Baden-Württemberg',
  BY: 'Bayern',
  BE: 'Berlin',
  BB: 'Brandenburg',
  HB: 'Bremen',
  HH: 'Hamburg',
  HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern',
  NI: 'Niedersachsen',
  NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz',
  SL: 'Saarland',
  SN: 'Sachsen',
  ST: 'Sachsen-Anhalt',
  SH: 'Schleswig-Holstein',
  TH: 'Thüringen',
} as const);
