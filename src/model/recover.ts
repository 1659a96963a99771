import type * as z from 'zod';
import { decimalComma } from './comma-split.js';

// zod reports the unknown keys of every object at once, but an object inside a union may only be
// checked once the union around it has settled, so a few rounds are allowed.
const MAX_ROUNDS = 8;

type Container = Record<string, unknown> | unknown[];

/**
 * The rest of a document the schema rejects only for unknown keys
 * (Teilprüfung), so that one typo does not hide every other problem: the
 * unknown keys are left out and what remains is parsed again.
 *
 * Nothing else is repaired. A known key with a value the schema rejects
 * (`status: abgesagt`, `optional: ja`, `unit: Zeitstunden`) cannot be
 * left out either: its default would take its place and the rules would
 * check something the text does not say. Such a document has no rest to
 * check: `undefined`. Only object keys are ever left out, never array
 * elements, so every JSON pointer into the result still names the same
 * place in the text. The input is not changed.
 */
export function recoverDocument<T>(schema: z.ZodType<T>, input: unknown, issues: readonly z.core.$ZodIssue[]): T | undefined {
  if (!isContainer(input) || Array.isArray(input)) return undefined;
  const copy = clone(input, new Map());
  let current = issues;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (!leaveOut(copy, current)) return undefined;
    const parsed = schema.safeParse(copy);
    if (parsed.success) return parsed.data;
    current = parsed.error.issues;
  }
  return undefined;
}

/** Removes the unknown keys the issues name; false when any issue is of another kind, or nothing was removed. */
function leaveOut(root: unknown, issues: readonly z.core.$ZodIssue[], base: readonly PropertyKey[] = []): boolean {
  let changed = false;
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union') {
      // A topic is text or a mapping: an unknown key in the mapping fails every member. The member
      // that failed for unknown keys alone is the one the author meant.
      const member = issue.errors.find((errors) => errors.length > 0 && errors.every(onlyUnknownKeys));
      if (member === undefined || !leaveOut(root, member, path)) return false;
      changed = true;
      continue;
    }
    if (issue.code !== 'unrecognized_keys') return false;
    const target = at(root, path);
    if (!isContainer(target) || Array.isArray(target)) return false;
    // A number cut at a decimal comma (`hours: 2,5` in a flow mapping read as 2) goes too: checked, it would
    // add up to a wrong sum that is only a consequence of the one mistake already reported.
    // When the text alone could tell which number it was, nothing is checked rather than a guess.
    const cut = issue.keys.map((key) => decimalComma(target, key)).filter((split) => split !== undefined);
    if (cut.some((split) => split.anchor === undefined)) return false;
    for (const key of issue.keys) changed = remove(target, key) || changed;
    for (const split of cut) remove(target, split.anchor!);
  }
  return changed;
}

function onlyUnknownKeys(issue: z.core.$ZodIssue): boolean {
  if (issue.code === 'unrecognized_keys') return true;
  return issue.code === 'invalid_union' && issue.errors.some((errors) => errors.length > 0 && errors.every(onlyUnknownKeys));
}

function remove(target: Record<string, unknown>, key: string): boolean {
  if (!Object.prototype.hasOwnProperty.call(target, key)) return false;
  delete target[key];
  return true;
}

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const segment of path) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/** Plain objects and arrays: the only values `load` produces that the recovery may change. */
function isContainer(value: unknown): value is Container {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// A caller's LoadResult may share objects (YAML aliases) or even be cyclic; the map keeps both.
function clone(value: unknown, seen: Map<object, unknown>): unknown {
  if (!isContainer(value)) return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(clone(item, seen));
    return out;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  // defineProperty: a key named __proto__ stays a key instead of becoming the prototype.
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, { value: clone(value[key], seen), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
