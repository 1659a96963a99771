import * as z from 'zod';
import { MAX_DAYS } from '../core/limits.js';
import { countRangeSchema } from './activity.js';
import { amountSchema } from './amount.js';
import { deliveryModeSchema } from './delivery-mode.js';
import { identifierSchema } from './identifier.js';
import { creditsSchema, participantsSchema } from './terms.js';
import { topicSchema, type Topic } from './topic.js';
import type { CountRange } from './activity.js';
import type { DeliveryMode } from './delivery-mode.js';
import type { Participants } from './terms.js';

/**
 * A part of a program with its own hour budget (Baustein, Modul,
 * Lerneinheit). Modules nest: a module may hold modules, whose hours then
 * add up to the parent's.
 *
 * - `optional: true` leaves it out of the program total (e.g. an optional
 *   writing workshop).
 * - `sessions` is how many sessions it takes, a number or `{ min, max }`
 *   ("1 to 2 follow-up workshops").
 * - `days` is a length in days when the source gives no hours ("two-day
 *   workshop": 2, "half a day": 0.5), at most `MAX_DAYS` (3,660, the
 *   planning horizon); hours stay the exact budget.
 * - `maxPerSession` caps one session ("half a day, at most 3 hours").
 * - `standalone: true` can be booked on its own ("three modules to choose
 *   from"); `onRequest: true` is planned with each organisation on request.
 * - `program` says the module is delivered as another program (a
 *   certificate course offered as one module of a support offer).
 * - `credits` are the module's ECTS credits (Kreditpunkte), as module
 *   handbooks give them; `credits/workload` checks its hours per credit.
 *
 * @example
 * ```ts
 * import { moduleSchema } from 'curricula';
 * moduleSchema.parse({ id: 'einstieg', title: 'Einstieg in die Netzwerkarbeit', hours: 16 });
 * ```
 */
export interface Module {
  id: string;
  title: string;
  description?: string;
  hours?: number | string;
  credits?: number | string;
  optional?: boolean;
  requires?: string[];
  topics?: Topic[];
  modules?: Module[];
  targetGroups?: string[];
  modes?: DeliveryMode[];
  sessions?: CountRange;
  days?: number;
  maxPerSession?: number | string;
  standalone?: boolean;
  onRequest?: boolean;
  program?: string;
  participants?: Participants;
}

/**
 * The schema of a module; see {@link Module}.
 *
 * @example
 * ```ts
 * import { moduleSchema } from 'curricula';
 * moduleSchema.parse({ id: 'beratung', title: 'Beratung', maxPerSession: '3 h', modes: ['phone', 'online'] });
 * ```
 */
export const moduleSchema: z.ZodType<Module> = z
  .strictObject({
    id: identifierSchema,
    title: z.string().min(1),
    description: z.string().optional(),
    hours: amountSchema.optional(),
    credits: creditsSchema.optional(),
    optional: z.boolean().optional(),
    requires: z.array(identifierSchema).optional(),
    topics: z.array(topicSchema).optional(),
    get modules() {
      return z.array(moduleSchema).optional();
    },
    targetGroups: z.array(identifierSchema).optional(),
    modes: z.array(deliveryModeSchema).optional(),
    sessions: countRangeSchema.optional(),
    // At most the planning horizon: a day count no plan could hold never reaches the planner.
    days: z.number().positive().multipleOf(0.5).max(MAX_DAYS).optional(),
    maxPerSession: amountSchema.optional(),
    standalone: z.boolean().optional(),
    onRequest: z.boolean().optional(),
    program: identifierSchema.optional(),
    participants: participantsSchema.optional(),
  })
  .meta({ id: 'Module' }) as z.ZodType<Module>;
