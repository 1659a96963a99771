import { argumentError, checkArguments } from '../core/arguments.js';
import type * as z from 'zod';
import { type Diagnostic, hasErrors, sortDiagnostics } from '../core/diagnostic.js';
import { CurriculaUsageError } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import { graphProblem } from '../core/value-graph.js';
import { DEFAULT_MAX_DEPTH, EMPTY_SOURCE_MAP, load, scanDirectives, type Directive, type LoadOptions, type LoadResult, type SourceMap } from '../load/index.js';
import { renderDiagnostic } from '../messages/index.js';
import { offeringAmountProblems, programAmountProblems } from './amount-problems.js';
import { parseFast } from './fast/index.js';
import { type Offering, offeringSchema } from './offering.js';
import { type Program, programSchema } from './program.js';
import { recoverDocument } from './recover.js';
import { meantValue } from './value-synonyms.js';
import { locateProblems } from './check-value.js';
import { type SchemaProblem, schemaProblems } from './schema-issues.js';

/**
 * What every parse function returns: the typed value (when the schema
 * accepted the document), every diagnostic from loading and checking it,
 * and the source map to locate further findings.
 *
 * A discriminated union on `ok`: after `if (result.ok)` the value is the
 * document (`Program`, not `Program | undefined`). `ok` is true when there
 * is a value and no error. A result that is not ok may still carry a value:
 * whenever the document has the right shape, even if an amount like
 * `hours: "2 2/7"` is reported as `duration/invalid`, so the validator can
 * still find every other problem at once. For the same reason, when the
 * schema rejects only unknown keys, `value` is the document without them;
 * it is `undefined` when a known key has a value the schema rejects, since
 * its default would stand in for what the text says.
 *
 * @example
 * ```ts
 * import { parseProgram } from 'curricula';
 * const result = parseProgram('kind: program\nid: x\ntitle: X\n', { filename: 'x.yaml' });
 * if (result.ok) console.log(result.value.title); // a Program here
 * else console.log(result.diagnostics);
 * ```
 */
export type ParseResult<T> = ParseSuccess<T> | ParseFailure<T>;

/**
 * A parse result without errors: `value` is the document.
 *
 * @example
 * ```ts
 * import { parseProgram, type ParseSuccess, type Program } from 'curricula';
 * const result = parseProgram('kind: program\nid: x\ntitle: X\n');
 * if (result.ok) { const done: ParseSuccess<Program> = result; }
 * ```
 */
export interface ParseSuccess<T> {
  /** The inline directives of a YAML text (`# curricula-disable-next-line … -- reason`), when it has any; `validate()` applies them. */
  directives?: readonly Directive[];
  ok: true;
  file: string;
  value: T;
  /** Warnings and infos only. */
  diagnostics: Diagnostic[];
  sourceMap: SourceMap;
}

/**
 * A parse result with errors: `value` is the document when its shape let
 * the rules still look at it (see {@link ParseResult}), else undefined.
 *
 * @example
 * ```ts
 * import { parseProgram, type ParseFailure, type Program } from 'curricula';
 * const result = parseProgram('kind: program\n');
 * if (!result.ok) { const failed: ParseFailure<Program> = result; }
 * ```
 */
export interface ParseFailure<T> {
  /** The inline directives of a YAML text (`# curricula-disable-next-line … -- reason`), when it has any; `validate()` applies them. */
  directives?: readonly Directive[];
  ok: false;
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
 * Options for the parse functions: those of `load`, whose `locale` is the
 * language of every message, the loader's and the schema's.
 *
 * @example
 * ```ts
 * import { parseDocument } from 'curricula';
 * parseDocument(text, { filename: 'programm.yaml', locale: 'de' });
 * ```
 */
export interface ParseOptions extends LoadOptions {
  /** Language of diagnostic messages (default `en`). */
  locale?: Locale | undefined;
}

const KINDS = ['program', 'offering'] as const;

function toLoadResult(input: string | LoadResult, options: ParseOptions): LoadResult {
  if (typeof input === 'string') return load(input, options);
  // A text the caller loaded: its findings in this call's language, when one is asked for.
  const locale = options.locale;
  if (locale === undefined || input.diagnostics.length === 0) return input;
  return { ...input, diagnostics: input.diagnostics.map((d) => renderDiagnostic(d, locale)) };
}

function locate(source: LoadResult, problems: readonly SchemaProblem[], locale: Locale): Diagnostic[] {
  return locateProblems(problems, { file: source.filename, sourceMap: source.sourceMap, text: source.text, format: source.format }, locale);
}

function finish<T>(source: LoadResult, value: T | undefined, diagnostics: Diagnostic[]): ParseResult<T> {
  const all = sortDiagnostics([...source.diagnostics, ...diagnostics]);
  const file = source.filename;
  const sourceMap = source.sourceMap;
  const result: ParseResult<T> =
    value !== undefined && !hasErrors(all) ? { ok: true, file, value, diagnostics: all, sourceMap } : { ok: false, file, value, diagnostics: all, sourceMap };
  // Only a text that mentions `curricula-` is looked at for comments: valid files without directives pay one search.
  const directives = typeof source.text === 'string' ? scanDirectives(source.text, source.format) : [];
  if (directives.length > 0) result.directives = directives;
  return result;
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
  // Loaded from text in this call and never returned: defaults go into it, not into copies of it.
  const value = parseFast(schema, source.value, { owned, disposable: owned, shared: mayShareObjects(source) });
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
    return { code: 'schema/type', messageId: 'notDocument', data: {}, path: '', part: 'value' };
  }
  if (!Object.prototype.hasOwnProperty.call(raw, 'kind')) {
    return { code: 'schema/missing', messageId: 'missingKind', data: { kinds: expected }, path: '', part: 'value' };
  }
  const kind = (raw as { kind: unknown }).kind;
  if (typeof kind === 'string' && expected.includes(kind)) return undefined;
  // `programm`, `Program`, and words for the kinds (`offer`, `Angebot`).
  const suggestion = typeof kind === 'string' ? meantValue(kind, expected) : undefined;
  const data = typeof kind === 'string' ? { kinds: expected, got: kind } : { kinds: expected, got: JSON.stringify(kind) ?? 'null' };
  const messageId = typeof kind === 'string' ? 'kind' : 'kindJson';
  return suggestion !== undefined
    ? { code: 'schema/value', messageId, data: { ...data, suggestion }, hintId: 'didYouMean', path: '/kind', part: 'value' }
    : { code: 'schema/value', messageId, data, path: '/kind', part: 'value' };
}

