import type * as z from 'zod';

// Each round leaves out what the schema rejected and asks again; a document rarely needs more
// than two (an unknown key in one round, a wrong optional value the next).
const MAX_ROUNDS = 8;

type Container = Record<string, unknown> | unknown[];

/**
 * The rest of a document the schema rejects (Teilprüfung), so that one
 * typo does not hide every other problem: unknown keys and rejected
 * optional values are left out, and what remains is parsed again.
 *
 * Only object keys are ever left out, never array elements, so every
 * JSON pointer into the result still names the same place in the text.
 * A problem that cannot be left out that way (a required key, an element
 * of a list, the document itself) means there is no rest to check:
 * `undefined`. The input is not changed.
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

/** Removes the keys the issues name; false when none of them could be removed. */
function leaveOut(root: unknown, issues: readonly z.core.$ZodIssue[]): boolean {
  let changed = false;
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const target = at(root, issue.path);
      if (!isContainer(target) || Array.isArray(target)) continue;
      for (const key of issue.keys) changed = remove(target, key) || changed;
      continue;
    }
    const key = issue.path.at(-1);
    if (typeof key !== 'string') continue;
    const parent = at(root, issue.path.slice(0, -1));
    if (isContainer(parent) && !Array.isArray(parent)) changed = remove(parent, key) || changed;
  }
  return changed;
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
