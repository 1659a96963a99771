import * as z from 'zod';
import { RecentAnswers } from '../../core/recent-answers.js';

/**
 * A fast path for documents the schema accepts (Schnellpfad): zod's own
 * parse allocates a payload, an issue list and a context walk for every
 * node, which makes checking a valid 1 MB program ~3.5× the cost of
 * `JSON.parse`. Valid documents are the common case, and for them only the
 * parsed value matters, not the issues. So each schema node is turned once
 * into a plain function that returns the same value zod returns, or
 * {@link INVALID} as soon as anything fails; the caller then runs zod itself
 * for its exact issues. The fast path therefore never decides a rejection,
 * and must only accept what zod accepts, building the identical value.
 *
 * It mirrors zod's (v4 core) semantics node by node for the kinds the
 * curricula schemas use: string, number (and its int formats), boolean,
 * literal, enum, array, object (strict or stripping), optional, default,
 * union. Checks (`min`, `regex`, refinements …) are zod's own check
 * functions, run exactly as zod runs them; a string node with a pattern or
 * a refinement remembers the last strings all its checks passed, so the
 * curricula schemas' string refinements must be pure functions of the
 * string (they are: dates, time windows). Any other kind of node, or a
 * variant it does not know (a subclass trait, `coerce`, a catch-all schema),
 * is run by zod itself ("island"), so the result never depends on a guess.
 * tests/model/fast/schema.test.ts compares both on valid, invalid and
 * random documents.
 */

type AnySchema = z.core.$ZodType;
type Check = z.core.$ZodCheck<never>;
type Payload = z.core.ParsePayload<never>;

/** What a compiled node returns when zod would report an issue. */
export const INVALID: unique symbol = Symbol('curricula.invalid');

/** A compiled node: zod's parsed value, or INVALID. */
type FastParse = (input: unknown) => unknown;

/**
 * Whether a compiled node may hand back its input, unchanged parts and all,
 * instead of zod's fresh copy: `reuse` when the caller owns the input (a
 * value just parsed from text, which nobody else holds), `copy` otherwise,
 * so a value the caller passed in is never shared with the result. Reuse
 * is what makes the fast path fast: copying every object of a valid 1 MB
 * program cost more than checking it. Neither mode mutates the input.
 *
 * `adopt` goes one step further for an input that is thrown away after the
 * parse: where zod's value differs from the input (a default such as a
 * session's `status: scheduled`), the input itself is changed rather than
 * copied (100,000 sessions without a status were 100,000 copies). The
 * result is the same value as in `reuse` mode, keys in the same order
 * (added ones after). Only values zod fills in (defaults of absent keys)
 * are written into the input: an input the fast path then declines may
 * hold some of them already, which zod would add alike, whereas a value
 * zod changed (a transform) would be changed twice, so that one is copied.
 */
export type FastParseMode = 'copy' | 'reuse' | 'adopt';

const compiled: Record<FastParseMode, WeakMap<AnySchema, FastParse>> = { copy: new WeakMap(), reuse: new WeakMap(), adopt: new WeakMap() };

/**
 * The fast path of a schema, compiled on first use and kept for the
 * schema's lifetime.
 */
function fastParser(schema: AnySchema, mode: FastParseMode): FastParse {
  const cache = compiled[mode];
  let parse = cache.get(schema);
  if (parse === undefined) {
    // Recursive schemas (modules in modules) reach themselves while compiling: they get this
    // forwarder, which calls the finished function once there is one.
    let target: FastParse | undefined;
    cache.set(schema, (input) => target!(input));
    target = compileNode(schema, mode);
    cache.set(schema, target);
    parse = target;
  }
  return parse;
}

/**
 * zod's parsed value of `input`, or INVALID when zod would not accept it (or
 * might not: anything unexpected counts as a failure, and zod decides).
 * In `reuse` mode the value may share unchanged objects and arrays with
 * the input, and those keep the input's key order; in `copy` mode it is
 * zod's value exactly, keys in the schema's order.
 */
