/**
 * An hour budget (Stundenumfang) as a document gives it: a number in the
 * document's unit, or a string that may carry its own unit ("16 UE",
 * "2 2/3", "2⅔", "2,5 Std.", "90 min"). Read it with `parseDuration`.
 *
 * @example
 * ```ts
 * import type { Amount } from 'curricula';
 * const hours: Amount[] = [16, '2 2/3', '90 min'];
 * ```
 */
export type Amount = number | string;
