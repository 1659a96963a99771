import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDepthExcess, readJsonFast, scanJson } from '../../../src/load/fast/index.js';
import { openingBracketsAtMost } from '../../../src/load/fast/depth-scan.js';
import { scansDepthFirst } from '../../../src/load/fast/json.js';
import { isForbiddenKey } from '../../../src/load/forbidden-keys.js';
import { load } from '../../../src/load/index.js';
import { LineIndex } from '../../../src/load/line-index.js';
import { numRuns } from '../../setup/runs.js';
import { where } from '../helpers.js';
import { depthOf, edited, keyTree, repeatsKey, writeTree } from './arbitraries.js';

// readJsonFast must give JSON.parse's value exactly when the reference path (depth pre-scan,
// scanner, JSON.parse, forbidden-key removal) would report nothing, and undefined otherwise.

function hasForbiddenKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (!Array.isArray(value) && Object.keys(value).some(isForbiddenKey)) return true;
  return Object.values(value).some(hasForbiddenKey);
}

/**
 * Checks readJsonFast against the references on one text; `repeats` is whether the text writes a
 * key twice when the test knows it (otherwise the scanner, checked against known repeats in
 * json-scanner.test.ts, says). Returns whether the fast path took the text.
 */
function agrees(text: string, maxDepth: number, repeats?: boolean): boolean {
  const fast = readJsonFast(text, maxDepth);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    expect(fast, 'JSON.parse rejects the text').toBeUndefined();
    return false;
  }
  const clean = depthOf(parsed) <= maxDepth && !hasForbiddenKey(parsed) && !(repeats ?? scanJson(text).duplicates.length > 0);
  if (!clean) {
    expect(fast, 'the reference path reports something').toBeUndefined();
    return false;
  }
  expect(fast, 'the reference path reports nothing, so the fast path takes the text').toStrictEqual(parsed);
  return true;
}

const SPICE = fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\\"', ' ', '\n', '0', '-', 'e', 'true', 'null', '"__proto__": 1, ', '"\\u0063onstructor"', '"a": 1, ');

describe('readJsonFast: JSON.parse’s value exactly when the reference path reports nothing', () => {
  it('on JSON texts of any value, at any depth limit', () => {
    let taken = 0;
    let declined = 0;
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), fc.integer({ min: 0, max: 7 }), (text, maxDepth) => {
        if (agrees(text, maxDepth, false)) taken++;
        else declined++;
      }),
      { numRuns: numRuns(600, 10_000) },
    );
    expect(Math.min(taken, declined)).toBeGreaterThan(50);
  });

  it('on objects that may write a key twice', () => {
    let taken = 0;
    let repeated = 0;
    fc.assert(
      fc.property(keyTree, (tree) => {
        const repeats = repeatsKey(tree);
        if (repeats) repeated++;
        if (agrees(writeTree(tree), 256, repeats)) taken++;
      }),
      { numRuns: numRuns(600, 10_000) },
    );
    expect(Math.min(taken, repeated)).toBeGreaterThan(50);
  });

  it('on edits of valid texts', () => {
    const base = fc.json({ maxDepth: 4 }).filter((t) => t.length > 2);
    fc.assert(
      fc.property(base.chain((text) => edited(text, SPICE)), fc.integer({ min: 1, max: 5 }), (text, maxDepth) => {
        agrees(text, maxDepth);
      }),
      { numRuns: numRuns(600, 10_000) },
    );
  });

  it('on long texts, sparse (parsed first) and dense with brackets (scanned first)', () => {
    // Past 64 KiB a text dense with brackets (more than one per 32 characters) is scanned for depth before JSON.parse sees it.
    const long = fc.tuple(fc.json({ maxDepth: 5 }), fc.constantFrom(0, 200), fc.integer({ min: 2, max: 7 })).map(([item, pad, maxDepth]) => {
      const entry = `{"pad": "${'x'.repeat(pad)}", "item": ${item}}`;
      return { text: `[${Array(Math.ceil(70_000 / entry.length)).fill(entry).join(',')}]`, maxDepth };
    });
    const seen = new Set<string>();
    fc.assert(
      fc.property(long, ({ text, maxDepth }) => {
        expect(text.length).toBeGreaterThan(64 * 1024);
        const parsedFirst = !scansDepthFirst(text, maxDepth);
        seen.add(`parsed first ${parsedFirst}, taken ${agrees(text, maxDepth, false)}`);
      }),
      { numRuns: numRuns(40, 1000) },
    );
    // Both branches, and in each texts taken and texts too deep.
    expect([...seen].sort()).toEqual(['parsed first false, taken false', 'parsed first false, taken true', 'parsed first true, taken false', 'parsed first true, taken true']);
  });

  it('declines forbidden keys however they are spelled, and only those', () => {
    expect(readJsonFast('{"a": [{"\\u0063onstructor": 1}]}', 256)).toBeUndefined();
    expect(readJsonFast('{"__proto__": {}}', 256)).toBeUndefined();
    expect(readJsonFast('{"title": "constructor", "x": ["prototype"]}', 256)).toEqual({ title: 'constructor', x: ['prototype'] });
    expect(readJsonFast('[[{"prototype": 1}]]', 2)).toBeUndefined();
    expect(readJsonFast('42', 0)).toBe(42);
  });

  it('takes a colon inside a string for what it is', () => {
    expect(readJsonFast('{"a": ":-)", "b": "09:30", "c\\":": "\\":"}', 256)).toEqual({ a: ':-)', b: '09:30', 'c":': '":' });
    expect(readJsonFast('{"a": ":-)", "a": 1}', 256)).toBeUndefined();
  });
});