function parseAs<T>(
  fn: string,
  input: string | LoadResult,
  options: ParseOptions,
  kinds: readonly string[],
  check: (source: LoadResult, locale: Locale, owned: boolean) => ParseResult<T>,
): ParseResult<T> {
  // Text, or what load() gave; anything else is a mistake in the calling code, not in a document.
  const loaded = typeof input === 'object' && input !== null && typeof (input as { ok?: unknown }).ok === 'boolean' && Array.isArray((input as { diagnostics?: unknown }).diagnostics);
  if (typeof input !== 'string' && !loaded) throw argumentError(fn, 'input', 'JSON or YAML text, or what load() returns', input);
  checkArguments(fn, [['options', options, 'options']]);
  const locale = options.locale ?? 'en';
  const source = toLoadResult(input, options);
  if (!source.ok) return finish<T>(source, undefined, []);
  // A value built in code may contain itself or nest without end: walked once here, never followed forever later.
  if (typeof input !== 'string') {
    const graph = graphProblem(source.value, DEFAULT_MAX_DEPTH);
    if (graph?.kind === 'cycle') {
      throw new CurriculaUsageError(`${fn}: the value contains itself: ${graph.pointer} is the object at ${graph.first || 'the top'}, which contains it`);
    }
    if (graph?.kind === 'deep') {
      const deep: SchemaProblem = { code: 'limit/depth', messageId: 'tooDeep', data: { max: DEFAULT_MAX_DEPTH }, hintId: 'fewLevels', path: graph.pointer, part: 'value' };
      return finish<T>(source, undefined, locate(source, [deep], locale));
    }
  }
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
  return parseAs('parseProgram', input, options, ['program'], (source, locale, owned) =>
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
  return parseAs('parseOffering', input, options, ['offering'], (source, locale, owned) =>
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
  return parseAs<CurriculumDocument>('parseDocument', input, options, KINDS, (source, locale, owned) =>
    (source.value as { kind: string }).kind === 'program'
      ? checkAgainst<CurriculumDocument>(source, programSchema as z.ZodType<CurriculumDocument>, (v) => programAmountProblems(v as Program), locale, owned)
      : checkAgainst<CurriculumDocument>(source, offeringSchema as z.ZodType<CurriculumDocument>, (v) => offeringAmountProblems(v as Offering), locale, owned),
  );
}

/**
 * Checks a document given as a value rather than text (a program built in
 * code, an offering `plan()` returned) as {@link parseDocument} checks a
 * text: against the schema, with defaults applied and every amount read.
 * Findings have no line and column (there is no text; they sit at 1:1) but
 * a JSON pointer into the value. The value is not changed, nor shared
 * with the result. `filename` names it in findings; by default
 * `<program id>` or `<offering id>`.
 *
 * @example
 * ```ts
 * import { parseValue } from 'curricula';
 * const result = parseValue({ kind: 'program', id: 'x', title: 'X', modules: [{ id: 'a', title: 'A', hours: '2 2/7' }] });
 * result.ok; // false: duration/invalid at /modules/0/hours
 * ```
 */
export function parseValue(value: unknown, options: Pick<ParseOptions, 'filename' | 'locale'> = {}): ParseResult<CurriculumDocument> {
  checkArguments('parseValue', [['options', options, 'options']]);
  const filename = options.filename ?? valueName(value);
  const source: LoadResult = { ok: true, filename, format: 'json', text: '', value: value ?? null, diagnostics: [], sourceMap: EMPTY_SOURCE_MAP };
  return parseDocument(source, options.locale === undefined ? {} : { locale: options.locale });
}

/** `<offering kurs-2027>`: what a value is called in findings when the caller gave no name. */
function valueName(value: unknown): string {
  if (value === null || typeof value !== 'object') return '<value>';
  const { kind, id } = value as { kind?: unknown; id?: unknown };
  const what = kind === 'program' || kind === 'offering' ? kind : 'document';
  return typeof id === 'string' && id !== '' && id.length <= 100 ? `<${what} ${id}>` : `<${what}>`;
}
