import fc from 'fast-check';
import { parseDocument, stringify, type ToStringOptions } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonDepthExcess, scanJson, yamlDepthExcess } from '../../../src/load/fast/index.js';
import { load } from '../../../src/load/index.js';
import { numRuns } from '../../setup/runs.js';
import { where } from '../helpers.js';
import { depthOf, edited } from './arbitraries.js';

// The depth scans measure nesting on the text, before any parser that could overflow its stack
// sees it. The JSON scan must equal the depth of JSON.parse's value and point at the first bracket
// too deep; the YAML scan is an estimate that may not count less than the yaml package's nesting
// (or hostile nesting would reach the parser), and on documents as yaml writes them counts at most
// one level more (a sequence of scalars, a plain scalar broken over lines).

/** The smallest limit the YAML scan lets the text pass. */
function yamlEstimate(text: string): number {
  let limit = 0;
  while (yamlDepthExcess(text, limit) >= 0) limit++;
  return limit;
}

// Strings that look like structure: brackets, quotes, comment signs, indicators, line breaks.
const trickyString = fc.oneof(
  fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', "'", '\\', '#', ':', '-', '|', '>', ' ', '\n', 'a', '1'), maxLength: 8 }),
  fc.string({ maxLength: 8 }),
);
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 6 },
    trickyString,
    fc.integer(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(trickyString, tie('value'), { maxKeys: 3 }),
  ),
})).value;

// Documents are collections; a plain scalar at the root, broken over lines, may look like anything.
const root = fc.oneof(fc.array(value, { minLength: 1, maxLength: 3 }), fc.dictionary(trickyString, value, { minKeys: 1, maxKeys: 3 }));

const STYLES: ToStringOptions[] = [
  {},
  { collectionStyle: 'flow' },
  { indent: 4, indentSeq: false },
  { defaultStringType: 'BLOCK_LITERAL' },
  { defaultStringType: 'QUOTE_SINGLE', lineWidth: 20, minContentWidth: 0 },
  { defaultStringType: 'PLAIN', lineWidth: 15, minContentWidth: 0 },
];

describe('jsonDepthExcess: the depth of JSON.parse’s value, at the first bracket too deep', () => {
  it('on JSON texts of any value, compact and indented', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(0, 2), fc.integer({ min: 0, max: 6 }), (v, indent, limit) => {
        const text = JSON.stringify(v, null, indent);
        const parsed = JSON.parse(text) as unknown;
        const at = jsonDepthExcess(text, limit);
        expect(at >= 0).toBe(depthOf(parsed) > limit);
        if (at < 0) return;
        // The first container (in text order) at the level past the limit opens there.
        const { table } = scanJson(text);
        const starts = [...table]
          .filter(([pointer]) => pointer.split('/').length - 1 === limit)
          .filter(([, range]) => '[{'.includes(text[range.valueStart]!))
          .map(([, range]) => range.valueStart);
        expect(at).toBe(Math.min(...starts));
      }),
      { numRuns: numRuns(500, 10_000) },
    );
  });

  it('on edits of valid texts: never more than the brackets outside strings', () => {
    const text = JSON.stringify({ a: ['[[', { '{': '\\"[' }], b: [[[]]] });
    fc.assert(
      fc.property(edited(text, fc.constantFrom('[', ']', '{', '}', '"', '\\', '\\"', 'x')), fc.integer({ min: 0, max: 5 }), (t, limit) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(t);
        } catch {
          return;
        }
        expect(jsonDepthExcess(t, limit) >= 0).toBe(depthOf(parsed) > limit);
      }),
      { numRuns: numRuns(500, 10_000) },
    );
  });
});

