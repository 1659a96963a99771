import type * as z from 'zod';
import type { SourceRange } from '../core/diagnostic.js';
import type { Bilingual } from '../core/locale.js';
import { didYouMean } from '../core/did-you-mean.js';
import { toPointer } from '../core/json-pointer.js';
import { LineIndex } from '../load/line-index.js';

/**
 * One schema problem before it is located: code, JSON pointer, bilingual
 * message. {@link locateProblems} in parse.ts turns these into diagnostics.
 */
export interface SchemaProblem {
  code: string;
  /** For `schema/missing`: the key that is missing; for `schema/unknown-key`: the suggested key. */
  key?: string;
  path: string;
  /** Locate the key rather than the value (unknown keys) or the parent (missing keys). */
  part: 'key' | 'value';
  message: Bilingual;
  hint?: Bilingual;
  /**
   * The hint would best quote the value as it is written, which only the
   * source text has (the parsed value of `0815` is 815): a number or
   * true/false where text is meant, or text with a colon. `hint` is a
   * wording without it; {@link sourceHints} gives the exact one.
   */
  quote?: 'number' | 'boolean' | 'colon';
}

type Segment = string | number;
type AnySchema = z.core.$ZodType;

/** German wording for the fixed English messages written in the schemas. */
const GERMAN: Readonly<Record<string, string>> = {
  'Identifiers use letters, digits, ".", "_" and "-", and start with a letter or digit':
    'Kennungen bestehen aus Buchstaben, Ziffern, ".", "_" und "-" und beginnen mit einem Buchstaben oder einer Ziffer',
  'Dates are written YYYY-MM-DD, e.g. 2027-01-29': 'Daten werden als JJJJ-MM-TT geschrieben, z. B. 2027-01-29',
  'This date does not exist in the calendar': 'Dieses Datum gibt es im Kalender nicht',
  'Time windows are written HH:MM-HH:MM, e.g. 09:30-16:30': 'Zeitfenster werden als HH:MM-HH:MM geschrieben, z. B. 09:30-16:30',
  'Times run from 00:00 to 24:00': 'Uhrzeiten liegen zwischen 00:00 und 24:00',
  'This time window ends before (or when) it starts': 'Dieses Zeitfenster endet vor (oder mit) seinem Beginn',
  'Unknown IANA time zone': 'Unbekannte IANA-Zeitzone',
  'Write the planned period as YYYY or YYYY-MM': 'Den geplanten Zeitraum als JJJJ oder JJJJ-MM schreiben',
  'A scheduled or cancelled session needs a date; write status: to-be-agreed when it is still open':
    'Ein geplanter oder abgesagter Termin braucht ein Datum; schreiben Sie status: to-be-agreed, wenn er noch offen ist',
  'Write a language code like de or en-GB': 'Einen Sprachcode wie de oder en-GB schreiben',
  'Write a three-letter currency code like EUR': 'Einen dreibuchstabigen Währungscode wie EUR schreiben',
  '`min` is larger than `max`': '`min` ist größer als `max`',
};

function bi(en: string, de?: string): Bilingual {
  return { en, de: de ?? GERMAN[en] ?? en };
}

// A message zod wrote itself: German only when the table knows it, never zod's English in German output.
function zodMessage(en: string): Bilingual {
  return { en, de: GERMAN[en] ?? 'Ungültiger Wert' };
}

// YAML reads an unquoted `2019` as a number and `true` as a boolean; where text is meant, quotes keep it text.
// The value is not the text (0815 is 815, 1.10 is 1.1, 1e3 is 1000), so the example here is generic;
// sourceHints puts in the text as written once the value is located.
function quoteHint(value: unknown): Pick<SchemaProblem, 'hint' | 'quote'> {
  if (typeof value === 'number') {
    return {
      quote: 'number',
      hint: bi(
        'Write it in quotes, exactly as you mean it, e.g. "0815" (unquoted, 0815 is the number 815)',
        'In Anführungszeichen schreiben, genau wie gemeint, z. B. "0815" (ohne sie ist 0815 die Zahl 815)',
      ),
    };
  }
  if (typeof value === 'boolean') {
    return {
      quote: 'boolean',
      hint: bi(
        'Write it in quotes, e.g. "true" (unquoted, true is a yes/no value)',
        'In Anführungszeichen schreiben, z. B. "true" (ohne sie ist true ein Ja/Nein-Wert)',
      ),
    };
  }
  return {};
}

