import { describe, expect, it } from 'vitest';
import { detectFormat, load } from '../../src/load/index.js';

describe('detectFormat', () => {
  it('prefers the explicit format, then the extension, then the content', () => {
    expect(detectFormat('a: 1', { format: 'json', filename: 'x.yaml' })).toBe('json');
    expect(detectFormat('{"a": 1}', { filename: 'x.YAML' })).toBe('yaml');
    expect(detectFormat('{"a": 1}', { filename: 'dir.json/x.yml' })).toBe('yaml');
    expect(detectFormat('a: 1', { filename: 'x.Json' })).toBe('json');
    expect(detectFormat('  \n [1]')).toBe('json');
    expect(detectFormat('{"a": 1}', { filename: 'notes.txt' })).toBe('json');
    expect(detectFormat('kind: program')).toBe('yaml');
    expect(detectFormat('')).toBe('yaml');
  });

  it('is what load reports, with <input> as the default file name', () => {
    expect(load('[1]')).toMatchObject({ format: 'json', filename: '<input>' });
    expect(load('- 1', { filename: 'a.yml' })).toMatchObject({ format: 'yaml', filename: 'a.yml', value: [1] });
  });
});

describe('load: defensive', () => {
  it('never throws on odd arguments', () => {
    const odd = [undefined, null, 42, {}] as unknown as string[];
    for (const text of odd) expect(() => load(text)).not.toThrow();
    expect(() => load('a: 1', null as unknown as undefined)).not.toThrow();
    expect(load('a: 1', { maxBytes: Number.NaN, maxDepth: -1 }).ok).toBe(true);
  });

  it('reads an explicit null as a value, not as empty', () => {
    expect(load('~\n', { format: 'yaml' })).toMatchObject({ ok: true, value: null });
    expect(load('null', { format: 'json' })).toMatchObject({ ok: true, value: null });
  });

  it('rejects self-referencing aliases', () => {
    const result = load('a: &a [1, *a]\n', { format: 'yaml' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['syntax 1:11']);
  });
});
