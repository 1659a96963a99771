import type * as z from 'zod';
import type { MessageData, MessageValue, Phrase, SourceRange } from '../core/diagnostic.js';
import { didYouMean } from '../core/did-you-mean.js';
import { toPointer } from '../core/json-pointer.js';
import { MAX_DATE, MIN_DATE } from '../core/limits.js';
import { LineIndex } from '../load/line-index.js';
import { hasMessage, isDiagnosticCode, type DiagnosticCode, type Finding } from '../messages/index.js';
import { meantValue } from './value-synonyms.js';
import { decimalComma, numberBeforeComma, quotedPair, textSplit } from './comma-split.js';
import { calendarDateProblem } from './calendar-date.js';
import { formatClock, parseTimeWindow } from './time-window.js';

/**
 * One schema problem before it is located: a finding (code, message id,
 * data, hint id) at a JSON pointer. {@link locateProblems} in parse.ts
 * turns these into diagnostics.
 */
export interface SchemaProblem extends Finding {
  /** For `schema/missing`: the key that is missing; for `schema/unknown-key`: the suggested key. */
  key?: string;
  path: string;
  /** Locate the key rather than the value (unknown keys) or the parent (missing keys). */
  part: 'key' | 'value';
  /**
   * The hint would best quote the value as it is written, which only the
   * source text has (the parsed value of `0815` is 815): a number or
   * true/false where text is meant, text with a colon, or a number cut at
   * a decimal comma (the key before the digits). `hintId` is a
   * wording without it; {@link sourceHints} gives the exact one.
   */
  quote?: 'number' | 'boolean' | 'colon' | 'comma';
}

type Segment = string | number;
type AnySchema = z.core.$ZodType;

function problem(code: DiagnosticCode, messageId: string, data: MessageData, path: string, part: 'key' | 'value' = 'value', hintId?: string): SchemaProblem {
  return hintId === undefined ? { code, messageId, data, path, part } : { code, messageId, data, path, part, hintId };
}

const MESSAGE_REF = /^([a-z][a-z-]*(?:\/[a-z-]+)?)#([A-Za-z]+)$/;

/**
 * The code and message id a schema names in its `error` (`'schema/format#date'`):
 * the schemas carry message ids, never text, so their problems are told in
 * the reader's language like every other.
 */
function messageRef(message: string): { code: DiagnosticCode; id: string } | undefined {
  const m = MESSAGE_REF.exec(message);
  if (m === null || !isDiagnosticCode(m[1]!) || !hasMessage(m[1]!, m[2]!)) return undefined;
  return { code: m[1]!, id: m[2]! };
}

/** The data a message named by a schema needs: the supported range for a date outside it, else none. */
function refData(ref: { code: DiagnosticCode; id: string }): MessageData {
  return ref.code === 'date/invalid' && ref.id === 'outOfRange' ? { min: MIN_DATE, max: MAX_DATE } : {};
}

// YAML reads an unquoted `2019` as a number and `true` as a boolean; where text is meant, quotes keep it text.
// The value is not the text (0815 is 815, 1.10 is 1.1, 1e3 is 1000), so the example here is generic;
// sourceHints puts in the text as written once the value is located.
function quoteHint(value: unknown): Pick<SchemaProblem, 'hintId' | 'quote'> {
  if (typeof value === 'number') return { quote: 'number', hintId: 'quoteNumber' };
  if (typeof value === 'boolean') return { quote: 'boolean', hintId: 'quoteBoolean' };
  return {};
}

// What a plain YAML scalar or JSON literal that read as a number or true/false looks like (0815, 1.10, 1e3, 0x1F, .inf).
const WRITTEN_NUMBER = /^[-+]?(?:[0-9]|\.[0-9A-Za-z])[0-9A-Za-z._+-]*$/;
const WRITTEN_BOOLEAN = /^(?:true|false|True|False|TRUE|FALSE)$/;


/**
 * Hints that quote a value exactly as the source writes it. Schema problems
 * only know parsed values, and `id: 0815` parses to 815: a hint built from
 * the value would suggest different text. The returned function takes a
 * problem and the range it was located at and gives the problem with a
 * hint that has the source text put in (`Write it in quotes: '0815'`), or
 * the problem unchanged when the range holds no plain number, true/false
 * or colon text (an alias, a multi-line value). Line starts are found once
 * per source, on first need.
 *
 * @example
 * ```ts
 * const hintOf = sourceHints({ text: source.text, format: source.format });
 * const range = source.sourceMap.locate(problem.path, problem.part);
 * hintOf(problem, range).hintId; // 'quoteWritten', with data.written "'0815'"
 * ```
 */