export function fastParse(schema: AnySchema, input: unknown, mode: FastParseMode = 'copy'): unknown {
  try {
    return fastParser(schema, mode)(input);
  } catch {
    // A refinement that throws, or a stack overflow on absurd nesting: zod's own parse shows what happens.
    return INVALID;
  }
}

/** The core traits (zod's class names) each kind may have; anything else is a variant left to zod. */
const KNOWN_TRAITS: Readonly<Record<string, ReadonlySet<string>>> = {
  string: new Set(['$ZodType', '$ZodString']),
  number: new Set(['$ZodType', '$ZodNumber', '$ZodNumberFormat', '$ZodCheckNumberFormat', '$ZodCheck']),
  boolean: new Set(['$ZodType', '$ZodBoolean']),
  literal: new Set(['$ZodType', '$ZodLiteral']),
  enum: new Set(['$ZodType', '$ZodEnum']),
  array: new Set(['$ZodType', '$ZodArray']),
  object: new Set(['$ZodType', '$ZodObject', '$ZodObjectJIT']),
  optional: new Set(['$ZodType', '$ZodOptional']),
  default: new Set(['$ZodType', '$ZodDefault']),
  union: new Set(['$ZodType', '$ZodUnion']),
};

function isKnownVariant(schema: AnySchema, kind: string): boolean {
  const known = KNOWN_TRAITS[kind];
  if (known === undefined) return false;
  for (const trait of schema._zod.traits) {
    // Traits without `$` are the classic API's wrappers (ZodString …), which add methods, not parsing.
    if (trait.startsWith('$') && !known.has(trait)) return false;
  }
  return true;
}

interface NodeDef {
  type: string;
  coerce?: boolean;
  checks?: Check[];
  shape?: Record<string, AnySchema>;
  catchall?: AnySchema;
  element?: AnySchema;
  innerType?: AnySchema;
  options?: AnySchema[];
  defaultValue?: unknown;
}

function compileNode(schema: AnySchema, mode: FastParseMode): FastParse {
  const def = schema._zod.def as unknown as NodeDef;
  if (!isKnownVariant(schema, def.type) || def.coerce === true) return island(schema);
  // As in zod's $ZodType: a schema that is itself a check (an int format) runs as its first check.
  const checks: readonly Check[] = schema._zod.traits.has('$ZodCheck')
    ? [schema as unknown as Check, ...(def.checks ?? [])]
    : (def.checks ?? []);
  const parse = compileType(schema, def, mode);
  if (parse === undefined) return island(schema);
  if (checks.length === 0) return parse;
  const plain = def.type === 'string' ? plainStringChecks(checks) : undefined;
  if (plain !== undefined) {
    // Strings are most of a document; their usual checks (min/max length, pattern) are decided
    // here directly, and zod's own check functions run only for a length that needs counting.
    if (checks.every(isLengthCheck)) return lengthsOnly(plain, checks);
    // The last few strings every plain check passed: they are pure functions of the string, and
    // documents repeat values close together (four sessions a day share a date and take turns with
    // a few time windows, ten share a module id).
    const passed = new RecentAnswers<string, true>();
    return (input) => {
      if (typeof input !== 'string') return INVALID;
      if (passed.slotOf(input) >= 0) return input;
      for (let i = 0; i < plain.length; i++) {
        const verdict = plain[i]!(input);
        if (verdict === false) return INVALID;
        if (verdict === undefined) return runChecks(checks, { value: input as never, issues: [] });
      }
      passed.add(input, true);
      return input;
    };
  }
  // Refinements only (a session's "a date unless to be agreed"): their functions are called on the value
  // directly, without zod's payload and check machinery, which cost more than the refinement.
  const refinements = checks.map(customCheck);
  if (refinements.every((fn) => fn !== undefined)) {
    const fns = refinements as ((value: unknown) => unknown)[];
    return (input) => {
      const value = parse(input);
      if (value === INVALID) return INVALID;
      for (let i = 0; i < fns.length; i++) if (plainRefinement(fns[i]!, value) !== true) return INVALID;
      return value;
    };
  }
  // The payload zod's checks read and write, kept between calls while no check fails: most nodes
  // with checks are strings (min length, pattern), and one object each would be most of the cost.
  let spare: Payload | undefined;
  return (input) => {
    const value = parse(input);
    if (value === INVALID) return INVALID;
    const payload: Payload = spare ?? { value: undefined as never, issues: [] };
    // Taken while in use: a check that somehow reached this node again gets a payload of its own.
    spare = undefined;
    payload.value = value as never;
    const result = runChecks(checks, payload);
    if (result !== INVALID) {
      payload.value = undefined as never;
      spare = payload;
    }
    return result;
  };
}

