import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJson } from '../../../src/load/fast/index.js';
import { numRuns } from '../../setup/runs.js';
import { edited, keyTree, repeatsKey, writeTree } from './arbitraries.js';

// The scanner is a second JSON parser, run to place values and explain errors. It must reject
// exactly what JSON.parse rejects, give the range of every value JSON.parse builds (for a repeated
// key, the last one's, whose value JSON.parse keeps), and report a repeated key exactly when an
// object writes one twice.

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The value at a JSON pointer, or a marker when there is none. */
const NONE = Symbol('none');
function at(value: unknown, pointer: string): unknown {
  let node = value;
  for (const segment of pointer.split('/').slice(1).map(unescape)) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, segment)) return NONE;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function pointersOf(value: unknown, pointer = '', out: string[] = []): string[] {
  out.push(pointer);
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) pointersOf(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  }
  return out;
}

/** Checks the scanner against JSON.parse on one text; returns whether JSON.parse accepts it. */
function agrees(text: string): boolean {
  const scan = scanJson(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    expect(scan.error, 'JSON.parse rejects the text').toBeDefined();
    const error = scan.error!;
    expect(0 <= error.start && error.start <= error.end && error.end <= text.length, JSON.stringify(error)).toBe(true);
    return false;
  }
  expect(scan.error, 'JSON.parse accepts the text').toBeUndefined();
  // Every value JSON.parse builds has a range whose text parses to that value (and keys alike).
  const pointers = pointersOf(parsed);
  // A repeated key's earlier value keeps its entries; otherwise the table holds exactly these.
  if (scan.duplicates.length === 0) expect(scan.table.size).toBe(pointers.length);
  for (const pointer of pointers) {
    const entry = scan.table.get(pointer);
    expect(entry, pointer).toBeDefined();
    expect(JSON.parse(text.slice(entry!.valueStart, entry!.valueEnd))).toStrictEqual(at(parsed, pointer));
    if (entry!.keyStart >= 0) expect(JSON.parse(text.slice(entry!.keyStart, entry!.keyEnd))).toBe(unescape(pointer.slice(pointer.lastIndexOf('/') + 1)));
  }
  return true;
}

// Pieces that break or bend JSON: structure, quotes and escapes, comments, literals in the wrong case.
const SPICE = fc.oneof(
  fc.constantFrom('{', '}', '[', ']', ',', ':', '"', "'", '\\', '\\u00', '\\x', '\n', '\r', '\t', ' ', '/*', '//', '-', '0', '01', '.5', '1e', 'tru', 'True', 'NaN', 'null'),
  fc.string({ unit: 'binary', maxLength: 2 }),
);
const VALID = JSON.stringify(
  { kind: 'program', id: 'p', title: 'Grüße 😀 "x" \\ /', hours: 16.5, modules: [{ id: 'a', hours: '2 2/3', optional: true, topics: [null, -0.5e3] }], 'a/b~c': {} },
  null,
  2,
);

describe('scanJson: rejects what JSON.parse rejects, and places what it builds', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        agrees(text);
      }),
      { numRuns: numRuns(800, 20_000) },
    );
  });

  it('on JSON texts of any value, compact and indented', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        expect(agrees(JSON.stringify(value, null, indent))).toBe(true);
      }),
      { numRuns: numRuns(500, 10_000) },
    );
  });

  it('on short runs of JSON tokens, where the grammar’s corners are', () => {
    const token = fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '"', '1', '-', '0', '.', 'e', '2', 'true', 'null', ' ', '\n');
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(fc.array(token, { maxLength: 9 }), (tokens) => {
        if (agrees(tokens.join(''))) accepted++;
        else rejected++;
      }),
      { numRuns: numRuns(2000, 50_000) },
    );
    expect(Math.min(accepted, rejected)).toBeGreaterThan(100);
  });

  it('on edits of a valid document', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(edited(VALID, SPICE), (text) => {
        if (agrees(text)) accepted++;
        else rejected++;
      }),
      { numRuns: numRuns(800, 20_000) },
    );
    expect(Math.min(accepted, rejected)).toBeGreaterThan(50);
  });

  it('reports a repeated key exactly when an object writes one twice', () => {
    let repeated = 0;
    fc.assert(
      fc.property(keyTree, (tree) => {
        const text = writeTree(tree);
        expect(agrees(text)).toBe(true);
        const repeats = repeatsKey(tree);
        if (repeats) repeated++;
        const { duplicates } = scanJson(text);
        expect(duplicates.length > 0, text).toBe(repeats);
        for (const d of duplicates) expect(JSON.parse(text.slice(d.keyStart, d.keyEnd))).toBe(d.key);
      }),
      { numRuns: numRuns(500, 10_000) },
    );
    expect(repeated).toBeGreaterThan(50);
  });
});