export function sourceHints(source: { text: string; format: 'json' | 'yaml' }): (problem: SchemaProblem, range: SourceRange) => SchemaProblem {
  let lines: LineIndex | undefined;
  const slice = (range: SourceRange): string | undefined => {
    lines ??= new LineIndex(source.text);
    const from = lines.offset(range.line, range.column);
    const to = lines.offset(range.endLine, range.endColumn);
    if (from === undefined || to === undefined) return undefined;
    // A block mapping's range runs to the start of the next line: trimmed, the text must still be one line.
    const text = source.text.slice(from, to).trim();
    return text.length > 0 && !/[\r\n]/.test(text) ? text : undefined;
  };
  return (problem, range) => {
    if (problem.quote === undefined) return problem;
    if (problem.quote === 'comma') {
      // The digits became a key at `range`: the text just before it says which key's number they belong to.
      lines ??= new LineIndex(source.text);
      const at = lines.offset(range.line, range.column);
      const cut = at === undefined || source.format !== 'yaml' ? undefined : numberBeforeComma(source.text.slice(Math.max(0, at - 300), at));
      if (cut === undefined) return problem;
      const rest = String(problem.data.key);
      const written = `${cut.start},${rest}`;
      const data = { key: cut.key, number: cut.start, rest, written, quoted: quotedPair(cut.key, written) };
      return { code: 'schema/unknown-key', messageId: 'commaNumber', data, hintId: 'quoteValue', path: problem.path, part: problem.part };
    }
    const written = slice(range);
    if (written === undefined) return problem;
    if (problem.quote === 'colon') {
      // A one-line mapping of one pair, written as plain text (not `{…}`, no comment, no quotes to keep).
      if (source.format !== 'yaml' || !/^[^\s{["'?!&*#|>%@`-][^#]*:\s/.test(written) || /["'#]/.test(written)) return problem;
      return { ...problem, hintId: 'colonQuote', data: { ...problem.data, quoted: written.includes('\\') ? `'${written}'` : `"${written}"` } };
    }
    const fits = problem.quote === 'number' ? WRITTEN_NUMBER.test(written) : WRITTEN_BOOLEAN.test(written);
    if (!fits) return problem;
    const text = source.format === 'json' ? `"${written}"` : `'${written}'`;
    return { ...problem, hintId: 'quoteWritten', data: { ...problem.data, written: text } };
  };
}

// `- Teil 1: Grundlagen` is a mapping to YAML; the author meant one text with a colon.
function colonText(value: unknown, anyKey = false): { key: string; text: string | undefined } | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  const rest = (value as Record<string, unknown>)[key];
  // Where a mapping could also be meant (a topic), a one-word key is as likely a misspelt key.
  if ((!anyKey && !/\s/.test(key.trim())) || (typeof rest !== 'string' && typeof rest !== 'number')) return undefined;
  // A number after the colon is not its text (`Kapitel: 1.10` reads 1.1): no example then, until sourceHints finds the text.
  return { key, text: typeof rest === 'string' ? `${key}: ${rest}` : undefined };
}

function colonTextProblem(pointer: string, found: { key: string; text: string | undefined }): SchemaProblem {
  const text = found.text;
  if (text === undefined) return { ...problem('schema/type', 'colonText', { key: found.key }, pointer, 'value', 'colonQuoteAny'), quote: 'colon' };
  const quoted = text.includes('"') ? `'${text.replace(/'/g, "''")}'` : `"${text}"`;
  return { ...problem('schema/type', 'colonText', { key: found.key, quoted }, pointer, 'value', 'colonQuote'), quote: 'colon' };
}

// A union that accepts text at this place (a topic, a module id …).
function unionAcceptsString(errors: readonly (readonly z.core.$ZodIssue[])[]): boolean {
  return errors.some((b) => b.some((i) => i.code === 'invalid_type' && i.path.length === 0 && i.expected === 'string'));
}

const got = (id: string, data?: MessageData): Phrase => (data === undefined ? { ns: 'schema.got', id } : { ns: 'schema.got', id, data });
const expectedPhrase = (id: string, data?: MessageData): Phrase => (data === undefined ? { ns: 'schema.expected', id } : { ns: 'schema.expected', id, data });

function typeName(value: unknown): Phrase {
  if (value === null) return got('null');
  if (Array.isArray(value)) return got('list');
  switch (typeof value) {
    case 'string':
      return got('string');
    case 'number':
      return got('number');
    case 'boolean':
      return got('boolean');
    case 'object':
      return got('mapping');
    default:
      return got('other', { name: typeof value });
  }
}

function expectedName(expected: string): Phrase {
  switch (expected) {
    case 'string':
    case 'number':
    case 'int':
    case 'boolean':
    case 'object':
    case 'array':
      return expectedPhrase(expected);
    default:
      return expectedPhrase('other', { name: expected });
  }
}

function valueAt(root: unknown, path: readonly Segment[]): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return { found: false, value: undefined };
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return { found: false, value: undefined };
    current = (current as Record<string, unknown>)[segment as string];
  }
  return { found: true, value: current };
}

/** Unwraps optional/default/nullable/pipe/readonly/catch wrappers. */
function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (let i = 0; i < 16; i++) {
    const def = s._zod.def as unknown as { type: string; innerType?: AnySchema; in?: AnySchema; getter?: () => AnySchema };
    if (def.innerType !== undefined) s = def.innerType;
    else if (def.type === 'pipe' && def.in !== undefined) s = def.in;
    else if (def.type === 'lazy' && def.getter !== undefined) s = def.getter();
    else return s;
  }
  return s;
}

