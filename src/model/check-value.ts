import type * as z from 'zod';
import { sortDiagnostics, START_OF_TEXT, type Diagnostic } from '../core/diagnostic.js';
import type { Locale } from '../core/locale.js';
import type { SourceFormat, SourceMap } from '../load/index.js';
import { diagnosticOf } from '../messages/index.js';
import { schemaProblems, sourceHints, type SchemaProblem } from './schema-issues.js';

/**
 * Where checked values come from, to place their problems: the file name,
 * and, when the value was read from text, its source map (and the text, so
 * a hint can quote a value as it is written).
 *
 * @example
 * ```ts
 * const where: ValueSource = { file: 'curricula.config.yaml', sourceMap: loaded.sourceMap, text: loaded.text, format: loaded.format };
 * ```
 */
export interface ValueSource {
  file: string;
  sourceMap?: SourceMap | undefined;
  text?: string | undefined;
  format?: SourceFormat | undefined;
}

/**
 * Schema problems as located diagnostics in a language: each at its JSON
 * pointer's place in the source (the start of the text when the value did
 * not come from text), its hint quoting the value as written where the
 * text is known.
 *
 * @example
 * ```ts
 * const diagnostics = locateProblems(problems, { file: 'p.yaml', sourceMap, text, format: 'yaml' }, 'de');
 * ```
 */
export function locateProblems(problems: readonly SchemaProblem[], source: ValueSource, locale: Locale): Diagnostic[] {
  if (problems.length === 0) return [];
  // A hint that quotes a value quotes it as written (0815, not the number 815), so it needs the text.
  const hintOf = typeof source.text === 'string' ? sourceHints({ text: source.text, format: source.format ?? 'yaml' }) : undefined;
  return problems.map((p) => {
    const range = source.sourceMap !== undefined ? source.sourceMap.locate(p.path, p.part) : START_OF_TEXT;
    const f = hintOf !== undefined ? hintOf(p, range) : p;
    return diagnosticOf(f, { path: p.path, range, file: source.file }, locale);
  });
}

/**
 * Checks any value against a zod schema (a document, options, a config
 * file, planning constraints) and returns the parsed value or the problems
 * as located diagnostics, through the same path as every document's schema
 * problems: unknown keys with a did-you-mean, missing keys, wrong types and
 * values, and the codes the schema's refinements name. Give `source.sourceMap`
 * when the value was read from text, so the diagnostics have lines and
 * columns.
 *
 * @example
 * ```ts
 * const loaded = load(text, { filename: 'curricula.config.yaml' });
 * const { value, diagnostics } = checkValue(configSchema, loaded.value, { file: loaded.filename, sourceMap: loaded.sourceMap, text: loaded.text, format: loaded.format }, 'de');
 * ```
 */
export function checkValue<T>(
  schema: z.ZodType<T>,
  value: unknown,
  source: ValueSource,
  locale: Locale = 'en',
): { value: T | undefined; problems: SchemaProblem[]; diagnostics: Diagnostic[] } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { value: parsed.data, problems: [], diagnostics: [] };
  const problems = schemaProblems(schema, parsed.error.issues, value);
  // In the order of the text, whatever order the schema's checks came in (a union reports after the rest).
  return { value: undefined, problems, diagnostics: sortDiagnostics(locateProblems(problems, source, locale)) };
}