/** A string check decided without zod's payload: true (passes), false (fails) or undefined (ask zod). */
type PlainCheck = (value: string) => boolean | undefined;

/** A min or max length check (of a node whose checks are all plain). */
function isLengthCheck(check: Check): boolean {
  const kind = (check._zod.def as { check?: string }).check;
  return kind === 'min_length' || kind === 'max_length';
}

/**
 * A string node whose checks are lengths only (a title's `min(1)`): they
 * are run every time, without remembering passed strings, since
 * comparing a string with the last few (a title rarely repeats) costs
 * more than comparing its length with 1.
 */
function lengthsOnly(plain: readonly PlainCheck[], checks: readonly Check[]): FastParse {
  return (input) => {
    if (typeof input !== 'string') return INVALID;
    for (let i = 0; i < plain.length; i++) {
      const verdict = plain[i]!(input);
      if (verdict === false) return INVALID;
      if (verdict === undefined) return runChecks(checks, { value: input as never, issues: [] });
    }
    return input;
  };
}

let defaultLengthWhen: unknown;

/**
 * The zod length checks' default `when` (run only on values with a
 * length), taken from a throwaway check: a check with any other `when` is
 * left to zod.
 */
function lengthWhen(): unknown {
  defaultLengthWhen ??= (z.string().min(1)._zod.def.checks![0] as unknown as Check)._zod.def.when;
  return defaultLengthWhen;
}

function hasOnlyTraits(check: Check, traits: readonly string[]): boolean {
  for (const trait of (check._zod as unknown as { traits: Set<string> }).traits) if (trait.startsWith('$') && !traits.includes(trait)) return false;
  return true;
}

/**
 * The checks of a string node as plain functions, or undefined when any
 * is not one of zod's min length, max length or regex checks exactly as
 * zod defines them. They mirror zod v4: lengths count code points, but a
 * string whose UTF-16 length settles the question needs no counting (zod
 * counts only in between, and so does zod here); a regex check resets
 * `lastIndex` and tests.
 */
function plainStringChecks(checks: readonly Check[]): PlainCheck[] | undefined {
  const out: PlainCheck[] = [];
  for (const check of checks) {
    const def = check._zod.def as { check: string; when?: unknown; minimum?: number; maximum?: number; format?: string; pattern?: RegExp };
    if (def.check === 'min_length' && hasOnlyTraits(check, ['$ZodCheck', '$ZodCheckMinLength']) && def.when === lengthWhen()) {
      const min = def.minimum!;
      out.push((value) => (value.length >= 2 * min ? true : value.length < min ? false : undefined));
    } else if (def.check === 'max_length' && hasOnlyTraits(check, ['$ZodCheck', '$ZodCheckMaxLength']) && def.when === lengthWhen()) {
      const max = def.maximum!;
      out.push((value) => (value.length <= max ? true : undefined));
    } else if (customCheck(check) !== undefined) {
      const fn = customCheck(check)!;
      out.push((value) => plainRefinement(fn, value));
    } else if (
      def.check === 'string_format' &&
      def.format === 'regex' &&
      def.pattern instanceof RegExp &&
      def.when === undefined &&
      hasOnlyTraits(check, ['$ZodCheck', '$ZodCheckStringFormat', '$ZodCheckRegex'])
    ) {
      const pattern = def.pattern;
      out.push((value) => {
        pattern.lastIndex = 0;
        return pattern.test(value);
      });
    } else return undefined;
  }
  return out;
}