function objectShape(schema: AnySchema): Record<string, AnySchema> | undefined {
  const s = unwrap(schema);
  const def = s._zod.def as unknown as { type: string; shape?: Record<string, AnySchema> };
  return def.type === 'object' ? def.shape : undefined;
}

/** How well a raw object fits an object schema: known keys it uses. */
function overlap(schema: AnySchema, raw: unknown): number {
  const shape = objectShape(schema);
  if (shape === undefined || raw === null || typeof raw !== 'object' || Array.isArray(raw)) return -1;
  let n = 0;
  const known = Object.keys(shape);
  for (const key of Object.keys(raw)) {
    if (key in shape) n += 2;
    else if (didYouMean(key, known) !== undefined) n += 1;
  }
  return n;
}

/**
 * The schema that governs the value at `path`, walking objects, arrays and
 * unions (choosing the union member the raw value fits best).
 */
function schemaAt(root: AnySchema, path: readonly Segment[], rawRoot: unknown, pickLast = true): AnySchema | undefined {
  let schema: AnySchema | undefined = root;
  let raw: unknown = rawRoot;
  for (const segment of path) {
    if (schema === undefined) return undefined;
    schema = pickUnionMember(unwrap(schema), raw);
    const def = schema._zod.def as unknown as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'object') schema = def.shape?.[String(segment)];
    else if (def.type === 'array') schema = def.element;
    else return undefined;
    raw = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[segment as string] : undefined;
  }
  if (schema === undefined) return undefined;
  return pickLast ? pickUnionMember(unwrap(schema), raw) : unwrap(schema);
}

/**
 * When zod settles a union on a branch the author plainly did not mean
 * (`admission: {team: [...]}` reported as "expected 'none'"), the object
 * branch that shares most keys with the input explains the problem better.
 * Returns that branch's issues, or undefined when there is no such branch.
 */
