import * as z from 'zod';

/**
 * How a module or session is delivered (Format): in person (vor Ort),
 * online (video), by phone (telefonisch) or hybrid.
 *
 * @example
 * ```ts
 * import { deliveryModeSchema } from 'curricula';
 * deliveryModeSchema.parse('phone');
 * ```
 */
export const deliveryModeSchema = z.enum(['in-person', 'online', 'phone', 'hybrid']).meta({
  id: 'DeliveryMode',
  description: 'in-person (vor Ort), online (Video), phone (telefonisch) or hybrid.',
});

/**
 * A delivery mode (see {@link deliveryModeSchema}).
 *
 * @example
 * ```ts
 * import type { DeliveryMode } from 'curricula';
 * const mode: DeliveryMode = 'online';
 * ```
 */
export type DeliveryMode = z.output<typeof deliveryModeSchema>;