/**
 * The function of a refinement (`.refine(fn)`) when zod runs it plainly:
 * a custom check with no `when`, whose only effect is an issue when `fn`
 * returns something falsy. Undefined for any other check.
 */
function customCheck(check: Check): ((value: unknown) => unknown) | undefined {
  const def = check._zod.def as { check?: string; type?: string; fn?: unknown; when?: unknown };
  if (def.check !== 'custom' || def.type !== 'custom' || typeof def.fn !== 'function' || def.when !== undefined) return undefined;
  if (!hasOnlyTraits(check, ['$ZodCheck', '$ZodCustom', '$ZodType'])) return undefined;
  return def.fn as (value: unknown) => unknown;
}

/** A refinement on a value: passes when its function returns something truthy (as zod's check does), else asks zod. */
function plainRefinement(fn: (value: unknown) => unknown, value: unknown): boolean | undefined {
  const result = fn(value);
  if (result instanceof Promise) return undefined;
  return result ? true : false;
}

/** The node's own parse (zod's `_zod.parse`), without its checks; undefined when zod must run it. */
function compileType(schema: AnySchema, def: NodeDef, mode: FastParseMode): FastParse | undefined {
  switch (def.type) {
    case 'string':
      return (input) => (typeof input === 'string' ? input : INVALID);
    case 'number':
      return (input) => (typeof input === 'number' && Number.isFinite(input) ? input : INVALID);
    case 'boolean':
      return (input) => (typeof input === 'boolean' ? input : INVALID);
    case 'literal':
    case 'enum': {
      const values = schema._zod.values;
      if (values === undefined) return undefined;
      return (input) => (values.has(input as never) ? input : INVALID);
    }
    case 'array':
      return compileArray(def, mode);
    case 'object':
      return compileObject(def, mode);
    case 'optional':
      return compileOptional(def, mode);
    case 'default':
      return compileDefault(def, mode);
    case 'union':
      return compileUnion(def, mode);
    default:
      return undefined;
  }
}

function compileArray(def: NodeDef, mode: FastParseMode): FastParse | undefined {
  if (def.element === undefined) return undefined;
  const elementSchema = def.element;
  let element: FastParse | undefined;
  return (input) => {
    if (!Array.isArray(input)) return INVALID;
    element ??= fastParser(elementSchema, mode);
    // Copy on write: an array whose every element parses to itself is returned as it is.
    const shares = mode !== 'copy' && reusable(input, Array.prototype);
    let out: unknown[] | undefined = shares ? undefined : new Array(input.length);
    for (let i = 0; i < input.length; i++) {
      const raw: unknown = input[i];
      const value = element(raw);
      if (value === INVALID) return INVALID;
      if (out !== undefined) out[i] = value;
      else if (value !== raw) {
        // Adopted in place only where zod fills an absent value (a default): a value zod changed
        // (a transform) would be changed again if zod then parses the input (the fast path declining).
        if (mode === 'adopt' && raw === undefined) input[i] = value;
        else {
          out = input.slice(0, i + 1);
          out[i] = value;
        }
      }
    }
    return out ?? input;
  };
}

/** Only plain objects and arrays can stand for zod's copy: a copy of a class instance or an array subclass is a plain one. */
function reusable(input: object, prototype: object): boolean {
  return Object.getPrototypeOf(input) === prototype;
}

/** One key of an object schema, with what zod's handlePropertyResult needs to know about it. */
interface Property {
  key: string;
  schema: AnySchema;
  parse: FastParse;
  optin: 'optional' | 'defaulted' | undefined;
  optionalOut: boolean;
  /** An absent key of a plain `.optional()`: zod parses undefined and drops the result, so it need not run. */
  skipWhenAbsent: boolean;
}

