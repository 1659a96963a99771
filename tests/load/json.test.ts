import { describe, expect, it } from 'vitest';
import { load } from '../../src/load/index.js';
import { where } from './helpers.js';

describe('load: JSON syntax errors', () => {
  const cases: [string, string, string][] = [
    ['{"a": 1 "b": 2}', "Expected ',' or '}' after property value", '1:9'],
    ['{\n  "a": 1\n  "b": 2\n}', "Expected ',' or '}' after property value", '3:3'],
    ['[1 2]', "Expected ',' or ']' after array element", '1:4'],
    ['{"a": [1, 2,]}', "Trailing comma before ']'", '1:12'],
    ['{\n  "a": 1,\n}', "Trailing comma before '}'", '2:9'],
    ['{"a": {"b": [1,\n', 'Unexpected end of input: 1 array and 2 objects still open', '2:1'],
    ['{"a": {"b": 1}', 'Unexpected end of input: 1 object still open', '1:15'],
    ['{"a": {', 'Unexpected end of input: 2 objects still open', '1:8'],
    ['{a: 1}', 'Expected property name in double quotes', '1:2'],
    ["{'a': 1}", 'Property names must use double quotes', '1:2'],
    ['{"a" 1}', "Expected ':' after property name", '1:6'],
    ['[1,,2]', "Unexpected ',': expected a value", '1:4'],
    ['{"a":}', "Expected a value before '}'", '1:6'],
    ['{"a": 01}', "Invalid number '01'", '1:7'],
    ['[NaN]', "Unexpected 'NaN': expected a value", '1:2'],
    ['["abc', 'Unterminated string', '1:2'],
    ['["a\nb"]', 'Unterminated string: line break inside a string', '1:4'],
    ['["\\x"]', "Invalid escape sequence '\\x' in string", '1:3'],
    ['{"a": 1}\n\n  ]', "Unexpected ']' after the end of the JSON value", '3:3'],
    ['{"a": 1} // note', 'Comments are not allowed in JSON', '1:10'],
    ['{"ä😀": 1 "b": 2}', "Expected ',' or '}' after property value", '1:11'],
  ];
  it.each(cases)('%j -> %s at %s', (text, message, at) => {
    const result = load(text, { filename: 'p.json' });
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
    expect(result.format).toBe('json');
    expect(where(result.diagnostics)).toEqual([`syntax ${at}`]);
    expect(result.diagnostics[0]?.message).toContain(message);
    expect(result.diagnostics[0]?.file).toBe('p.json');
    expect(result.diagnostics[0]?.severity).toBe('error');
  });

  it('gives a hint naming where an unclosed bracket opened', () => {
    const [d] = load('{\n  "modules": [\n    {"id": "a"}\n', { format: 'json' }).diagnostics;
    expect(d?.hint).toBe("The '[' at line 2, column 14 is never closed");
  });

  it('reports the path being read', () => {
    const [d] = load('{"modules": [{"id": "a",}]}', { format: 'json' }).diagnostics;
    expect(d).toMatchObject({ code: 'syntax', path: '/modules/0', line: 1, column: 24, endLine: 1, endColumn: 25 });
  });
});

describe('load: JSON values and empty input', () => {
  it('reads valid JSON with no diagnostics', () => {
    const result = load('{"kind": "program", "modules": [{"id": "a", "hours": 8}]}');
    expect(result).toMatchObject({ ok: true, filename: '<input>', format: 'json', diagnostics: [] });
    expect(result.value).toEqual({ kind: 'program', modules: [{ id: 'a', hours: 8 }] });
  });

  it.each([
    ['', 'empty 1:1'],
    ['   \n\t\n  ', 'empty 1:1'],
    ['// nothing yet\n/* still nothing */\n', 'empty 1:1'],
  ])('%j is empty', (text, at) => {
    const result = load(text, { format: 'json' });
    expect(result.ok).toBe(false);
    expect(where(result.diagnostics)).toEqual([at]);
  });

  it('strips a byte order mark and keeps positions right', () => {
    const result = load('\uFEFF{\n  "a": [1, 2,]\n}', { filename: 'bom.json' });
    expect(result.text.startsWith('{')).toBe(true);
    expect(where(result.diagnostics)).toEqual(['syntax 2:13']);
    const ok = load('\uFEFF{"a": 1}');
    expect(ok.ok).toBe(true);
    expect(ok.sourceMap.locate('/a')).toEqual({ line: 1, column: 7, endLine: 1, endColumn: 8 });
  });
});

