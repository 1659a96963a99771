import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { load } from '../../src/load/index.js';
import { where } from './helpers.js';

describe('load: YAML errors', () => {
  it('reports a duplicate key at the repeated key, with the first one in the hint', () => {
    const result = load('kind: program\nid: a\ntitle: X\nid: b\n', { filename: 'p.yaml' });
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
    expect(where(result.diagnostics)).toEqual(['syntax 4:1']);
    expect(result.diagnostics[0]).toMatchObject({ message: "Duplicate key 'id'", hint: expect.stringContaining('line 2, column 1'), file: 'p.yaml' });
  });

  it('gives a duplicate key the pointer of the repeated key', () => {
    const result = load('x:\n  - y: 1\n    "a/b": 2\n    y: 3\n    a/b: 4\n', { format: 'yaml' });
    expect(result.diagnostics.map((d) => [d.path, `${d.line}:${d.column}`])).toEqual([
      ['/x/0/y', '4:5'],
      ['/x/0/a~1b', '5:5'],
    ]);
  });

  it('reports keys that differ in YAML but name the same property (1 and "1")', () => {
    for (const text of ['m:\n  1: a\n  "1": b\n', 'm: {true: a, "true": b}\n', 'k: &k 1\nm: {*k : a, "1": b}\n']) {
      const result = load(text, { format: 'yaml' });
      expect(result.value).toBeUndefined();
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({ code: 'syntax', message: expect.stringMatching(/^Duplicate key '(1|true)'$/), path: expect.stringMatching(/^\/m\//) });
    }
  });

  it('refuses YAML tags that make values other than plain data', () => {
    const text = 'a: !!binary aGVsbG8=\nb: [!!set {x, y}, !!omap [x: 1]]\nc: !!timestamp 2027-01-04\nd: !!str 12\n';
    const result = load(text, { format: 'yaml' });
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => `${d.code} ${d.path} ${d.line}:${d.column}`)).toEqual([
      'syntax /a 1:4',
      'syntax /b/0 2:5',
      'syntax /b/1 2:19',
      'syntax /c 3:4',
    ]);
    expect(result.diagnostics[0]?.message).toBe("The YAML tag '!!binary' makes a value that is not plain data (text, number, true/false, list or mapping)");
    expect(load('d: !!str 12\ne: !!pairs [x: 1]\n', { format: 'yaml' })).toMatchObject({ ok: true, value: { d: '12', e: [{ x: 1 }] } });
  });

  it('reports a key that is a list or a mapping, where it is written', () => {
    const cases: [string, string, string][] = [
      ['? [k]\n: 1\n', 'syntax  1:3', "A key must be text; this key is a list"],
      ['a: 1\n{x: 1}: 2\n', 'syntax  2:1', 'A key must be text; this key is a mapping'],
      ['l: [[a]: 1]\n', 'syntax /l/0 1:5', 'A key must be text; this key is a list'],
      // Through an alias whose anchor is set in an earlier sibling.
      ['o: &o {x: 1}\n? *o\n: 2\n', 'syntax  2:3', 'A key must be text; this key is a mapping'],
    ];
    for (const [text, at, message] of cases) {
      const result = load(text, { format: 'yaml' });
      expect(result.value).toBeUndefined();
      expect(result.diagnostics.map((d) => `${d.code} ${d.path} ${d.line}:${d.column}`)).toEqual([at]);
      expect(result.diagnostics[0]?.message).toBe(message);
    }
    // Two of them are two problems, not a repeated key.
    expect(where(load('[a]: 1\n[b]: 2\n', { format: 'yaml' }).diagnostics)).toEqual(['syntax 1:1', 'syntax 2:1']);
    expect(load('[a, b]: 1\n', { format: 'yaml' }).diagnostics[0]?.hint).toBe(
      "Write the key as text; put it in quotes if it holds brackets, braces or commas: '[a, b]'",
    );
  });

  it('refuses 80,000 aliases with a list key at once, without converting the document', () => {
    // yaml's toJS, once the fallback for such keys, looks up each alias among all before it: 51 s here.
    const text = `kind: program\nid: p\ntitle: P\nort: &o {x: 1}\nl:\n${'  - *o\n'.repeat(80_000)}? [k]\n: 1\n`;
    const result = load(text, { format: 'yaml' });
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`)).toEqual([
      'syntax 80006:3 A key must be text; this key is a list',
    ]);
  });

  it('applies the alias limit to documents with a list key too', () => {
    const lol = (name: string, inner: string) => `${name}: &${name} [${Array(9).fill(inner).join(', ')}]\n`;
    let text = lol('a', '"lol"');
    for (const [name, inner] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']] as const) text += lol(name, `*${inner}`);
    const result = load(`${text}? [k]\n: 1\n`, { format: 'yaml' });
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['limit/aliases']);
  });

  it('suggests quotes for an unquoted colon in a value', () => {
    const result = load('kind: program\nid: p\ntitle: Geb ich Dir - so gibst Du mir: Aufbau und Pflege\n', { format: 'yaml' });
    expect(where(result.diagnostics)).toEqual(['syntax 3:8']);
    expect(result.diagnostics[0]?.hint).toBe(
      'A colon followed by a space starts a key; to write text with a colon, put the whole value in quotes: title: "Geb ich Dir - so gibst Du mir: Aufbau und Pflege"',
    );
  });

  it('reports duplicate keys in flow mappings too', () => {
    expect(where(load('{ "a": 1, "a": 2 }', { format: 'yaml' }).diagnostics)).toEqual(['syntax 1:11']);
  });

  it('allows one document per file and points at the second', () => {
    const result = load('kind: program\nid: a\n---\nkind: program\nid: b\n', { filename: 'p.yaml' });
    expect(result.ok).toBe(false);
    expect(where(result.diagnostics)).toEqual(['syntax 3:1']);
    expect(result.diagnostics[0]?.message).toContain('one document');
    expect(where(load('a: 1\n---\n', { format: 'yaml' }).diagnostics)).toEqual(['syntax 2:1']);
  });

  it('accepts an explicit document start and end', () => {
    const result = load('---\na: 1\n...\n', { format: 'yaml' });
    expect(result).toMatchObject({ ok: true, value: { a: 1 }, diagnostics: [] });
  });

  const syntax: [string, string][] = [
    ['a: [1, 2\n', '2:1'],
    ['a: "open\n', '2:1'],
    ['a:\n\tb: 1\n', '2:1'],
    ['a:\n  b: 1\n c: 2\n', '3:1'],
    ['a: "\\q"\n', '1:5'],
    ['a: *missing\n', '1:4'],
  ];
  it.each(syntax)('%j is a syntax error at %s, placed where yaml places it', (text, at) => {
    const result = load(text, { format: 'yaml' });
    expect(result.ok).toBe(false);
    expect(where(result.diagnostics)[0]).toBe(`syntax ${at}`);
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false });
    const first = doc.errors[0];
    if (first !== undefined) {
      const pos = lineCounter.linePos(first.pos[0]);
      expect(`${pos.line}:${pos.col}`).toBe(at);
    }
  });

  it('turns yaml warnings into warnings', () => {
    const result = load('a: !custom x\n', { format: 'yaml' });
    expect(result.ok).toBe(true);
    expect(result.value).toEqual({ a: 'x' });
    expect(result.diagnostics).toMatchObject([{ code: 'syntax', severity: 'warning', line: 1, column: 4 }]);
  });

  it.each([
    ['', 'empty 1:1'],
    ['  \n   \n', 'empty 1:1'],
    ['# just a comment\n# and another\n', 'empty 1:1'],
    ['---\n', 'empty 1:1'],
  ])('%j is empty', (text, at) => {
    const result = load(text, { format: 'yaml' });
    expect(result.ok).toBe(false);
    expect(where(result.diagnostics)).toEqual([at]);
  });

  it('strips a byte order mark and keeps positions right', () => {
    const result = load('\uFEFFkind: program\nid: a\nid: b\n', { filename: 'p.yml' });
    expect(where(result.diagnostics)).toEqual(['syntax 3:1']);
    const ok = load('\uFEFFa: x\n', { filename: 'p.yml' });
    expect(ok.value).toEqual({ a: 'x' });
    expect(ok.sourceMap.locate('/a')).toEqual({ line: 1, column: 4, endLine: 1, endColumn: 5 });
  });
});

describe('load: YAML values', () => {
  it('uses the YAML 1.2 core schema', () => {
    const { value } = load('a: yes\nb: 0o17\nc: 0x1F\nd: ~\ne: 1.5\nf: "2 2/3"\ng: 2027-01-29\n', { format: 'yaml' });
    expect(value).toEqual({ a: 'yes', b: 15, c: 31, d: null, e: 1.5, f: '2 2/3', g: '2027-01-29' });
  });

  it('gives aliased documents the value yaml gives them', () => {
    const texts = [
      'a: &x 1\nb: [*x, &x 2]\nc: *x\n',
      'k: &k key\nm: {*k : 1, ~: 2, 3: *k, 1.50: x, true: y}\n',
      's: &s [a: 1, {b: 2}]\nt: [*s, *s]\nu: &u\nv: *u\n',
      'base: &b {hours: 8, toString: 1}\nmodules:\n  - *b\n  - {id: x, more: *b}\n',
    ];
    for (const text of texts) {
      const result = load(text, { format: 'yaml' });
      expect(result.diagnostics).toEqual([]);
      expect(result.value).toEqual(parseDocument(text, { version: '1.2', schema: 'core' }).toJS());
    }
  });

  it('expands modest aliases', () => {
    const { value, ok } = load('base: &b {hours: 8}\nm: [*b, *b]\n', { format: 'yaml' });
    expect(ok).toBe(true);
    expect(value).toEqual({ base: { hours: 8 }, m: [{ hours: 8 }, { hours: 8 }] });
  });
});

describe('load: YAML source map', () => {
  const text = 'title: Grüße 😀\nä😀:\n  "k\\n\\"x": [x, "ü😀y", {deep: true}]\n  z:\n    - id: a\n      hours: 8\nempty:\n';
  const { sourceMap, value } = load(text, { format: 'yaml' });

  it('has the value it maps', () => {
    expect(value).toEqual({ title: 'Grüße 😀', 'ä😀': { 'k\n"x': ['x', 'ü😀y', { deep: true }], z: [{ id: 'a', hours: 8 }] }, empty: null });
  });

  it('locates keys and values, counting UTF-16 code units', () => {
    expect(sourceMap.locate('/title', 'key')).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 6 });
    expect(sourceMap.locate('/title')).toEqual({ line: 1, column: 8, endLine: 1, endColumn: 16 });
    expect(sourceMap.locate('/ä😀', 'key')).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 4 });
    expect(sourceMap.locate('/ä😀/k\n"x', 'key')).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 11 });
    expect(sourceMap.locate('/ä😀/k\n"x/1')).toEqual({ line: 3, column: 17, endLine: 3, endColumn: 23 });
    expect(sourceMap.locate('/ä😀/k\n"x/2/deep', 'key')).toEqual({ line: 3, column: 26, endLine: 3, endColumn: 30 });
    expect(sourceMap.locate('/ä😀/z/0/hours')).toEqual({ line: 6, column: 14, endLine: 6, endColumn: 15 });
    expect(sourceMap.locate('/ä😀/z/0/hours', 'key')).toEqual({ line: 6, column: 7, endLine: 6, endColumn: 12 });
  });

  it('falls back to the value for array items asked for their key', () => {
    expect(sourceMap.locate('/ä😀/z/0', 'key')).toEqual(sourceMap.locate('/ä😀/z/0'));
    expect(sourceMap.locate('/ä😀/z/0')).toMatchObject({ line: 5, column: 7 });
  });

  it('locates the root for an empty pointer and the nearest ancestor for unknown ones', () => {
    expect(sourceMap.locate('')).toMatchObject({ line: 1, column: 1 });
    expect(sourceMap.locate('/ä😀/z/0/missing')).toEqual(sourceMap.locate('/ä😀/z/0'));
    expect(sourceMap.locate('/nope/deeper')).toEqual(sourceMap.locate(''));
  });

  it('locates a key without a value', () => {
    expect(sourceMap.locate('/empty', 'key')).toEqual({ line: 7, column: 1, endLine: 7, endColumn: 6 });
  });

  it('reads CRLF line breaks', () => {
    const map = load('a:\r\n  b: 1\r\n  c: [1, 2]\r\n', { format: 'yaml' }).sourceMap;
    expect(map.locate('/a/c/1')).toEqual({ line: 3, column: 10, endLine: 3, endColumn: 11 });
    expect(map.locate('/a/b', 'key')).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 4 });
  });
});
