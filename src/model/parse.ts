import type * as z from 'zod';
import { type Diagnostic, hasErrors, sortDiagnostics } from '../core/diagnostic.js';
import { didYouMean } from '../core/did-you-mean.js';
import { type Locale, pick } from '../core/locale.js';
import { load, type LoadOptions, type LoadResult, type SourceMap } from '../load/index.js';
import { offeringAmountProblems, programAmountProblems } from './amount-problems.js';
import { parseFast } from './fast/index.js';
import { type Offering, offeringSchema } from './offering.js';
import { type Program, programSchema } from './program.js';
import { recoverDocument } from './recover.js';
import { type SchemaProblem, schemaProblems, sourceHints } from './schema-issues.js';

/**
 * What every parse function returns: the typed value (when the schema
 * accepted the document), every diagnostic from loading and checking it,
 * and the source map to locate further findings.
 *
 * `ok` is true when there is no error. `value` is given whenever the
 * document has the right shape, even if an amount like `hours: "2 2/7"` is
 * reported as `duration/invalid`, so the validator can still find every
 * other problem at once. For the same reason, when the schema rejects
 * only unknown keys, `value` is the document without them (and `ok` is
 * false); it is `undefined` when a known key has a value the schema
 * rejects, since its default would stand in for what the text says.
 *
 * @example
 * ```ts
 * import { parseProgram } from 'curricula';
 * const result = parseProgram('kind: program\nid: x\ntitle: X\n', { filename: 'x.yaml' });
 * if (!result.ok) console.log(result.diagnostics);
 * ```
 */
export interface ParseResult<T> {
  ok: boolean;
  file: string;
  value: T | undefined;
  diagnostics: Diagnostic[];
  sourceMap: SourceMap;
}

/**
 * A document of either kind, told apart by `kind`.
 *
 * @example
 * ```ts
 * import { parseDocument } from 'curricula';
 * const { value } = parseDocument(text);
 * if (value?.kind === 'offering') console.log(value.sessions.length);
 * ```
 */
export type CurriculumDocument = Program | Offering;

/**
 * Options for the parse functions: those of `load` plus the message
 * language.
 *
 * @example
 * ```ts
 * import { parseDocument } from 'curricula';
 * parseDocument(text, { filename: 'programm.yaml', locale: 'de' });
 * ```
 */
export interface ParseOptions extends LoadOptions {
  /** Language of diagnostic messages (default `en`). */
  locale?: Locale;
}

const KINDS = ['program', 'offering'] as const;

function toLoadResult(input: string | LoadResult, options: ParseOptions): LoadResult {
  if (typeof input !== 'string') return input;
  const { locale: _locale, ...loadOptions } = options;
  return load(input, loadOptions);
}

function locate(source: LoadResult, problems: readonly SchemaProblem[], locale: Locale): Diagnostic[] {
  // A hint that quotes a value quotes it as written (0815, not the number 815), so it needs the text.
  const hintOf = typeof source.text === 'string' ? sourceHints(source) : (p: SchemaProblem) => p.hint;
  return problems.map((p) => {
    const range = source.sourceMap.locate(p.path, p.part);
    const hint = hintOf(p, range);
    return {
      code: p.code,
      severity: 'error' as const,
      message: pick(p.message, locale),
      path: p.path,
      ...range,
      ...(hint !== undefined ? { hint: pick(hint, locale) } : {}),
      file: source.filename,
    };
  });
}

function finish<T>(source: LoadResult, value: T | undefined, diagnostics: Diagnostic[]): ParseResult<T> {
  const all = sortDiagnostics([...source.diagnostics, ...diagnostics]);
  return { ok: value !== undefined && !hasErrors(all), file: source.filename, value, diagnostics: all, sourceMap: source.sourceMap };
}

function checkAgainst<T>(
  source: LoadResult,
  schema: z.ZodType<T>,
  amounts: (value: T) => SchemaProblem[],
  locale: Locale,
  owned: boolean,
): ParseResult<T> {
  // Most documents are valid: the fast path builds zod's value without zod's bookkeeping, and zod
  // itself runs only to explain a document the fast path does not accept.
  // A value loaded from text in this call is ours alone, so the result may share its objects.
  const value = parseFast(schema, source.value, { owned, shared: mayShareObjects(source) });
  if (value !== undefined) return finish(source, value, locate(source, amounts(value), locale));
  const parsed = schema.safeParse(source.value);
  if (!parsed.success) {
    const problems = schemaProblems(schema, parsed.error.issues, source.value);
    // A document wrong only in unknown keys is still checked, so that one typo does not hide the rest.
    const rest = recoverDocument(schema, source.value, parsed.error.issues);
    if (rest !== undefined) problems.push(...amounts(rest));
    return finish<T>(source, rest, locate(source, problems, locale));
  }
  return finish(source, parsed.data, locate(source, amounts(parsed.data), locale));
}