// What a plain YAML scalar or JSON literal that read as a number or true/false looks like (0815, 1.10, 1e3, 0x1F, .inf).
const WRITTEN_NUMBER = /^[-+]?(?:[0-9]|\.[0-9A-Za-z])[0-9A-Za-z._+-]*$/;
const WRITTEN_BOOLEAN = /^(?:true|false|True|False|TRUE|FALSE)$/;


/**
 * Hints that quote a value exactly as the source writes it. Schema problems
 * only know parsed values, and `id: 0815` parses to 815: a hint built from
 * the value would suggest different text. The returned function takes a
 * problem and the range it was located at and gives the problem's hint with
 * the source text put in (`Write it in quotes: '0815'`), or its own hint
 * when the range holds no plain number, true/false or colon text (an alias,
 * a multi-line value). Line starts are found once per source, on first need.
 *
 * @example
 * ```ts
 * const hintOf = sourceHints({ text: source.text, format: source.format });
 * const range = source.sourceMap.locate(problem.path, problem.part);
 * const hint = hintOf(problem, range); // { en: "Write it in quotes: '0815'", de: "In Anführungszeichen schreiben: '0815'" }
 * ```
 */
export function sourceHints(source: { text: string; format: 'json' | 'yaml' }): (problem: SchemaProblem, range: SourceRange) => Bilingual | undefined {
  const lines = new LineIndex(source.text);
  const slice = (range: SourceRange): string | undefined => {
    const from = lines.offset(range.line, range.column);
    const to = lines.offset(range.endLine, range.endColumn);
    if (from === undefined || to === undefined) return undefined;
    // A block mapping's range runs to the start of the next line: trimmed, the text must still be one line.
    const text = source.text.slice(from, to).trim();
    return text.length > 0 && !/[\r\n]/.test(text) ? text : undefined;
  };
  return (problem, range) => {
    if (problem.quote === undefined) return problem.hint;
    const written = slice(range);
    if (written === undefined) return problem.hint;
    if (problem.quote === 'colon') {
      // A one-line mapping of one pair, written as plain text (not `{…}`, no comment, no quotes to keep).
      if (source.format !== 'yaml' || !/^[^\s{["'?!&*#|>%@`-][^#]*:\s/.test(written) || /["'#]/.test(written)) return problem.hint;
      return colonHint(written.includes('\\') ? `'${written}'` : `"${written}"`);
    }
    const fits = problem.quote === 'number' ? WRITTEN_NUMBER.test(written) : WRITTEN_BOOLEAN.test(written);
    if (!fits) return problem.hint;
    const text = source.format === 'json' ? `"${written}"` : `'${written}'`;
    return bi(`Write it in quotes: ${text}`, `In Anführungszeichen schreiben: ${text}`);
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

function colonHint(quoted: string | undefined): Bilingual {
  return quoted === undefined
    ? bi('Put the whole text in quotes, exactly as you mean it', 'Den ganzen Text in Anführungszeichen setzen, genau wie gemeint')
    : bi(`Put the whole text in quotes: ${quoted}`, `Den ganzen Text in Anführungszeichen setzen: ${quoted}`);
}

function colonTextProblem(pointer: string, found: { key: string; text: string | undefined }): SchemaProblem {
  const text = found.text;
  const quoted = text === undefined ? undefined : text.includes('"') ? `'${text.replace(/'/g, "''")}'` : `"${text}"`;
  return {
    code: 'schema/type',
    path: pointer,
    part: 'value',
    message: bi(
      `This looks like text with a colon: YAML read '${found.key}' as a key`,
      `Das sieht nach Text mit Doppelpunkt aus: YAML hat '${found.key}' als Schlüssel gelesen`,
    ),
    hint: colonHint(quoted),
    quote: 'colon',
  };
}

// A union that accepts text at this place (a topic, a module id …).
function unionAcceptsString(errors: readonly (readonly z.core.$ZodIssue[])[]): boolean {
  return errors.some((b) => b.some((i) => i.code === 'invalid_type' && i.path.length === 0 && i.expected === 'string'));
}

function typeName(value: unknown): Bilingual {
  if (value === null) return bi('null', 'null');
  if (Array.isArray(value)) return bi('a list', 'eine Liste');
  switch (typeof value) {
    case 'string':
      return bi('a string', 'ein Text');
    case 'number':
      return bi('a number', 'eine Zahl');
    case 'boolean':
      return bi('true/false', 'wahr/falsch');
    case 'object':
      return bi('a mapping', 'eine Zuordnung');
    default:
      return bi(typeof value, typeof value);
  }
}

function expectedName(expected: string): Bilingual {
  switch (expected) {
    case 'string':
      return bi('a string', 'einen Text');
    case 'number':
    case 'int':
      return bi(expected === 'int' ? 'a whole number' : 'a number', expected === 'int' ? 'eine ganze Zahl' : 'eine Zahl');
    case 'boolean':
      return bi('true or false', 'true oder false');
    case 'object':
      return bi('a mapping (key: value)', 'eine Zuordnung (Schlüssel: Wert)');
    case 'array':
      return bi('a list', 'eine Liste');
    default:
      return bi(expected, expected);
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

function describeValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
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

/** A required key that is not there, reported at the mapping that lacks it. */
function missingKey(path: readonly Segment[]): SchemaProblem {
  const key = String(path[path.length - 1] ?? '');
  return {
    code: 'schema/missing',
    key,
    path: toPointer(path.slice(0, -1)),
    part: path.length > 1 ? 'key' : 'value',
    message: bi(`Missing required key '${key}'`, `Pflichtschlüssel '${key}' fehlt`),
  };
}

/**
 * Turns zod issues into schema problems with stable codes and bilingual
 * messages: `schema/unknown-key` (with did-you-mean), `schema/missing`,
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
        for (const key of issue.keys) {
          const suggestion = didYouMean(key, known);
          out.push({
            code: 'schema/unknown-key',
            ...(suggestion !== undefined ? { key: suggestion } : {}),
            path: toPointer([...path, key]),
            part: 'key',
            message: bi(`Unknown key '${key}'`, `Unbekannter Schlüssel '${key}'`),
            ...(suggestion !== undefined
              ? { hint: bi(`Did you mean '${suggestion}'?`, `Meinten Sie '${suggestion}'?`) }
              : known.length > 0
                ? { hint: bi(`Known keys here: ${known.join(', ')}`, `Bekannte Schlüssel hier: ${known.join(', ')}`) }
                : {}),
          });
        }
        break;
      }
      case 'invalid_type': {
        const at = valueAt(raw, path);
        if (!at.found) {
          out.push(missingKey(path));
        } else {
          const colon = issue.expected === 'string' ? colonText(at.value, true) : undefined;
          if (colon !== undefined) {
            out.push(colonTextProblem(pointer, colon));
            break;
          }
          const expected = expectedName(issue.expected);
          const got = typeName(at.value);
          const quote = issue.expected === 'string' ? quoteHint(at.value) : {};
          out.push({
            code: 'schema/type',
            path: pointer,
            part: 'value',
            message: bi(`Expected ${expected.en}, got ${got.en}`, `Erwartet: ${expected.de}, gefunden: ${got.de}`),
            ...quote,
          });
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
        const got = typeof at.value === 'string' ? `'${at.value}'` : JSON.stringify(at.value) ?? 'nothing';
        const candidates = issue.values.filter((v): v is string => typeof v === 'string');
        const suggestion = typeof at.value === 'string' ? didYouMean(at.value, candidates) : undefined;
        const single = issue.values.length === 1;
        out.push({
          code: 'schema/value',
          path: pointer,
          part: 'value',
          message: single
            ? bi(`Expected ${describeValues(issue.values)}, got ${got}`, `Erwartet: ${describeValues(issue.values)}, gefunden: ${got}`)
            : bi(
                `Expected one of ${describeValues(issue.values)}, got ${got}`,
                `Erwartet wird einer der Werte ${describeValues(issue.values)}, gefunden: ${got}`,
              ),
          ...(suggestion !== undefined ? { hint: bi(`Did you mean '${suggestion}'?`, `Meinten Sie '${suggestion}'?`) } : {}),
        });
        break;
      }
      case 'invalid_union': {
        const here = valueAt(raw, path);
        if (!here.found) {
          // A required key whose schema is a union (`hours` of a session module): missing, not mistyped.
          out.push(missingKey(path));
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
        const names = [...expected.map((e) => expectedName(e)), ...literals.map((l) => bi(`'${String(l)}'`, `'${String(l)}'`))];
        const got = typeName(here.value);
        const quote = expected.includes('string') ? quoteHint(here.value) : {};
        out.push({
          code: 'schema/type',
          path: pointer,
          part: 'value',
          message: bi(
            `Expected ${names.map((n) => n.en).join(' or ')}, got ${got.en}`,
            `Erwartet: ${names.map((n) => n.de).join(' oder ')}, gefunden: ${got.de}`,
          ),
          ...quote,
        });
        break;
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const limit = String(small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum);
        const origin = issue.origin;
        let message: Bilingual;
        if (origin === 'string' && small && limit === '1') message = bi('Must not be empty', 'Darf nicht leer sein');
        else if (origin === 'array')
          message = small
            ? bi(`Needs at least ${limit} item(s)`, `Braucht mindestens ${limit} Einträge`)
            : bi(`Allows at most ${limit} item(s)`, `Erlaubt höchstens ${limit} Einträge`);
        else if (origin === 'string')
          message = small
            ? bi(`Needs at least ${limit} characters`, `Braucht mindestens ${limit} Zeichen`)
            : bi(`Allows at most ${limit} characters`, `Erlaubt höchstens ${limit} Zeichen`);
        else {
          const inclusive = issue.inclusive !== false;
          message = small
            ? inclusive
              ? bi(`Must be at least ${limit}`, `Muss mindestens ${limit} sein`)
              : bi(`Must be greater than ${limit}`, `Muss größer als ${limit} sein`)
            : inclusive
              ? bi(`Must be at most ${limit}`, `Darf höchstens ${limit} sein`)
              : bi(`Must be less than ${limit}`, `Muss kleiner als ${limit} sein`);
        }
        out.push({ code: 'schema/range', path: pointer, part: 'value', message });
        break;
      }
      case 'not_multiple_of': {
        const divisor = String(issue.divisor);
        out.push({
          code: 'schema/range',
          path: pointer,
          part: 'value',
          message:
            issue.divisor === 0.5
              ? bi('Must be a whole or half number (a multiple of 0.5)', 'Muss eine ganze oder halbe Zahl sein (ein Vielfaches von 0,5)')
              : bi(`Must be a multiple of ${divisor}`, `Muss ein Vielfaches von ${divisor.replace('.', ',')} sein`),
        });
        break;
      }
      case 'invalid_format':
        out.push({
          code: 'schema/format',
          path: pointer,
          part: 'value',
          message: GERMAN[issue.message] !== undefined ? bi(issue.message) : bi('This text does not have the expected form', 'Dieser Text hat nicht die erwartete Form'),
        });
        break;
      case 'custom': {
        const code = typeof issue.params?.['code'] === 'string' ? (issue.params['code'] as string) : 'schema/value';
        out.push({ code, path: pointer, part: 'value', message: zodMessage(issue.message) });
        break;
      }
      default:
        out.push({ code: 'schema/value', path: pointer, part: 'value', message: zodMessage(issue.message) });
    }
  }
  // "titel" for "title" is one mistake, not two: the did-you-mean on the
  // unknown key already says what is missing.
  const misspelt = new Set(
    out.filter((p) => p.code === 'schema/unknown-key' && p.key !== undefined).map((p) => `${p.path.slice(0, p.path.lastIndexOf('/'))}\u0000${p.key}`),
  );
  return out.filter((p) => p.code !== 'schema/missing' || !misspelt.has(`${p.path}\u0000${p.key}`));
}
