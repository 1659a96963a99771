import * as z from 'zod';
import { amountSchema } from './amount.js';
import { calendarDateSchema } from './calendar-date.js';
import { deliveryModeSchema } from './delivery-mode.js';
import { identifierSchema } from './identifier.js';
import { personSchema } from './party.js';
import { timeWindowSchema } from './time-window.js';

/**
 * Where a session stands: `scheduled` (fixed), `cancelled` (findet nicht
 * statt) or `to-be-agreed` (Termin nach Absprache).
 *
 * @example
 * ```ts
 * import { sessionStatusSchema } from 'curricula';
 * sessionStatusSchema.parse('to-be-agreed');
 * ```
 */
export const sessionStatusSchema = z
  .enum(['scheduled', 'cancelled', 'to-be-agreed'])
  .meta({ id: 'SessionStatus' });

/**
 * A session status (see {@link sessionStatusSchema}).
 *
 * @example
 * ```ts
 * import type { SessionStatus } from 'curricula';
 * const s: SessionStatus = 'cancelled';
 * ```
 */
export type SessionStatus = z.output<typeof sessionStatusSchema>;

/**
 * A module a session covers: its id, or `{ module, hours }` when the session
 * gives only part of its time to it. Plain ids share the session's teaching
 * time not claimed by `{ module, hours }` entries equally.
 *
 * @example
 * ```ts
 * import { sessionModuleSchema } from 'curricula';
 * sessionModuleSchema.parse({ module: 'einstieg', hours: 4 });
 * ```
 */
export const sessionModuleSchema = z
  .union([identifierSchema, z.strictObject({ module: identifierSchema, hours: amountSchema })])
  .meta({ id: 'SessionModule' });

/**
 * A timed item of a session's day (Tagesordnungspunkt, Ablauf): its time
 * window, a title, and optionally the module and topic (by its title) it
 * belongs to. Recognition offices ask for the day broken down like this;
 * the items must lie inside the session window and outside its breaks.
 *
 * @example
 * ```ts
 * import { agendaItemSchema } from 'curricula';
 * agendaItemSchema.parse({ time: '09:30-11:00', title: 'Aufsichtspflicht', module: 'recht' });
 * ```
 */
export const agendaItemSchema = z
  .strictObject({
    time: timeWindowSchema,
    title: z.string().min(1),
    module: identifierSchema.optional(),
    topic: z.string().min(1).optional(),
    mode: deliveryModeSchema.optional(),
    note: z.string().optional(),
  })
  .meta({ id: 'AgendaItem', description: 'A timed item of a day: { time: "09:30-11:00", title, module?, topic?, mode? }.' });

/**
 * An agenda item (see {@link agendaItemSchema}).
 *
 * @example
 * ```ts
 * import type { AgendaItem } from 'curricula';
 * const item: AgendaItem = { time: '09:30-11:00', title: 'Aufsichtspflicht' };
 * ```
 */
export type AgendaItem = z.output<typeof agendaItemSchema>;

/**
 * A dated block of time (Termin, Seminartag) covering parts of modules.
 * `time` is the local window and `breaks` lie inside it; teaching time is
 * the window minus the breaks. A `to-be-agreed` session may have no date
 * yet; a `scheduled` or `cancelled` one needs one. `agenda` breaks the day
 * down into timed items.
 *
 * @example
 * ```ts
 * import { sessionSchema } from 'curricula';
 * sessionSchema.parse({ date: '2027-01-29', time: '09:30-16:30', breaks: ['12:30-13:30'], modules: ['einstieg'] });
 * ```
 */
export const sessionSchema = z
  .strictObject({
    id: identifierSchema.optional(),
    title: z.string().optional(),
    date: calendarDateSchema.optional(),
    time: timeWindowSchema.optional(),
    breaks: z.array(timeWindowSchema).optional(),
    modules: z.array(sessionModuleSchema).optional(),
    agenda: z.array(agendaItemSchema).optional(),
    mode: deliveryModeSchema.optional(),
    location: z.string().optional(),
    facilitators: z.array(personSchema).optional(),
    status: sessionStatusSchema.default('scheduled'),
    reason: z.string().optional(),
    note: z.string().optional(),
    sequence: z.int().nonnegative().optional(),
  })
  .refine((s) => s.status === 'to-be-agreed' || s.date !== undefined, {
    error: 'schema/missing#sessionDate',
    path: ['date'],
  })
  .meta({ id: 'Session' });

/**
 * A session after parsing (`status` defaults to `scheduled`).
 *
 * @example
 * ```ts
 * import type { Session } from 'curricula';
 * const s: Session = { date: '2027-01-29', status: 'scheduled' };
 * ```
 */
export type Session = z.output<typeof sessionSchema>;

/**
 * A module entry of a session (see {@link sessionModuleSchema}).
 *
 * @example
 * ```ts
 * import type { SessionModule } from 'curricula';
 * const m: SessionModule = { module: 'einstieg', hours: 4 };
 * ```
 */
export type SessionModule = z.output<typeof sessionModuleSchema>;