/**
 * Whether the loaded value may hold one object at two places: a YAML alias
 * (`*name`) makes one. JSON has no aliases, and YAML without a `*` has none
 * either.
 */
function mayShareObjects(source: LoadResult): boolean {
  return source.format !== 'json' && (typeof source.text !== 'string' || source.text.includes('*'));
}

function kindProblem(raw: unknown, expected: readonly string[]): SchemaProblem | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      code: 'schema/type',
      path: '',
      part: 'value',
      message: {
        en: 'A curriculum document is a mapping that starts with kind: program or kind: offering',
        de: 'Ein Curriculum-Dokument ist eine Zuordnung, die mit kind: program oder kind: offering beginnt',
      },
    };
  }
  if (!Object.prototype.hasOwnProperty.call(raw, 'kind')) {
    return {
      code: 'schema/missing',
      path: '',
      part: 'value',
      message: {
        en: `Missing required key 'kind' (${expected.join(' or ')})`,
        de: `Pflichtschlüssel 'kind' fehlt (${expected.join(' oder ')})`,
      },
    };
  }
  const kind = (raw as { kind: unknown }).kind;
  if (typeof kind === 'string' && expected.includes(kind)) return undefined;
  const suggestion = typeof kind === 'string' ? didYouMean(kind, expected) : undefined;
  const got = typeof kind === 'string' ? `'${kind}'` : JSON.stringify(kind);
  return {
    code: 'schema/value',
    path: '/kind',
    part: 'value',
    message: {
      en: `Expected kind ${expected.map((k) => `'${k}'`).join(' or ')}, got ${got}`,
      de: `Erwartet wird kind ${expected.map((k) => `'${k}'`).join(' oder ')}, gefunden: ${got}`,
    },
    ...(suggestion !== undefined ? { hint: { en: `Did you mean '${suggestion}'?`, de: `Meinten Sie '${suggestion}'?` } } : {}),
  };
}

function parseAs<T>(
  input: string | LoadResult,
  options: ParseOptions,
  kinds: readonly string[],
  check: (source: LoadResult, locale: Locale, owned: boolean) => ParseResult<T>,
): ParseResult<T> {
  const locale = options.locale ?? 'en';
  const source = toLoadResult(input, options);
  if (!source.ok) return finish<T>(source, undefined, []);
  const problem = kindProblem(source.value, kinds);
  if (problem !== undefined) return finish<T>(source, undefined, locate(source, [problem], locale));
  return check(source, locale, typeof input === 'string');
}

/**
 * Loads and checks a program (JSON or YAML text, or an already loaded
 * {@link LoadResult}). Never throws on user input.
 *
 * @example
 * ```ts
 * import { parseProgram } from 'curricula';
 * const result = parseProgram(text, { filename: 'programm.yaml' });
 * if (result.ok) console.log(result.value.title);
 * ```
 */
export function parseProgram(input: string | LoadResult, options: ParseOptions = {}): ParseResult<Program> {
  return parseAs(input, options, ['program'], (source, locale, owned) =>
    checkAgainst(source, programSchema, programAmountProblems, locale, owned),
  );
}

/**
 * Loads and checks an offering (one dated run of a program). Never throws
 * on user input.
 *
 * @example
 * ```ts
 * import { parseOffering } from 'curricula';
 * const result = parseOffering(text, { filename: 'kurs-2027.yaml' });
 * for (const d of result.diagnostics) console.log(`${d.line}:${d.column} ${d.message}`);
 * ```
 */
export function parseOffering(input: string | LoadResult, options: ParseOptions = {}): ParseResult<Offering> {
  return parseAs(input, options, ['offering'], (source, locale, owned) =>
    checkAgainst(source, offeringSchema, offeringAmountProblems, locale, owned),
  );
}

/**
 * Loads a document and checks it as a program or an offering, as its
 * `kind` says. Never throws on user input.
 *
 * @example
 * ```ts
 * import { parseDocument } from 'curricula';
 * const result = parseDocument(text, { filename: 'any.yaml' });
 * if (result.value?.kind === 'program') console.log(result.value.modules.length);
 * ```
 */
export function parseDocument(input: string | LoadResult, options: ParseOptions = {}): ParseResult<CurriculumDocument> {
  return parseAs<CurriculumDocument>(input, options, KINDS, (source, locale, owned) =>
    (source.value as { kind: string }).kind === 'program'
      ? checkAgainst<CurriculumDocument>(source, programSchema as z.ZodType<CurriculumDocument>, (v) => programAmountProblems(v as Program), locale, owned)
      : checkAgainst<CurriculumDocument>(source, offeringSchema as z.ZodType<CurriculumDocument>, (v) => offeringAmountProblems(v as Offering), locale, owned),
  );
}