/** How many key positions an object node remembers (see `atPosition`): more than a schema has keys. */
const MAX_POSITIONS = 64;

/** What {@link propertyResult} gives when zod leaves the key out of the parsed object. */
const ABSENT: unique symbol = Symbol('curricula.absent');

function compileObject(def: NodeDef, mode: FastParseMode): FastParse | undefined {
  const shape = def.shape;
  if (shape === undefined || Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  const strict = def.catchall !== undefined;
  if (strict && (def.catchall!._zod.def as { type: string }).type !== 'never') return undefined;
  const keys = Object.keys(shape);
  if (keys.includes('__proto__')) return undefined;
  const keySet = new Set(keys);
  // The input itself can stand for zod's copy only when that copy would hold exactly the input's own
  // keys: a stripping object drops unknown keys, and a key Object.prototype has could be inherited.
  const mayReuse = mode !== 'copy' && strict && !keys.some((key) => key in Object.prototype);
  const adopt = mode === 'adopt';
  let properties: Property[] | undefined;
  // Children are resolved on first use: a recursive schema's shape is complete only by then.
  const resolve = (): Property[] =>
    keys.map((key) => {
      const child = shape[key]!;
      const optin = child._zod.optin;
      const optionalOut = child._zod.optout === 'optional';
      return { key, schema: child, parse: fastParser(child, mode), optin, optionalOut, skipWhenAbsent: optionalOut && optin === 'optional' };
    });
  let byKey: Map<string, Property> | undefined;
  let mayBeAbsent: Property[] | undefined;
  // The property found at each position of the input's keys last time: objects of one kind (100,000
  // sessions) write their keys in the same order, and comparing a key with the one seen there is
  // cheaper than a map lookup.
  const atPosition: Property[] = [];
  // The input's own keys drive the walk: one lookup each, and no test at all for the many optional
  // keys a document leaves out. Valid only where the result holds exactly the input's own keys.
  const reuse = (record: Record<string, unknown>, properties: Property[]): unknown => {
    byKey ??= new Map(properties.map((p) => [p.key, p]));
    mayBeAbsent ??= properties.filter((p) => !p.skipWhenAbsent);
    let out: Record<string, unknown> | undefined;
    let position = 0;
    // zod's strict check walks `for … in` too, so an enumerable key on Object.prototype fails alike.
    for (const key in record) {
      let property = atPosition[position];
      if (property === undefined || property.key !== key) {
        property = byKey.get(key);
        if (property === undefined) return INVALID;
        if (position < MAX_POSITIONS) atPosition[position] = property;
      }
      position++;
      const raw = record[key];
      // zod's handlePropertyResult for a present key: its parsed value, or the failure.
      const value = property.parse(raw);
      if (value === INVALID) return INVALID;
      if (out !== undefined) out[key] = value;
      else if (value !== raw) {
        if (adopt && raw === undefined) record[key] = value;
        else {
          // The first change: from here on the result is a copy (keys in the input's order, added ones after).
          out = { ...record };
          out[key] = value;
        }
      }
    }
    // Required and defaulted keys the document left out (none of them is on Object.prototype).
    for (let i = 0; i < mayBeAbsent.length; i++) {
      const property = mayBeAbsent[i]!;
      if (property.key in record) continue;
      const value = propertyResult(property, false, undefined);
      if (value === INVALID) return INVALID;
      if (value === ABSENT) continue;
      if (adopt && out === undefined) record[property.key] = value;
      else {
        out ??= { ...record };
        out[property.key] = value;
      }
    }
    return out ?? record;
  };
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return INVALID;
    properties ??= resolve();
    const record = input as Record<string, unknown>;
    if (mayReuse && reusable(record, Object.prototype)) return reuse(record, properties);
    const out: Record<string, unknown> = {};
    for (let i = 0; i < properties.length; i++) {
      const property = properties[i]!;
      const key = property.key;
      const raw = record[key];
      // Presence as zod tests it, with `in` (inherited and explicitly undefined keys are present);
      // most keys a document leaves out are plain optional ones, which then need no parse at all.
      const present = raw !== undefined || key in record;
      if (!present && property.skipWhenAbsent) continue;
      const value = propertyResult(property, present, raw);
      if (value === INVALID) return INVALID;
      if (value !== ABSENT) out[key] = value;
    }
    if (strict) {
      // zod walks `for … in` for unknown keys of a strict object.
      for (const key in record) if (!keySet.has(key)) return INVALID;
    }
    return out;
  };
}

