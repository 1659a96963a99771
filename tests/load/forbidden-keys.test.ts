import { afterEach, describe, expect, it } from 'vitest';
import { FORBIDDEN_KEYS, load } from '../../src/load/index.js';
import { where } from './helpers.js';

afterEach(() => {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

describe('load: forbidden keys', () => {
  it('lists the three keys', () => {
    expect([...FORBIDDEN_KEYS]).toEqual(['__proto__', 'constructor', 'prototype']);
  });

  it('drops __proto__ from JSON, reports it at the key and pollutes nothing', () => {
    const result = load('{"__proto__": {"polluted": 1}, "a": 1}', { filename: 'p.json' });
    expect(result.ok).toBe(false);
    expect(result.value).toEqual({ a: 1 });
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(Object.keys(result.value as object)).toEqual(['a']);
    expect(where(result.diagnostics)).toEqual(['schema/forbidden-key 1:2']);
    expect(result.diagnostics[0]).toMatchObject({ path: '/__proto__', endColumn: 13, file: 'p.json' });
  });

  it('drops __proto__ from YAML, reports it at the key and pollutes nothing', () => {
    const result = load('__proto__:\n  polluted: 1\na: 1\n', { filename: 'p.yaml' });
    expect(result.value).toEqual({ a: 1 });
    expect(Object.keys(result.value as object)).toEqual(['a']);
    expect(where(result.diagnostics)).toEqual(['schema/forbidden-key 1:1']);
    const flow = load('{"__proto__": {"polluted": 1}}', { format: 'yaml' });
    expect(flow.value).toEqual({});
    expect(where(flow.diagnostics)).toEqual(['schema/forbidden-key 1:2']);
  });

  it('finds constructor and prototype anywhere, in both formats', () => {
    const json = load('{"modules": [{"id": "a", "constructor": {"prototype": 1}}], "x": {"prototype": 2}}');
    expect(json.value).toEqual({ modules: [{ id: 'a' }], x: {} });
    expect(json.diagnostics.map((d) => `${d.path} ${d.line}:${d.column}`)).toEqual(['/modules/0/constructor 1:26', '/x/prototype 1:67']);
    const yaml = load('modules:\n  - id: a\n    constructor:\n      prototype: 1\nx: {prototype: 2}\n', { format: 'yaml' });
    expect(yaml.value).toEqual({ modules: [{ id: 'a' }], x: {} });
    expect(yaml.diagnostics.map((d) => `${d.path} ${d.line}:${d.column}`)).toEqual(['/modules/0/constructor 3:5', '/x/prototype 5:5']);
  });

  it('sees through escapes and aliases', () => {
    expect(where(load('{"\\u005f_proto__": {"polluted": 1}}').diagnostics)).toEqual(['schema/forbidden-key 1:2']);
    expect(where(load('"\\x5f_proto__": {polluted: 1}\n', { format: 'yaml' }).diagnostics)).toEqual(['schema/forbidden-key 1:1']);
    const joined = load('? "__pro\\\n  to__"\n: {polluted: 1}\nok: 1\n', { format: 'yaml' });
    expect(joined.value).toEqual({ ok: 1 });
    expect(where(joined.diagnostics)).toEqual(['schema/forbidden-key 1:3']);
    const alias = load('k: &k __proto__\nm: {*k : {polluted: 1}}\n', { format: 'yaml' });
    expect(alias.value).toEqual({ k: '__proto__', m: {} });
    expect(where(alias.diagnostics)).toEqual(['schema/forbidden-key 2:5']);
  });

  it('leaves the words alone as values', () => {
    const result = load('{"title": "constructor", "note": "__proto__"}');
    expect(result.ok).toBe(true);
    expect(result.value).toEqual({ title: 'constructor', note: '__proto__' });
  });
});