function reparseAsObjectMember(root: AnySchema, path: readonly Segment[], rawRoot: unknown): readonly z.core.$ZodIssue[] | undefined {
  const at = schemaAt(root, path, rawRoot, false);
  if (at === undefined) return undefined;
  const def = at._zod.def as unknown as { type: string; options?: AnySchema[] };
  if (def.type !== 'union' || def.options === undefined) return undefined;
  const raw = valueAt(rawRoot, path).value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  let best: AnySchema | undefined;
  let bestScore = 0;
  for (const option of def.options) {
    const score = overlap(option, raw);
    if (score > bestScore) {
      best = option;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const result = (best as unknown as z.ZodType).safeParse(raw);
  return result.success ? undefined : result.error.issues;
}

/** How many of the raw object's keys an object schema knows exactly. */
function exactKeys(schema: AnySchema, raw: unknown): number {
  const shape = objectShape(schema);
  if (shape === undefined || raw === null || typeof raw !== 'object' || Array.isArray(raw)) return -1;
  return Object.keys(raw).filter((key) => key in shape).length;
}

/**
 * The union member the raw value fits best: most keys known or nearly
 * known, then most keys known exactly, then the first. With `unknown`, only
 * members that do not know those keys (the member that reported them as
 * unknown), so a hint never lists the key it calls unknown.
 */
function pickUnionMember(schema: AnySchema, raw: unknown, unknown: readonly string[] = []): AnySchema {
  const def = schema._zod.def as unknown as { type: string; options?: AnySchema[] };
  if (def.type !== 'union' || def.options === undefined) return schema;
  let best = def.options[0] ?? schema;
  let bestScore: [number, number] = [-2, -2];
  for (const option of def.options) {
    const shape = objectShape(option);
    if (unknown.length > 0 && shape !== undefined && unknown.some((key) => key in shape)) continue;
    const score: [number, number] = [overlap(option, raw), exactKeys(option, raw)];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = option;
      bestScore = score;
    }
  }
  return unwrap(best);
}

function valueList(values: readonly unknown[]): string[] {
  return values.map((v) => String(v));
}

/**
 * Chooses the union branch whose issues best explain the input: a branch
 * that got past the type check and recognises most of the input's keys,
 * then the one with the fewest issues. Zod reports every branch; the user
 * needs the one they meant.
 */
function bestBranch(branches: readonly (readonly z.core.$ZodIssue[])[], base: readonly Segment[], rawRoot: unknown): readonly z.core.$ZodIssue[] | undefined {
  const raw = valueAt(rawRoot, base).value;
  let best: readonly z.core.$ZodIssue[] | undefined;
  let bestKey: [number, number, number] = [-1, -1, -Infinity];
  for (const issues of branches) {
    const rootTypeError = issues.some((i) => i.code === 'invalid_type' && i.path.length === 0);
    const unknown = issues
      .filter((i) => i.code === 'unrecognized_keys' && i.path.length === 0)
      .reduce((n, i) => n + (i as z.core.$ZodIssueUnrecognizedKeys).keys.length, 0);
    const known = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw).length - unknown : 0;
    const key: [number, number, number] = [rootTypeError ? 0 : 1, known, -issues.length];
    if (key[0] > bestKey[0] || (key[0] === bestKey[0] && (key[1] > bestKey[1] || (key[1] === bestKey[1] && key[2] > bestKey[2])))) {
      best = issues;
      bestKey = key;
    }
  }
  return bestKey[0] === 0 ? undefined : best;
}

/** NaN or an infinity: YAML's `.nan` and `.inf`, or a number too large for a double (`1e999`). */
function isNonFinite(value: unknown): value is number {
  return typeof value === 'number' && !Number.isFinite(value);
}

// "Expected a number, got a number" would be true and useless: say which number it is not.
function notFiniteProblem(value: number, pointer: string): SchemaProblem {
  return problem('schema/type', 'notFinite', { value: String(value) }, pointer, 'value', 'finiteNumber');
}

/** A required key that is not there, reported at the mapping that lacks it. */
function missingKey(path: readonly Segment[]): SchemaProblem {
  const key = String(path[path.length - 1] ?? '');
  return { ...problem('schema/missing', 'missing', { key }, toPointer(path.slice(0, -1)), path.length > 1 ? 'key' : 'value'), key };
}

/** A text cut at a comma in a flow mapping, with the quotes that keep it whole. */
function commaTextProblem(record: Readonly<Record<string, unknown>>, key: string, isKeyLike: (key: string) => boolean, path: readonly Segment[]): SchemaProblem | undefined {
  const split = textSplit(record, key, isKeyLike);
  if (split === undefined) return undefined;
  const data = { key: split.key, text: split.start, rest: split.rest, quoted: quotedPair(split.key, split.written) };
  return problem('schema/unknown-key', split.rest.length === 1 ? 'commaTextOne' : 'commaText', data, toPointer([...path, split.key]), 'value', 'quoteValue');
}

/** The message that says why a value failed a refinement, with its figures: the date, the window's times. */
function reasonOf(code: DiagnosticCode, value: string): { messageId: string; data: MessageData; hintId?: string } | undefined {
  if (code === 'date/invalid') return calendarDateProblem(value);
  if (code === 'time/reversed') {
    const window = parseTimeWindow(value);
    if (window === undefined || window.end > window.start) return undefined;
    const start = formatClock(window.start);
    const end = formatClock(window.end);
    if (window.end === window.start) return { messageId: 'empty', data: { window: value, start } };
    return { messageId: 'endsBefore', data: { window: value, start, end, swapped: `${end}-${start}` }, hintId: 'swap' };
  }
  return undefined;
}

