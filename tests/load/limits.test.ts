import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, load } from '../../src/load/index.js';
import { jsonDepthExcess, yamlDepthExcess } from '../../src/load/fast/index.js';
import { MAX_YAML_ALIAS_VALUES, utf8ByteLength } from '../../src/load/limits.js';
import { where } from './helpers.js';

const DEEP = 100_000;

describe('load: size limit', () => {
  it('rejects 10 MB of text without parsing it', () => {
    const text = `{"a": "${'x'.repeat(10 * 1024 * 1024)}"}`;
    const result = load(text, { filename: 'big.json' });
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
    expect(where(result.diagnostics)).toEqual(['limit/size 1:1']);
    expect(result.diagnostics[0]?.message).toContain('8 MiB');
  });

  it('counts UTF-8 bytes, not characters', () => {
    const text = `a: ${'ü'.repeat(600)}\n`; // 603 characters, 1,204 bytes
    expect(where(load(text, { maxBytes: 1000 }).diagnostics)).toEqual(['limit/size 1:1']);
    expect(load(text, { maxBytes: 2000 }).ok).toBe(true);
    expect(utf8ByteLength('Grüße 😀')).toBe(12);
  });

  it('counts exactly the bytes TextEncoder writes, lone surrogates and all, and stops once past the limit', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', '\n', 'ü', 'ß', '€', '😀', '\ud800', '\udc00', '\u07ff', '\u0800', '\uffff'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }).map((units) => units.join('')), fc.nat(200), (text, limit) => {
        const bytes = new TextEncoder().encode(text).length;
        expect(utf8ByteLength(text)).toBe(bytes);
        // Past the limit the count may stop early, but never below the limit nor above the truth.
        const stopped = utf8ByteLength(text, limit);
        if (bytes <= limit) expect(stopped).toBe(bytes);
        else expect(stopped > limit && stopped <= bytes).toBe(true);
      }),
    );
  });

  it('has an 8 MiB default', () => {
    expect(DEFAULT_MAX_BYTES).toBe(8 * 1024 * 1024);
  });
});

describe('load: depth limit', () => {
  it(`rejects ${DEEP.toLocaleString('en')} nested JSON arrays at the first bracket too deep`, () => {
    const text = '['.repeat(DEEP) + ']'.repeat(DEEP);
    const result = load(text);
    expect(result.format).toBe('json');
    expect(where(result.diagnostics)).toEqual(['limit/depth 1:257']);
    expect(result.diagnostics[0]?.message).toBe('Nesting deeper than 256 levels');
  });

  it(`rejects ${DEEP.toLocaleString('en')} nested YAML flow sequences`, () => {
    const text = 'a:\n  b: ' + '['.repeat(DEEP) + ']'.repeat(DEEP) + '\n';
    const result = load(text, { format: 'yaml' });
    expect(where(result.diagnostics)).toEqual(['limit/depth 2:260']);
    expect(where(load('['.repeat(DEEP), { format: 'yaml' }).diagnostics)).toEqual(['limit/depth 1:257']);
  });

  it('rejects unclosed and mixed brackets too', () => {
    expect(where(load('{"a":'.repeat(DEEP)).diagnostics)).toEqual(['limit/depth 1:1281']);
    expect(where(load('{a: '.repeat(DEEP), { format: 'yaml' }).diagnostics)).toEqual(['limit/depth 1:1025']);
  });

  it('rejects deeply indented block YAML', () => {
    let text = '';
    for (let i = 0; i < 300; i++) text += `${' '.repeat(i * 2)}level${i}:\n`;
    expect(where(load(text, { format: 'yaml' }).diagnostics)).toEqual(['limit/depth 257:513']);
    let seq = '';
    for (let i = 0; i < 300; i++) seq += `${' '.repeat(i * 2)}-\n`;
    expect(where(load(seq, { format: 'yaml' }).diagnostics)).toEqual(['limit/depth 257:513']);
    expect(where(load('- '.repeat(DEEP) + 'x\n', { format: 'yaml' }).diagnostics)).toEqual(['limit/depth 1:513']);
  });

  it('accepts nesting up to the limit and honours maxDepth', () => {
    const ok = '['.repeat(256) + ']'.repeat(256);
    expect(load(ok).ok).toBe(true);
    expect(load(ok, { format: 'yaml' }).ok).toBe(true);
    expect(where(load('[[[1]]]', { maxDepth: 2 }).diagnostics)).toEqual(['limit/depth 1:3']);
  });

  it('does not count brackets inside strings, comments or block scalars', () => {
    const brackets = '['.repeat(1000);
    expect(jsonDepthExcess(`{"a": "${brackets}", "b": "\\"${brackets}"}`, 10)).toBe(-1);
    const yaml = `a: "${brackets}"\nb: '${brackets}'\nc: x${brackets}\n# ${brackets}\nd: |\n  ${brackets}\n  more\ne: ok\n`;
    expect(yamlDepthExcess(yaml, 10)).toBe(-1);
    expect(load(yaml, { format: 'yaml' }).ok).toBe(true);
  });
});

describe('load: YAML alias bombs', () => {
  it('stops a billion laughs at the first multiplying alias', () => {
    const lol = (name: string, inner: string) => `${name}: &${name} [${Array(9).fill(inner).join(', ')}]\n`;
    const text =
      lol('a', '"lol"') + lol('b', '*a') + lol('c', '*b') + lol('d', '*c') + lol('e', '*d') + lol('f', '*e') + lol('g', '*f') + lol('h', '*g') + lol('i', '*h');
    const result = load(text, { filename: 'bomb.yaml' });
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
    expect(where(result.diagnostics)).toEqual(['limit/aliases 3:8']);
  });

  it('accepts a small anchor reused in thousands of sessions', () => {
    for (const n of [100, 101, 2000]) {
      let text = 'sessions:\n  - {date: 2027-01-04, location: &ort "Hauptstr. 28", team: &team [{name: Daniela Noack, role: Moderation}]}\n';
      for (let i = 0; i < n; i++) text += '  - {date: 2027-01-04, location: *ort, team: *team}\n';
      const result = load(text, { format: 'yaml' });
      expect(result.diagnostics).toEqual([]);
      const sessions = (result.value as { sessions: { location: string; team: unknown[] }[] }).sessions;
      expect(sessions).toHaveLength(n + 1);
      expect(sessions[n]).toEqual({ date: '2027-01-04', location: 'Hauptstr. 28', team: [{ name: 'Daniela Noack', role: 'Moderation' }] });
    }
  });

  it('limits the values aliases add, not the number of aliases, and says the limit', () => {
    // An anchor of 1,000 values (the list and its 999 items) used 1,000 times adds exactly the limit.
    const anchor = `a: &a [${Array(999).fill('x').join(',')}]\ns: &s 1\n`;
    const uses = `b: [${Array(1000).fill('*a').join(', ')}]\n`;
    expect(MAX_YAML_ALIAS_VALUES).toBe(1_000_000);
    expect(load(anchor + uses, { format: 'yaml' }).diagnostics).toEqual([]);
    const over = load(`${anchor + uses}c: *s\n`, { format: 'yaml', filename: 'o.yaml' });
    expect(over.value).toBeUndefined();
    // Flat reuse has no multiplying alias: the place is the alias that crosses the limit.
    expect(where(over.diagnostics)).toEqual(['limit/aliases 4:4']);
    expect(over.diagnostics[0]?.message).toBe('Aliases expand to more than 1,000,000 values; this looks like an alias bomb');
  });
});
