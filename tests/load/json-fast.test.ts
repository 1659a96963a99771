import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDepthExcess, openingBracketsAtMost } from '../../src/load/depth-scan.js';
import { load } from '../../src/load/index.js';
import { LineIndex } from '../../src/load/line-index.js';
import { valueShape } from '../../src/load/value-shape.js';
import { where } from './helpers.js';

describe('valueShape', () => {
  it('measures depth like the bracket pre-scan on every valid JSON text', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), fc.integer({ min: 0, max: 7 }), (text, maxDepth) => {
        const shape = valueShape(JSON.parse(text), maxDepth);
        expect(shape === 'too-deep').toBe(jsonDepthExcess(text, maxDepth) >= 0);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds forbidden keys however they are spelled', () => {
    expect(valueShape(JSON.parse('{"a": [{"\\u0063onstructor": 1}]}'), 256)).toBe('forbidden-key');
    expect(valueShape(JSON.parse('{"__proto__": {}}'), 256)).toBe('forbidden-key');
    expect(valueShape(JSON.parse('{"title": "constructor", "x": ["prototype"]}'), 256)).toBe('plain');
    expect(valueShape(JSON.parse('[[{"prototype": 1}]]'), 2)).toBe('too-deep');
    expect(valueShape(42, 0)).toBe('plain');
  });
});

describe('openingBracketsAtMost', () => {
  it('counts [ and { anywhere, up to the limit', () => {
    expect(openingBracketsAtMost('{"a": [1, {"b": "[["}]}', 5)).toBe(true);
    expect(openingBracketsAtMost('{"a": [1, {"b": "[["}]}', 4)).toBe(false);
    expect(openingBracketsAtMost('', 0)).toBe(true);
  });
});

describe('load: JSON parsed before the depth scan', () => {
  it('places a depth excess in a long, sparse text where the pre-scan does', () => {
    const deep = `${'['.repeat(300)}1${']'.repeat(300)}`;
    const text = `{\n  "pad": "${'x'.repeat(50_000)}",\n  "deep": ${deep}\n}`;
    const result = load(text);
    expect(result.value).toBeUndefined();
    expect(where(result.diagnostics)).toEqual(['limit/depth 3:266']);
    const offset = jsonDepthExcess(text, 256);
    expect(new LineIndex(text).position(offset)).toEqual({ line: 3, column: 266 });
  });

  it('agrees with the pre-scan on depth limits for any valid text', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), fc.integer({ min: 1, max: 7 }), (text, maxDepth) => {
        const result = load(text, { format: 'json', maxDepth });
        const deepAt = jsonDepthExcess(text, maxDepth);
        if (deepAt >= 0) {
          const { line, column } = new LineIndex(text).position(deepAt);
          expect(where(result.diagnostics)).toEqual([`limit/depth ${line}:${column}`]);
        } else expect(result.diagnostics.every((d) => d.code === 'schema/forbidden-key')).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('scans dense nesting first: JSON.parse never sees 4 million brackets', () => {
    const text = '['.repeat(4_000_000) + ']'.repeat(4_000_000);
    expect(where(load(text).diagnostics)).toEqual(['limit/depth 1:257']);
  });

  it('bounds the cost of nesting padded out to pass the bracket budget', () => {
    const level = `[${' '.repeat(70)}`;
    const levels = Math.floor((7 * 1024 * 1024) / (2 * level.length));
    const text = level.repeat(levels) + ']'.repeat(levels);
    expect(where(load(text).diagnostics)).toEqual([`limit/depth 1:${256 * level.length + 1}`]);
  });

  it('reports forbidden keys, syntax errors and empty texts as before', () => {
    expect(where(load('{"a": {"\\u0070rototype": 1}}').diagnostics)).toEqual(['schema/forbidden-key 1:8']);
    expect(where(load('{"a": [1, 2,]}').diagnostics)).toEqual(['syntax 1:12']);
    expect(where(load('[1, 2', { format: 'json' }).diagnostics)).toEqual(['syntax 1:6']);
    expect(where(load('// nothing\n', { format: 'json' }).diagnostics)).toEqual(['empty 1:1']);
    expect(load('{"a": [[1]], "b": "constructor"}')).toMatchObject({ ok: true, value: { a: [[1]], b: 'constructor' } });
  });
});

describe('load: repeated JSON keys', () => {
  // Keys and strings made of the characters that could fool a text pass: quotes, colons, backslashes, spaces.
  const tricky = fc.string({ unit: fc.constantFrom('a', 'b', '"', ':', '\\', ' ', '-', ')'), maxLength: 4 });
  // An entry's third part is the whitespace written before its colon.
  type Tree = string | number | { o: [string, Tree, string][] } | { a: Tree[] };
  const { object } = fc.letrec<{ tree: Tree; object: { o: [string, Tree, string][] } }>((tie) => ({
    tree: fc.oneof({ depthSize: 'small' }, tricky, fc.integer(), tie('object'), fc.record({ a: fc.array(tie('tree'), { maxLength: 3 }) })),
    object: fc.record({ o: fc.array(fc.tuple(tricky, tie('tree'), fc.constantFrom('', ' ', '\n  ')), { maxLength: 4 }) }),
  }));
  function write(t: Tree): string {
    if (typeof t === 'string' || typeof t === 'number') return JSON.stringify(t);
    if ('o' in t) return `{${t.o.map(([k, v, ws]) => `${JSON.stringify(k)}${ws}: ${write(v)}`).join(', ')}}`;
    return `[${t.a.map(write).join(', ')}]`;
  }
  function repeats(t: Tree): boolean {
    if (typeof t === 'string' || typeof t === 'number') return false;
    if ('a' in t) return t.a.some(repeats);
    return new Set(t.o.map(([k]) => k)).size < t.o.length || t.o.some(([, v]) => repeats(v));
  }

  it('reports a repeat exactly when some object writes a key twice', () => {
    let withRepeats = 0;
    fc.assert(
      fc.property(object, (tree) => {
        const text = write(tree);
        const expected = repeats(tree);
        if (expected) withRepeats++;
        const found = load(text, { filename: 'x.json' }).diagnostics.filter((d) => d.message.startsWith('Duplicate key'));
        expect(found.length > 0, text).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    expect(withRepeats).toBeGreaterThan(100);
  });
});
