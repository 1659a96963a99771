import * as z from 'zod';

/**
 * The units hour budgets are written in: teaching units (UE, 45 min),
 * learning units (LE, 45 min), clock hours (h) or minutes.
 *
 * @example
 * ```ts
 * import { timeUnitSchema } from 'curricula';
 * timeUnitSchema.parse('UE');
 * ```
 */
export const timeUnitSchema = z
  .enum(['UE', 'LE', 'h', 'min'])
  .meta({ id: 'TimeUnit', description: 'UE (teaching unit, 45 min), LE (Lerneinheit, 45 min, as sports federations count), h (clock hour) or min.' });