/**
 * Turns zod issues into schema problems with stable codes and message ids: `schema/unknown-key` (with did-you-mean), `schema/missing`,
 * `schema/type`, `schema/value`, `schema/format`, `schema/range`, and the
 * codes carried by custom refinements (`date/invalid`, `time/reversed`,
 * `time-zone/unknown`, …).
 */
export function schemaProblems(schema: AnySchema, issues: readonly z.core.$ZodIssue[], raw: unknown): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const queue: { issue: z.core.$ZodIssue; base: Segment[] }[] = issues.map((issue) => ({ issue, base: [] }));
  for (let q = 0; q < queue.length; q++) {
    const { issue, base } = queue[q]!;
    const path = [...base, ...(issue.path as Segment[])];
    const pointer = toPointer(path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const at = schemaAt(schema, path, raw, false);
        const member = at === undefined ? undefined : pickUnionMember(at, valueAt(raw, path).value, issue.keys);
        const shape = objectShape(member ?? schema);
        const known = shape === undefined ? [] : Object.keys(shape).filter((key) => !issue.keys.includes(key));
        const here = valueAt(raw, path).value;
        const record = here !== null && typeof here === 'object' && !Array.isArray(here) ? (here as Record<string, unknown>) : undefined;
        const isKeyLike = (k: string): boolean => known.includes(k) || didYouMean(k, known) !== undefined;
        const textSplitAt = new Set<string>();
        for (const key of issue.keys) {
          // `{ title: Recht, Aufsicht und Haftung }`: one text cut at a comma, said once where the quotes go.
          const split = record === undefined ? undefined : commaTextProblem(record, key, isKeyLike, path);
          if (split !== undefined) {
            if (!textSplitAt.has(split.path)) out.push(split);
            textSplitAt.add(split.path);
            continue;
          }
          const suggestion = didYouMean(key, known);
          const where = toPointer([...path, key]);
          // `{ hours: 2,5 }`: the text before the key tells which number the decimal comma cut (sourceHints).
          const decimals = record === undefined ? undefined : decimalComma(record, key);
          if (suggestion !== undefined) {
            out.push({ ...problem('schema/unknown-key', 'unknown', { key, suggestion }, where, 'key', 'didYouMean'), key: suggestion });
          } else if (decimals !== undefined) {
            out.push({ ...problem('schema/unknown-key', 'unknown', { key }, where, 'key'), quote: 'comma' });
          } else if (known.length > 0) {
            out.push(problem('schema/unknown-key', 'unknown', { key, keys: known }, where, 'key', 'knownKeys'));
          } else {
            out.push(problem('schema/unknown-key', 'unknown', { key }, where, 'key'));
          }
        }
        break;
      }
      case 'invalid_type': {
        const at = valueAt(raw, path);
        if (!at.found) {
          out.push(missingKey(path));
        } else if (isNonFinite(at.value)) {
          out.push(notFiniteProblem(at.value, pointer));
        } else {
          const colon = issue.expected === 'string' ? colonText(at.value, true) : undefined;
          if (colon !== undefined) {
            out.push(colonTextProblem(pointer, colon));
            break;
          }
          const quote = issue.expected === 'string' ? quoteHint(at.value) : {};
          out.push({ ...problem('schema/type', 'expected', { expected: [expectedName(issue.expected)], got: typeName(at.value) }, pointer), ...quote });
        }
        break;
      }
      case 'invalid_value': {
        const member = reparseAsObjectMember(schema, path, raw);
        if (member !== undefined) {
          for (const inner of member) queue.push({ issue: inner, base: path });
          break;
        }
        const at = valueAt(raw, path);
        const candidates = issue.values.filter((v): v is string => typeof v === 'string');
        // German words where the format has English values (`abgesagt`, `Std.`) get the value they mean.
        const suggestion = typeof at.value === 'string' ? meantValue(at.value, candidates) : undefined;
        const single = issue.values.length === 1;
        const json = at.value === undefined ? undefined : JSON.stringify(at.value);
        const data: Record<string, MessageValue> =
          typeof at.value === 'string' ? { values: valueList(issue.values), got: at.value } : { values: valueList(issue.values), got: json ?? got('nothing') };
        const id = typeof at.value === 'string' ? (single ? 'value' : 'oneOf') : single ? 'valueJson' : 'oneOfJson';
        out.push(
          suggestion !== undefined
            ? problem('schema/value', id, { ...data, suggestion }, pointer, 'value', 'didYouMean')
            : problem('schema/value', id, data, pointer),
        );
        break;
      }
      case 'invalid_union': {
        const here = valueAt(raw, path);
        if (!here.found) {
          // A required key whose schema is a union (`hours` of a session module): missing, not mistyped.
          out.push(missingKey(path));
          break;
        }
        if (isNonFinite(here.value)) {
          out.push(notFiniteProblem(here.value, pointer));
          break;
        }
        const colon = unionAcceptsString(issue.errors) ? colonText(here.value) : undefined;
        if (colon !== undefined) {
          out.push(colonTextProblem(pointer, colon));
          break;
        }
        const branch = bestBranch(issue.errors, path, raw);
        if (branch !== undefined) {
          for (const inner of branch) queue.push({ issue: inner, base: path });
          break;
        }
        const expected = [
          ...new Set(
            issue.errors.flatMap((b) =>
              b.filter((i) => i.code === 'invalid_type' && i.path.length === 0).map((i) => (i as z.core.$ZodIssueInvalidType).expected as string),
            ),
          ),
        ];
        const literals = issue.errors.flatMap((b) =>
          b.filter((i) => i.code === 'invalid_value' && i.path.length === 0).flatMap((i) => (i as z.core.$ZodIssueInvalidValue).values),
        );
        const names = [...expected.map((e) => expectedName(e)), ...literals.map((l) => expectedPhrase('literal', { value: String(l) }))];
        const quote = expected.includes('string') ? quoteHint(here.value) : {};
        out.push({ ...problem('schema/type', 'expected', { expected: names, got: typeName(here.value) }, pointer), ...quote });
        break;
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const bound = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
        const limit = typeof bound === 'number' ? bound : String(bound);
        const origin = issue.origin;
        let id: string;
        if (origin === 'string' && small && limit === 1) id = 'notEmpty';
        else if (origin === 'array') id = small ? 'minItems' : 'maxItems';
        else if (origin === 'string') id = small ? 'minChars' : 'maxChars';
        else {
          const inclusive = issue.inclusive !== false;
          id = small ? (inclusive ? 'atLeast' : 'greaterThan') : inclusive ? 'atMost' : 'lessThan';
        }
        // A number out of range is shown too: 99999999999 days says more than "at most 3660".
        const value = valueAt(raw, path).value;
        if ((id === 'atMost' || id === 'atLeast') && typeof value === 'number' && Number.isFinite(value)) {
          out.push(problem('schema/range', `${id}Got`, { limit, value }, pointer));
        } else out.push(problem('schema/range', id, id === 'notEmpty' ? {} : { limit }, pointer));
        break;
      }
      case 'not_multiple_of': {
        const divisor = typeof issue.divisor === 'number' ? issue.divisor : String(issue.divisor);
        out.push(issue.divisor === 0.5 ? problem('schema/range', 'halfNumber', {}, pointer) : problem('schema/range', 'multipleOf', { divisor }, pointer));
        break;
      }
      case 'invalid_format': {
        const ref = messageRef(issue.message);
        out.push(ref !== undefined ? problem(ref.code, ref.id, refData(ref), pointer) : problem('schema/format', 'unexpected', {}, pointer));
        break;
      }
      case 'custom': {
        const ref = messageRef(issue.message);
        if (ref === undefined) {
          out.push(problem('schema/value', 'invalid', {}, pointer));
          break;
        }
        // A refinement knows only that the value failed; the value says why, and the message names it.
        const value = valueAt(raw, path).value;
        const why = typeof value === 'string' ? reasonOf(ref.code, value) : undefined;
        // Else a refinement may name its message's data in its params (the right spelling of a time zone).
        const data = { ...refData(ref), ...((issue.params ?? {}) as MessageData) };
        out.push(why !== undefined ? problem(ref.code, why.messageId, why.data, pointer, 'value', why.hintId) : problem(ref.code, ref.id, data, pointer));
        break;
      }
      default:
        out.push(problem('schema/value', 'invalid', {}, pointer));
    }
  }
  // "titel" for "title" is one mistake, not two: the did-you-mean on the
  // unknown key already says what is missing.
  const misspelt = new Set(
    out.filter((p) => p.code === 'schema/unknown-key' && p.key !== undefined).map((p) => `${p.path.slice(0, p.path.lastIndexOf('/'))}\u0000${p.key}`),
  );
  return out.filter((p) => p.code !== 'schema/missing' || !misspelt.has(`${p.path}\u0000${p.key}`));
}
