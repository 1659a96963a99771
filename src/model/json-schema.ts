import * as z from 'zod';
import { offeringSchema } from './offering.js';
import { programSchema } from './program.js';

/**
 * The JSON Schema (draft 2020-12) of a document kind, generated from the
 * zod schema so the two never drift. Editors use it for completion
 * (`# yaml-language-server: $schema=...`); the package ships it as
 * `curricula/schema/program.schema.json` and `.../offering.schema.json`.
 * It checks shape only: exact durations, references and hours are the
 * validator's job.
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
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $id: `https://unpkg.com/curricula/schema/${kind}.schema.json`, ...generated };
}