describe('yamlDepthExcess: at least the yaml package’s nesting, at most one level more', () => {
  /** Checks the bounds on one text yaml reads; the upper one only where `exact` (no plain scalar broken over lines). */
  function check(text: string, exact = true): number | undefined {
    const doc = parseDocument(text, { uniqueKeys: false });
    // Aliases repeat nesting the text does not show; errors leave no value to measure.
    if (doc.errors.length > 0 || text.includes('&')) return undefined;
    const depth = depthOf(doc.toJS());
    const estimate = yamlEstimate(text);
    expect(estimate, text).toBeGreaterThanOrEqual(depth);
    if (exact) expect(estimate, text).toBeLessThanOrEqual(depth + 1);
    return estimate - depth;
  }

  it('on values as yaml writes them, in several styles', () => {
    const over = new Set<number>();
    fc.assert(
      fc.property(root, fc.constantFrom(...STYLES), (v, style) => {
        const extra = check(stringify(v, style));
        if (extra !== undefined) over.add(extra);
      }),
      { numRuns: numRuns(500, 10_000) },
    );
    expect([...over].sort()).toEqual([0, 1]);
  });

  it('on hand-written nesting', () => {
    const cases = [
      'a:\n  b:\n    c: [[1]]\n',
      '- - - x\n',
      '-\n  -\n    - x\n',
      'a: |\n  [[[[\n  {{{{\nb: "[[[" # [[[\nc: x[[[\n',
      'a: [\n  [1,\n   [2]],\n  {b: {c: d}}]\n',
      '---\na:\n  - b: [1]\n    c:\n      d: e\n',
      '? a\n: - b\n',
      '- " ": |+\n\n  "": {}\n',
      '- - |\n    text\n  - [x]\n',
      'a:\n  |\n  text\nb: [1]\n',
      '--- |\n[[[\n',
      '[a: 1, b, [c: [d: 2]], {e: [f: 3]}]\n',
      '- [a: 1]\n- [b: 2]\n- [c: 3]\n- [d: 4]\n',
    ];
    for (const text of cases) expect(check(text), text).toBeDefined();
  });

  // Edits break plain scalars over lines (`- 1\n  - - 2` is the scalar "1 - - 2"), which the scan
  // counts as the nesting they look like: only the lower bound, the one that keeps hostile
  // nesting from the parser, holds for any text.
  it('on edits of documents: never less', () => {
    const documents = [
      stringify({ a: [{ b: 'x\ny\n', c: [1, [2]] }, '- y'], d: { e: { f: '|' } } }),
      stringify({ a: [{ b: 'x', c: [1, [2, { d: null }]] }], e: 'f: [g' }, { collectionStyle: 'flow', lineWidth: 20 }),
      'a:\n- b: >-\n    text [\n  c: "q\n    [r"\n- [x, {y: z}]\n# [\n? k\n: - v\n',
    ];
    const pieces = fc.constantFrom('- ', ': ', '? ', '|', '|2', '>-', '[', ']', '{', '}', ',', '"', "'", '#', ' ', '  ', '\n', '\n  ', 'x');
    fc.assert(
      fc.property(fc.constantFrom(...documents).chain((text) => edited(text, pieces, { maxEdits: 6 })), (t) => {
        check(t, false);
      }),
      { numRuns: numRuns(500, 20_000) },
    );
  });

  it('lets no nesting past the limit reach the parser', () => {
    const deep = `${'['.repeat(300)}${']'.repeat(300)}`;
    // Hidden after a block scalar held by a compact mapping, in single-pair mappings, after an indentless entry.
    expect(where(load(`- a: |\n  b: ${deep}\n`, { format: 'yaml' }).diagnostics)).toEqual(['limit/depth 2:260']);
    expect(where(load(`${'[a: '.repeat(200)}${']'.repeat(200)}\n`, { format: 'yaml' }).diagnostics)).toEqual(['limit/depth 1:513']);
    expect(where(load(`${'[? a: '.repeat(200)}${']'.repeat(200)}\n`, { format: 'yaml' }).diagnostics)[0]).toMatch(/^limit\/depth/);
    expect(where(load(`a:\n- |\n  x\n- b: ${deep}\n`, { format: 'yaml' }).diagnostics)).toEqual(['limit/depth 4:259']);
  });
});
