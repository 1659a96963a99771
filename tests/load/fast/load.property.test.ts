import fc from 'fast-check';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { removeForbiddenKeys } from '../../../src/load/forbidden-keys.js';
import { load, type LoadResult } from '../../../src/load/index.js';
import { numRuns } from '../../setup/runs.js';
import { edited } from './arbitraries.js';

// load as a whole, fast paths and reference paths together: it never throws, every diagnostic is
// placed inside the text, and what it accepts is what JSON.parse and the yaml package give (less
// forbidden keys). Whether the scanner rejects exactly what JSON.parse rejects is
// json-scanner.test.ts's to check.

// Every property below asserts that load never throws; these check the rest of its contract.
function checkShape(result: LoadResult, text: string): void {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const d of result.diagnostics) {
    expect(d.file).toBe(result.filename);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lineCount);
    expect(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column)).toBe(true);
  }
  expect(result.ok).toBe(!result.diagnostics.some((d) => d.severity === 'error') && result.value !== undefined);
  const range = result.sourceMap.locate('/0/a/1');
  expect(range.line).toBeGreaterThanOrEqual(1);
}

function withoutForbiddenKeys(value: unknown): unknown {
  removeForbiddenKeys(value);
  return value;
}

function expectJsonRoundTrip(text: string): void {
  const result = load(text, { format: 'json' });
  checkShape(result, text);
  // load drops one leading byte order mark (editors on Windows write one); JSON.parse does not.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.message).not.toMatch(/^Could not read/);
    return;
  }
  if (result.ok) expect(result.value).toEqual(withoutForbiddenKeys(parsed));
  else expect(result.diagnostics.every((d) => d.code === 'schema/forbidden-key' || d.code === 'limit/depth')).toBe(true);
}

const program = {
  kind: 'program',
  id: 'ehrenamt-netzwerk',
  title: 'Ehrenamtliches Engagement – Grüße 😀',
  hours: 160,
  modules: [
    { id: 'einstieg', title: 'Einstieg', hours: 16, topics: ['Geschichte', { title: 'Praxis', hours: '2 2/3' }] },
    { id: 'planung', title: 'Planung "und" Aufbau', hours: 24, requires: ['einstieg'], optional: true },
  ],
};
const validJson = JSON.stringify(program, null, 2);
const validYaml = stringifyYaml(program);
const structural = fc.constantFrom('{', '}', '[', ']', ',', ':', '"', "'", '\\', '\n', ' ', '-', '#', '&a ', '*a', '|', '\t', '\uFEFF', 'ü', '😀', '__proto__', '---\n');

function mutate(text: string) {
  return edited(text, fc.oneof(fc.constant(''), structural, fc.string({ unit: 'binary', maxLength: 3 })));
}

describe('load: properties', () => {
  it('never throws on arbitrary strings, in either format', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        checkShape(load(text), text);
        checkShape(load(text, { format: 'yaml' }), text);
        expectJsonRoundTrip(text);
      }),
      { numRuns: numRuns(800, 20_000) },
    );
  });

  it('round-trips fc.json() through JSON and through YAML', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expectJsonRoundTrip(text);
        const value = JSON.parse(text) as unknown;
        const yamlText = stringifyYaml(value);
        const result = load(yamlText, { format: 'yaml' });
        checkShape(result, yamlText);
        if (result.ok) expect(result.value).toEqual(withoutForbiddenKeys(JSON.parse(text)));
        else expect(result.diagnostics.every((d) => d.code === 'schema/forbidden-key' || d.code === 'empty')).toBe(true);
      }),
      { numRuns: numRuns(400, 12_000) },
    );
  });

  it('agrees with yaml and JSON.parse on fc.anything()', () => {
    fc.assert(
      fc.property(fc.anything(), (thing) => {
        const json = JSON.stringify(thing);
        if (json !== undefined) expectJsonRoundTrip(json);
        const yamlText = stringifyYaml(thing) ?? '';
        const result = load(yamlText, { format: 'yaml' });
        checkShape(result, yamlText);
        if (result.ok) {
          const expected = withoutForbiddenKeys(parseYaml(yamlText) as unknown);
          expect(JSON.stringify(result.value)).toBe(JSON.stringify(expected));
        }
      }),
      { numRuns: numRuns(400, 12_000) },
    );
  });

  it('never throws on mutations of a valid document', () => {
    fc.assert(
      fc.property(mutate(validJson), (text) => {
        expectJsonRoundTrip(text);
        checkShape(load(text, { format: 'yaml' }), text);
      }),
      { numRuns: numRuns(300, 5_000) },
    );
    fc.assert(
      fc.property(mutate(validYaml), (text) => {
        const result = load(text, { format: 'yaml' });
        checkShape(result, text);
        if (result.ok) {
          let expected: unknown;
          try {
            expected = parseYaml(text, { version: '1.2', schema: 'core', uniqueKeys: true, logLevel: 'error' });
          } catch {
            return; // yaml refuses what we accepted only for reasons we report differently
          }
          expect(JSON.stringify(result.value)).toBe(JSON.stringify(withoutForbiddenKeys(expected)));
        }
      }),
      { numRuns: numRuns(300, 5_000) },
    );
  });
});