describe('load: JSON source map', () => {
  const text = '{\n  "title": "Grüße 😀",\n  "ä😀": {"k\\n\\"x": ["x", "ü😀y", {"deep": true}]},\n  "n": null\n}\n';
  const { sourceMap, value } = load(text, { format: 'json' });

  it('has the value it maps', () => {
    expect(value).toEqual({ title: 'Grüße 😀', 'ä😀': { 'k\n"x': ['x', 'ü😀y', { deep: true }] }, n: null });
  });

  it('locates keys and values, counting UTF-16 code units', () => {
    expect(sourceMap.locate('/title', 'key')).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 10 });
    expect(sourceMap.locate('/title')).toEqual({ line: 2, column: 12, endLine: 2, endColumn: 22 });
    expect(sourceMap.locate('/ä😀', 'key')).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 8 });
    expect(sourceMap.locate('/ä😀/k\n"x', 'key')).toEqual({ line: 3, column: 11, endLine: 3, endColumn: 19 });
    expect(sourceMap.locate('/ä😀/k\n"x/1')).toEqual({ line: 3, column: 27, endLine: 3, endColumn: 33 });
    expect(sourceMap.locate('/ä😀/k\n"x/2/deep')).toEqual({ line: 3, column: 44, endLine: 3, endColumn: 48 });
    expect(sourceMap.locate('/n')).toEqual({ line: 4, column: 8, endLine: 4, endColumn: 12 });
  });

  it('falls back to the value for array items asked for their key', () => {
    expect(sourceMap.locate('/ä😀/k\n"x/1', 'key')).toEqual(sourceMap.locate('/ä😀/k\n"x/1'));
  });

  it('locates the root for an empty pointer and the nearest ancestor for unknown ones', () => {
    expect(sourceMap.locate('')).toEqual({ line: 1, column: 1, endLine: 5, endColumn: 2 });
    expect(sourceMap.locate('/ä😀/missing/0')).toEqual(sourceMap.locate('/ä😀'));
    expect(sourceMap.locate('/nope')).toEqual(sourceMap.locate(''));
  });

  it('handles pointer escapes ~0 and ~1', () => {
    const map = load('{"a/b": {"c~d": 1}}').sourceMap;
    expect(map.locate('/a~1b/c~0d')).toEqual({ line: 1, column: 17, endLine: 1, endColumn: 18 });
  });

  it('reads CRLF line breaks', () => {
    const map = load('{\r\n "a": {"b": 1,\r\n "c": [1, 2]}}').sourceMap;
    expect(map.locate('/a/c/1')).toEqual({ line: 3, column: 11, endLine: 3, endColumn: 12 });
    expect(map.locate('/a/b', 'key')).toEqual({ line: 2, column: 8, endLine: 2, endColumn: 11 });
  });
});

describe('load: duplicate JSON keys', () => {
  it('reports a repeated key at the repeat, where JSON.parse would silently keep the last value', () => {
    const text = '{\n  "kind": "program",\n  "hours": 16,\n  "title": "a:b \\" c",\n  "m": {"x": 1},\n  "hours": 24,\n  "m": {"x": 3}\n}';
    const result = load(text, { filename: 'dup.json' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => `${d.code} ${d.path} ${d.line}:${d.column}`)).toEqual(['syntax /hours 6:3', 'syntax /m 7:3']);
    expect(result.diagnostics[0]?.message).toBe("Duplicate key 'hours': JSON.parse would silently keep only this last value");
  });

  it('does not mistake colons in strings or equal keys in different objects for repeats', () => {
    const result = load('{"a": "09:30-16:30", "b": {"a": "\\\\"}, "d": [{"e": 1}, {"e": 2}], "k\\"": ":"}', { filename: 'ok.json' });
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
