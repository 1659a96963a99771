import * as z from 'zod';
import { amountSchema } from '../model/amount.js';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const SHARE = /^\d+\/[1-9]\d*$/;

/** What every constraint may say about itself: where its figure comes from, and whether that was checked. */
const provenance = {
  /** The section the figure comes from ("§ 12 Abs. 2 HBUG"). */
  source: z.string().optional(),
  /** false when the figure could not be checked against the law text or an official page. */
  verified: z.boolean().optional(),
  /** Where sources disagree, or what the figure leaves out. */
  note: z.string().optional(),
};

/**
 * One rule of a recognition profile, from a fixed vocabulary (Anerkennungs-
 * voraussetzung). Amounts are in the profile's `unit` unless they carry
 * their own ("6 h"). `kind` says which:
 * - `days`: at least `min`, at most `max` teaching days;
 * - `consecutive`: all days in a row (one block), or with
 *   `orOneDayPerWeek` one day a week in consecutive weeks;
 * - `blocks`: at most `max` blocks (a block is a run of consecutive days),
 *   each at least `minDaysPerBlock` days, all within `withinWeeks` weeks;
 * - `total`: at least `min` teaching time in all;
 * - `perDay`: teaching time a day, on `average` and as a `floor` for every
 *   day, with lower floors for the arrival and departure days (the first
 *   and last day of a block);
 * - `before`: at least `min` teaching time before the clock time `time`
 *   every day (e.g. 4 UE before 20:00);
 * - `inPerson`: at least `min` in person, and/or a share of at least
 *   `minShare` ("2/3"; with `strict`, more than that share);
 * - `participants`: at most `max` participants;
 * - `admission`: participants must be at least `minAge` years old and bring
 *   an outside `certificate` (a first-aid course of 9 UE not older than 2
 *   years);
 * - `certificate`: the certificate is valid at most `validYears` years and
 *   is renewed with at least `renewal.hours` within `renewal.withinYears`;
 * - `seminarDays`: at least `days` seminar days per `months` months of
 *   service, `perExtraMonth` more for each month beyond, `perMissingMonth`
 *   fewer for each month short, `political` of them political education.
 *
 * @example
 * ```ts
 * import { profileConstraintSchema } from 'curricula';
 * profileConstraintSchema.parse({ kind: 'perDay', average: '6 h', floor: '4 h' });
 * ```
 */
export const profileConstraintSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('days'), min: z.int().positive().optional(), max: z.int().positive().optional(), ...provenance }),
    z.strictObject({ kind: z.literal('consecutive'), orOneDayPerWeek: z.boolean().optional(), ...provenance }),
    z.strictObject({
      kind: z.literal('blocks'),
      max: z.int().positive(),
      minDaysPerBlock: z.int().positive().optional(),
      withinWeeks: z.number().positive().optional(),
      ...provenance,
    }),
    z.strictObject({ kind: z.literal('total'), min: amountSchema, ...provenance }),
    z.strictObject({
      kind: z.literal('perDay'),
      average: amountSchema.optional(),
      floor: amountSchema.optional(),
      arrivalFloor: amountSchema.optional(),
      departureFloor: amountSchema.optional(),
      ...provenance,
    }),
    z.strictObject({ kind: z.literal('before'), time: z.string().regex(CLOCK, { error: 'schema/format#clockTime' }), min: amountSchema, ...provenance }),
    z.strictObject({
      kind: z.literal('inPerson'),
      min: amountSchema.optional(),
      minShare: z.string().regex(SHARE, { error: 'schema/format#share' }).optional(),
      strict: z.boolean().optional(),
      ...provenance,
    }),
    z.strictObject({ kind: z.literal('participants'), max: z.int().positive(), ...provenance }),
    z.strictObject({
      kind: z.literal('admission'),
      minAge: z.int().min(0).max(130).optional(),
      certificate: z
        .strictObject({ title: z.string().min(1), hours: amountSchema.optional(), maxAgeYears: z.number().positive().optional() })
        .optional(),
      ...provenance,
    }),
    z.strictObject({
      kind: z.literal('certificate'),
      validYears: z.number().positive().optional(),
      renewal: z.strictObject({ hours: amountSchema, withinYears: z.number().positive().optional() }).optional(),
      ...provenance,
    }),
    z.strictObject({
      kind: z.literal('seminarDays'),
      days: z.int().positive(),
      months: z.int().positive(),
      perExtraMonth: z.int().nonnegative().optional(),
      perMissingMonth: z.int().nonnegative().optional(),
      political: z.int().positive().optional(),
      ...provenance,
    }),
  ])
  .meta({ id: 'ProfileConstraint', description: 'One rule of a recognition profile; `kind` says which.' });

/**
 * A constraint of a recognition profile (see {@link profileConstraintSchema}).
 *
 * @example
 * ```ts
 * import type { ProfileConstraint } from 'curricula';
 * const c: ProfileConstraint = { kind: 'days', min: 3 };
 * ```
 */
export type ProfileConstraint = z.output<typeof profileConstraintSchema>;

/**
 * The kinds of {@link ProfileConstraint}.
 *
 * @example
 * ```ts
 * import type { ProfileConstraintKind } from 'curricula';
 * const kind: ProfileConstraintKind = 'perDay';
 * ```
 */
export type ProfileConstraintKind = ProfileConstraint['kind'];

/**
 * The constraint of a kind, typed (`ConstraintOf<'perDay'>`).
 *
 * @example
 * ```ts
 * import type { ConstraintOf } from 'curricula';
 * const perDay: ConstraintOf<'perDay'> = { kind: 'perDay', average: 6 };
 * ```
 */
export type ConstraintOf<K extends ProfileConstraintKind> = Extract<ProfileConstraint, { kind: K }>;
