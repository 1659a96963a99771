import * as z from 'zod';
import { recognitionClaimSchema } from './recognition-claim.js';
import { calendarDateSchema } from './calendar-date.js';
import { federalStateSchema } from './federal-state.js';
import { identifierSchema } from './identifier.js';
import { contactSchema, personSchema, providerSchema } from './party.js';
import { timeUnitSchema } from './program.js';
import { sessionSchema } from './session.js';
import { costSchema, outcomeSchema } from './terms.js';
import { DEFAULT_TIME_ZONE, timeZoneSchema } from './time-zone.js';

/**
 * One run of a program (Durchführung): who offers it, where, in which time
 * zone, and its sessions. Several providers can run the same design on
 * different dates, each in its own offering.
 *
 * `planned` records a year or month ("2019") for a run announced before
 * any date is fixed.
 *
 * `state` is the federal state whose public holidays apply; `region` a
 * subdivision that date-holidays knows (e.g. "A" for Augsburg in BY).
 *
 * @example
 * ```ts
 * import { offeringSchema } from 'curricula';
 * offeringSchema.parse({ kind: 'offering', id: 'x-2027', program: 'x', sessions: [{ status: 'to-be-agreed' }] });
 * ```
 */
export const offeringSchema = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('offering'),
    id: identifierSchema,
    program: identifierSchema,
    track: identifierSchema.optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    event: z.string().optional(),
    provider: providerSchema.optional(),
    location: z.string().optional(),
    timeZone: timeZoneSchema.default(DEFAULT_TIME_ZONE),
    state: federalStateSchema.optional(),
    region: z.string().optional(),
    unit: timeUnitSchema.default('UE'),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'schema/format#language' }).optional(),
    planned: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, { error: 'schema/format#planned' }).optional(),
    start: calendarDateSchema.optional(),
    end: calendarDateSchema.optional(),
    facilitators: z.array(personSchema).optional(),
    cost: costSchema.optional(),
    contact: contactSchema.optional(),
    url: z.string().optional(),
    sessions: z.array(sessionSchema).default([]),
    outcomes: z.array(outcomeSchema).optional(),
    recognitions: z.array(recognitionClaimSchema).optional(),
  })
  .meta({ id: 'Offering', title: 'curricula offering', description: 'One dated run of a program.' });

/**
 * An offering after parsing (`timeZone` defaults to Europe/Berlin, `unit`
 * to UE).
 *
 * @example
 * ```ts
 * import type { Offering } from 'curricula';
 * const o: Offering = { kind: 'offering', id: 'x-2027', program: 'x', timeZone: 'Europe/Berlin', unit: 'UE', sessions: [] };
 * ```
 */
export type Offering = z.output<typeof offeringSchema>;

/**
 * An offering as an author writes it.
 *
 * @example
 * ```ts
 * import type { OfferingInput } from 'curricula';
 * const doc: OfferingInput = { kind: 'offering', id: 'x-2027', program: 'x' };
 * ```
 */
export type OfferingInput = z.input<typeof offeringSchema>;