describe('openingBracketsAtMost', () => {
  it('counts [ and { anywhere, up to the limit', () => {
    expect(openingBracketsAtMost('{"a": [1, {"b": "[["}]}', 5)).toBe(true);
    expect(openingBracketsAtMost('{"a": [1, {"b": "[["}]}', 4)).toBe(false);
    expect(openingBracketsAtMost('', 0)).toBe(true);
  });
});

describe('load: JSON through the fast and the reference path', () => {
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
      { numRuns: numRuns(400, 10_000) },
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

  it('reports forbidden keys, syntax errors and empty texts', () => {
    expect(where(load('{"a": {"\\u0070rototype": 1}}').diagnostics)).toEqual(['schema/forbidden-key 1:8']);
    expect(load('{"a": {"\\u0070rototype": 1}, "b": 2}').value).toEqual({ a: {}, b: 2 });
    expect(where(load('{"a": [1, 2,]}').diagnostics)).toEqual(['syntax 1:12']);
    expect(where(load('[1, 2', { format: 'json' }).diagnostics)).toEqual(['syntax 1:6']);
    expect(where(load('// nothing\n', { format: 'json' }).diagnostics)).toEqual(['empty 1:1']);
    expect(load('{"a": [[1]], "b": "constructor"}')).toMatchObject({ ok: true, value: { a: [[1]], b: 'constructor' } });
  });

  it('reports a repeat exactly when some object writes a key twice, at the repeat', () => {
    let withRepeats = 0;
    fc.assert(
      fc.property(keyTree, (tree) => {
        const text = writeTree(tree);
        const expected = repeatsKey(tree);
        if (expected) withRepeats++;
        const found = load(text, { filename: 'x.json' }).diagnostics.filter((d) => d.message.startsWith('Duplicate key'));
        expect(found.length > 0, text).toBe(expected);
      }),
      { numRuns: numRuns(600, 10_000) },
    );
    expect(withRepeats).toBeGreaterThan(50);
    expect(where(load('{\n  "a": 1,\n  "b": {"a": 2},\n  "a": 3\n}').diagnostics)).toEqual(['syntax 4:3']);
  });
});
