import * as z from 'zod';

/**
 * An hour budget (Stundenumfang) as written in a document: a number in the
 * document's `unit`, or a string with a unit ("16 UE", "2 2/3", "2,5 Std.",
 * "90 min"). Its exact minutes come from `parseDuration` with the
 * document's unit; a successful parse guarantees that this succeeds.
 *
 * @example
 * ```ts
 * import { amountSchema } from 'curricula';
 * amountSchema.parse('2 2/3'); // '2 2/3'
 * ```
 */
export const amountSchema = z
  .union([z.number().nonnegative(), z.string().min(1)])
  .meta({
    id: 'Amount',
    description:
      'A number in the document\'s unit, or a string with a unit: "16", "16 UE", "2 2/3", "2⅔", "2,5 Std.", "2.5 h", "90 min".',
  });