/** zod's handlePropertyResult for one key: the key's value, ABSENT when zod leaves it out, or INVALID. */
function propertyResult(property: Property, present: boolean, raw: unknown): unknown {
  const value = property.parse(raw);
  const { optin, optionalOut } = property;
  if (!present && optionalOut && optin === 'optional') return ABSENT;
  if (value === INVALID) {
    if (optin !== undefined && optionalOut && !present) return ABSENT;
    return INVALID;
  }
  if (!present && optin === undefined) return INVALID;
  if (value === undefined && !present && !(optin === 'defaulted' && !optionalOut)) return ABSENT;
  return value;
}

function compileOptional(def: NodeDef, mode: FastParseMode): FastParse | undefined {
  const innerSchema = def.innerType;
  if (innerSchema === undefined) return undefined;
  let inner: FastParse | undefined;
  let defaulted: boolean | undefined;
  return (input) => {
    inner ??= fastParser(innerSchema, mode);
    if (input === undefined) {
      // Only a defaulted inner schema substitutes a value for absence; when even that fails, zod
      // yields undefined rather than an issue.
      defaulted ??= innerSchema._zod.optin === 'defaulted';
      if (!defaulted) return undefined;
      const value = inner(undefined);
      return value === INVALID ? undefined : value;
    }
    return inner(input);
  };
}

function compileDefault(def: NodeDef, mode: FastParseMode): FastParse | undefined {
  const innerSchema = def.innerType;
  if (innerSchema === undefined) return undefined;
  let inner: FastParse | undefined;
  // `defaultValue` is read on every use, as zod does: it hands out a fresh copy of `[]` each time.
  return (input) => {
    if (input === undefined) return def.defaultValue;
    inner ??= fastParser(innerSchema, mode);
    const value = inner(input);
    return value === undefined ? def.defaultValue : value;
  };
}

function compileUnion(def: NodeDef, mode: FastParseMode): FastParse | undefined {
  const options = def.options;
  if (options === undefined || options.length === 0) return undefined;
  let parsers: FastParse[] | undefined;
  // zod returns the first option without issues; every option is exact, so the first that is not INVALID.
  return (input) => {
    parsers ??= options.map((option) => fastParser(option, mode));
    for (let i = 0; i < parsers.length; i++) {
      const value = parsers[i]!(input);
      if (value !== INVALID) return value;
    }
    return INVALID;
  };
}

/** zod's runChecks on a value that has no issues yet: every check runs, in order, and any issue fails. */
function runChecks(checks: readonly Check[], payload: Payload): unknown {
  for (let i = 0; i < checks.length; i++) {
    const check = checks[i]!;
    const when = check._zod.def.when;
    if (when !== undefined && !when(payload)) continue;
    const result: unknown = check._zod.check(payload);
    // An async check cannot be decided here; zod's synchronous parse reports it.
    if (result instanceof Promise || payload.issues.length > 0) return INVALID;
  }
  return payload.value;
}

/** A node zod runs itself, as it would inside a parse. */
function island(schema: AnySchema): FastParse {
  return (input) => {
    const result = schema._zod.run({ value: input, issues: [] }, { async: false });
    if (result instanceof Promise) return INVALID;
    return result.issues.length > 0 ? INVALID : result.value;
  };
}
