/**
 * Keys that are never taken into a loaded value (verbotene Schlüssel):
 * assigning them to a plain object can change its prototype or shadow
 * `constructor`, the classic prototype-pollution gadgets. No curriculum
 * document needs them.
 *
 * @example
 * ```ts
 * import { FORBIDDEN_KEYS } from 'curricula';
 * FORBIDDEN_KEYS.has('__proto__'); // true
 * ```
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * True for a key in {@link FORBIDDEN_KEYS}.
 *
 * @example
 * ```ts
 * isForbiddenKey('constructor'); // true
 * isForbiddenKey('title'); // false
 * ```
 */
export function isForbiddenKey(key: string): boolean {
  // Every key of a document passes here; the three forbidden ones are 9 or 11 characters long.
  return (key.length === 9 || key.length === 11) && FORBIDDEN_KEYS.has(key);
}

/**
 * A quick test on the raw text: can it contain a forbidden key at all? Only
 * then is the value walked. Besides the three words themselves, only
 * escapes can spell them: `\uXXXX` in JSON; `\x`, `\u`, `\U` and an
 * escaped line break (which joins lines) in YAML double-quoted scalars.
 * Other escapes (`\n`, `\"`, a Windows path's `\\`) cannot, so common
 * text skips the walk.
 *
 * @example
 * ```ts
 * mayContainForbiddenKey('{"title": "a\\nb"}', 'json'); // false
 * mayContainForbiddenKey('{"__proto__": {}}', 'json'); // true
 * mayContainForbiddenKey('"\\x5f_proto__": 1', 'yaml'); // true
 * ```
 */
export function mayContainForbiddenKey(text: string, format: 'json' | 'yaml'): boolean {
  if (text.includes('__proto__') || text.includes('constructor') || text.includes('prototype')) return true;
  return format === 'json' ? text.includes('\\u') : /\\[xuU\r\n]/.test(text);
}

/**
 * Removes forbidden keys from a parsed JSON value in place, walking it
 * without recursion, and returns the JSON pointers of the removed keys.
 *
 * `JSON.parse` defines `__proto__` as an own data property, so nothing is
 * polluted while parsing; deleting the own property afterwards keeps the
 * prototype untouched.
 *
 * @example
 * ```ts
 * const value = JSON.parse('{"a": {"__proto__": {"x": 1}}}');
 * removeForbiddenKeys(value); // ['/a/__proto__']; value is now { a: {} }
 * ```
 */
export function removeForbiddenKeys(value: unknown): string[] {
  const removed: string[] = [];
  const stack: { node: unknown; pointer: string }[] = [{ node: value, pointer: '' }];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop() as { node: unknown; pointer: string };
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], pointer: `${pointer}/${i}` });
      continue;
    }
    const record = node as Record<string, unknown>;
    const keys = Object.keys(record);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (FORBIDDEN_KEYS.has(key)) {
        delete record[key];
        removed.push(child);
      } else stack.push({ node: record[key], pointer: child });
    }
  }
  return removed.reverse();
}
