import fc from 'fast-check';

// Inputs shared by the fast-path equivalence tests: texts near valid ones, where a hand-written
// reader and its reference are most likely to part.

/** A text with a few edits: at each, some characters removed and one of `pieces` inserted. */
export function edited(text: string, pieces: fc.Arbitrary<string>, { maxEdits = 4, maxRemove = 4 } = {}): fc.Arbitrary<string> {
  return fc.array(fc.tuple(fc.nat(), pieces, fc.nat({ max: maxRemove })), { minLength: 1, maxLength: maxEdits }).map((edits) => {
    let out = text;
    for (const [at, insert, remove] of edits) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + insert + out.slice(i + remove);
    }
    return out;
  });
}

/**
 * A JSON object as written, where keys may repeat: each entry is key, value and the whitespace
 * before its colon. Keys and strings are made of the characters that could fool a pass over the
 * text: quotes, colons, backslashes, spaces.
 */
export type KeyTree = string | number | { o: [string, KeyTree, string][] } | { a: KeyTree[] };

const tricky = fc.string({ unit: fc.constantFrom('a', 'b', '"', ':', '\\', ' ', '-', ')'), maxLength: 4 });

/** Objects of {@link KeyTree}s, about a third of them writing some key twice. */
export const keyTree: fc.Arbitrary<{ o: [string, KeyTree, string][] }> = fc.letrec<{ tree: KeyTree; object: { o: [string, KeyTree, string][] } }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small' }, tricky, fc.integer(), tie('object'), fc.record({ a: fc.array(tie('tree'), { maxLength: 3 }) })),
  object: fc.record({ o: fc.array(fc.tuple(tricky, tie('tree'), fc.constantFrom('', ' ', '\n  ')), { maxLength: 4 }) }),
})).object;

/** The JSON text of a {@link KeyTree}, keys repeated as written. */
export function writeTree(t: KeyTree): string {
  if (typeof t === 'string' || typeof t === 'number') return JSON.stringify(t);
  if ('o' in t) return `{${t.o.map(([k, v, ws]) => `${JSON.stringify(k)}${ws}: ${writeTree(v)}`).join(', ')}}`;
  return `[${t.a.map(writeTree).join(', ')}]`;
}

/** Whether some object of the tree writes a key twice. */
export function repeatsKey(t: KeyTree): boolean {
  if (typeof t === 'string' || typeof t === 'number') return false;
  if ('a' in t) return t.a.some(repeatsKey);
  return new Set(t.o.map(([k]) => k)).size < t.o.length || t.o.some(([, v]) => repeatsKey(v));
}

/** Nesting of a value counted like brackets: a scalar is 0, the root array or object 1. */
export function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  for (const child of Object.values(value)) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}
