import { checkArguments } from '../core/arguments.js';
import * as z from 'zod';
import { refineJsonSchema } from '../model/json-schema.js';
import { customProfileSchema, recognitionProfileSchema } from './profile.js';

/**
 * The JSON Schema (draft 2020-12) of a recognition profile file, generated
 * from the zod schema: the built-in profiles (src/recognition/profiles/)
 * name it as their `$schema`, and the package ships it as
 * `curricula/schema/recognition-profile.schema.json`. With `custom`, the
 * schema of a profile of your own (the config file's `profiles`), where
 * `extends` makes most fields optional.
 *
 * @example
 * ```ts
 * import { profileJsonSchema } from 'curricula';
 * profileJsonSchema().$id; // 'https://unpkg.com/curricula/schema/recognition-profile.schema.json'
 * ```
 */
export function profileJsonSchema(options: { custom?: boolean } = {}): Record<string, unknown> {
  checkArguments('profileJsonSchema', [['options', options, 'options']]);
  const schema = options.custom === true ? customProfileSchema : recognitionProfileSchema;
  const name = options.custom === true ? 'custom-profile' : 'recognition-profile';
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any', override: refineJsonSchema }) as Record<string, unknown>;
  return { $id: `https://unpkg.com/curricula/schema/${name}.schema.json`, ...generated };
}
