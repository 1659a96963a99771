/**
 * The schema's fast path (Schnellpfad), fenced: a compiled copy of zod's
 * parse that exists only for speed and must give exactly what zod gives.
 * The domain code (parse.ts) imports this file only, never the one beside
 * it.
 *
 * {@link parseFast} must return `schema.safeParse(input).data` whenever zod
 * accepts the input (a value not owned by the caller: identical, keys in
 * the same order, defaults applied alike; an owned one: an equal value that
 * may share the input's unchanged objects, the input never changed unless
 * it is disposable, when defaults are written into it), and
 * undefined whenever zod rejects it, so that zod itself explains why.
 * tests/model/fast/schema.test.ts compares both on every example, fixture
 * and generated program, on mutations of them, on arbitrary values, and on
 * schemas of every kind the fast path compiles or leaves to zod.
 */
import type * as z from 'zod';
import { fastParse, INVALID } from './schema.js';

/**
 * How the input of {@link parseFast} was made.
 *
 * @example
 * ```ts
 * const input: FastParseInput = { owned: true, shared: false }; // a value just loaded from JSON text
 * ```
 */
export interface FastParseInput {
  /**
   * Nobody else holds the value (it was just loaded from text in this
   * call), so the result may share its unchanged objects instead of
   * copying them: copying every object of a valid 1 MB program costs more
   * than checking it.
   */
  owned: boolean;
  /**
   * The input is thrown away after the parse (owned, and no one reads it
   * again): defaults may be written into it rather than into a copy. The
   * result is the same value; an input the fast path declines may then
   * hold defaults zod would add anyway.
   */
  disposable?: boolean;
  /**
   * The value may hold one object at two places (a YAML alias): zod's
   * result can then share an object where the fast path's would not, so
   * the fast path declines.
   */
  shared: boolean;
}

/**
 * Checks a value against a schema the fast way: zod's parsed value, or
 * undefined to say "run zod" (it rejects the value, or the fast path
 * cannot vouch for the result). Never throws.
 *
 * @example
 * ```ts
 * const value = JSON.parse(text);
 * const program = parseFast(programSchema, value, { owned: true, shared: false }) ?? programSchema.parse(value);
 * parseFast(programSchema, { kind: 'program' }, { owned: false, shared: false }); // undefined: zod reports the missing keys
 * ```
 */
export function parseFast<T>(schema: z.ZodType<T>, input: unknown, how: FastParseInput): T | undefined {
  if (how.shared) return undefined;
  const value = fastParse(schema, input, how.owned ? (how.disposable === true ? 'adopt' : 'reuse') : 'copy');
  return value === INVALID ? undefined : (value as T);
}
