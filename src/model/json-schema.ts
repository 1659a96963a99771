import * as z from 'zod';
import { amountSchema } from './amount.js';
import { calendarDateSchema } from './calendar-date.js';
import { offeringSchema } from './offering.js';
import { programSchema } from './program.js';
import { sessionSchema } from './session.js';
import { timeWindowSchema } from './time-window.js';

// zod turns refinements into nothing, so the generated schema accepted what
// the parser rejects. These patterns carry what a pattern can say.

/**
 * YYYY-MM-DD that exists in the (proleptic Gregorian) calendar, leap days
 * included, from 1900-01-01 to 2200-12-31 (MIN_DATE, MAX_DATE): of the
 * century years only 2000 is a leap year.
 */
const CALENDAR_DATE_PATTERN =
  '^(?:(?:19\\d\\d|2[01]\\d\\d|2200)-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:(?:19|2[01])(?:0[48]|[2468][048]|[13579][26])|2000)-02-29)$';

/** HH:MM-HH:MM from 00:00 to 24:00 (that the end comes after the start is beyond a pattern of sensible size). */
const TIME_WINDOW_PATTERN = '^(?:[01]\\d|2[0-3]):[0-5]\\d\\s*[-–]\\s*(?:(?:[01]\\d|2[0-3]):[0-5]\\d|24:00)$';

/** An amount as text starts with its number: "16 UE", "2 2/3", "⅔ h" (the rest is the duration parser's). */
const AMOUNT_TEXT_PATTERN = '^\\s*[0-9½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]';

const amountText = (amountSchema._zod.def as unknown as { options: z.core.$ZodType[] }).options.find(
  (option) => (option._zod.def as { type: string }).type === 'string',
);

/**
 * Sets the patterns zod cannot express (real dates, time windows, amounts
 * starting with a number) on a generated JSON Schema node; other schemas
 * built from the model's parts (recognition profiles) pass it as `override`.
 *
 * @example
 * ```ts
 * z.toJSONSchema(schema, { override: refineJsonSchema });
 * ```
 */
export function refineJsonSchema(ctx: { zodSchema: z.core.$ZodType; jsonSchema: z.core.JSONSchema.BaseSchema }): void {
  refine(ctx);
}

function refine(ctx: { zodSchema: z.core.$ZodType; jsonSchema: z.core.JSONSchema.BaseSchema }): void {
  const { zodSchema, jsonSchema } = ctx;
  if (zodSchema === calendarDateSchema) jsonSchema.pattern = CALENDAR_DATE_PATTERN;
  else if (zodSchema === timeWindowSchema) jsonSchema.pattern = TIME_WINDOW_PATTERN;
  else if (zodSchema === amountText) jsonSchema.pattern = AMOUNT_TEXT_PATTERN;
  else if (zodSchema === sessionSchema) {
    // A session needs a date unless it is still to be agreed.
    jsonSchema.if = { properties: { status: { const: 'to-be-agreed' } }, required: ['status'] };
    // The property is named where it is required, as Ajv's strict mode (strictRequired) asks.
    jsonSchema.else = { properties: { date: true }, required: ['date'] };
  }
}

/**
 * The JSON Schema (draft 2020-12) of a document kind, generated from the
 * zod schema so the two never drift. Editors use it for completion
 * (`# yaml-language-server: $schema=...`); the package ships it as
 * `curricula/schema/program.schema.json` and `.../offering.schema.json`.
 * It checks shape, real calendar dates, times up to 24:00, that a dated
 * session has a date and that an amount written as text starts with a
 * number; exact durations, time zones, windows that end before they start,
 * references and hours are the validator's job.
 *
 * @example
 * ```ts
 * import { jsonSchema } from 'curricula';
 * const schema = jsonSchema('program');
 * schema.$id; // 'https://unpkg.com/curricula/schema/program.schema.json'
 * ```
 */
export function jsonSchema(kind: 'program' | 'offering'): Record<string, unknown> {
  const schema = kind === 'program' ? programSchema : offeringSchema;
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any', override: refine }) as Record<string, unknown>;
  return { $id: `https://unpkg.com/curricula/schema/${kind}.schema.json`, ...generated };
}
