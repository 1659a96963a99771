import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { load } from '../../src/load/index.js';
import { parseDocument, parseProgram } from '../../src/model/parse.js';
import { validate } from '../../src/validate/index.js';
import { numRuns } from '../setup/runs.js';

const PROGRAM = `kind: program
id: netzwerk
title: Netzwerkarbeit
hours: 40
internalNote: nur intern
modules:
  - { id: einstieg, title: Einstieg, hours: 16 }
  - { id: praxis, title: Praxis, hours: 16, requires: [einstig] }
`;

function brief(text: string, rules: Record<string, 'warn' | 'off'> = {}): string[] {
  return validate(parseDocument(text, { filename: 'p.yaml' }), { rules }).map((d) => `${d.line}:${d.column} ${d.code} ${d.severity}`);
}

describe('a document the schema rejects in part', () => {
  it('is still checked by every rule when only an unknown key is wrong', () => {
    expect(brief(PROGRAM)).toEqual([
      '4:8 hours/total error',
      '5:1 schema/unknown-key error',
      '8:56 refs/unresolved error',
    ]);
    // Lowering the schema code lowers only that code: the other errors still fail the run.
    expect(brief(PROGRAM, { schema: 'warn' })).toContain('4:8 hours/total error');
    expect(brief(PROGRAM, { 'schema/unknown-key': 'off' })).toEqual(['4:8 hours/total error', '8:56 refs/unresolved error']);
  });

  it('checks amounts too, and an unknown key inside a topic (a union of text and mapping)', () => {
    const text = PROGRAM.replace('hours: 16 }', 'hours: "2 2/7", topics: [{ title: Praxis, notiz: x }] }');
    const result = parseProgram(text);
    expect(result.ok).toBe(false);
    expect(result.value?.modules.map((m) => m.id)).toEqual(['einstieg', 'praxis']);
    const codes = brief(text).map((d) => d.split(' ')[1]);
    expect(codes).toEqual(expect.arrayContaining(['schema/unknown-key', 'duration/invalid', 'refs/unresolved']));
  });

  // Leaving such a key out would let its default speak for the text: a cancelled session would count as held.
  it.each([
    ['a session status', "kind: offering\nid: o\nprogram: p\nsessions:\n  - { date: 2027-01-06, status: abgesagt, modules: [a] }\n"],
    ['a module marked optional in German', PROGRAM.replace('title: Praxis,', 'title: Praxis, optional: ja,')],
    ['a unit the model does not know', PROGRAM.replace('hours: 40', 'unit: Zeitstunden\nhours: 40')],
    ['tracks written as a mapping', PROGRAM.replace('modules:', 'tracks: { leitung: [einstieg] }\nmodules:')],
  ])('is not checked when a known key has a value the schema rejects: %s', (_what, text) => {
    expect(parseDocument(text).value).toBeUndefined();
    expect(brief(text, { schema: 'warn' })).toContain('1:1 document/unchecked error');
  });

  it('is not checked when a required key or a list entry is wrong, and says so when that is not an error', () => {
    const noTitle = PROGRAM.replace('title: Netzwerkarbeit\n', '');
    expect(parseProgram(noTitle).value).toBeUndefined();
    const badEntry = PROGRAM.replace('  - { id: einstieg, title: Einstieg, hours: 16 }', '  - Einstieg');
    expect(parseProgram(badEntry).value).toBeUndefined();
    expect(brief(badEntry)).not.toContain('1:1 document/unchecked error');
    expect(brief(badEntry, { schema: 'warn' })).toContain('1:1 document/unchecked error');
    expect(brief(badEntry, { schema: 'off' })).toEqual(['1:1 document/unchecked error']);
    expect(brief(badEntry, { schema: 'off', 'document/unchecked': 'warn' })).toEqual(['1:1 document/unchecked warning']);
  });

  it('tells an offering of such a program that the program could not be read, not only that it is missing', () => {
    const program = parseDocument(PROGRAM.replace('internalNote: nur intern', 'language: DE'), { filename: 'p.yaml' });
    const offering = parseDocument('kind: offering\nid: o\nprogram: netzwerk\nsessions:\n  - { date: 2027-01-05, modules: [einstieg] }\n', {
      filename: 'o.yaml',
    });
    const note = validate([program, offering]).find((d) => d.file === 'o.yaml' && d.code === 'refs/unresolved');
    expect(note?.message).toContain('or its file could not be read');
    expect(note?.hint).toContain('fix the errors reported for that file');
  });

  it('does not change a load result passed in by the caller', () => {
    const loaded = load(PROGRAM);
    const before = JSON.stringify(loaded.value);
    const result = parseProgram(loaded);
    expect(result.value).toBeDefined();
    expect(JSON.stringify(loaded.value)).toBe(before);
    expect(result.value).not.toHaveProperty('internalNote');
  });

  it('keeps keys named like Object.prototype members as plain keys', () => {
    const loaded = { ...load(PROGRAM), value: JSON.parse('{"kind":"program","id":"p","title":"P","constructor":{"x":1},"toString":2}') as object };
    const result = parseProgram(loaded);
    expect(result.value).toEqual({ kind: 'program', id: 'p', title: 'P', unit: 'UE', language: 'de', modules: [] });
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });
});

// The invariant behind it: an unknown key anywhere changes nothing else the rules find.
describe('an unknown key added anywhere in the examples', () => {
  const dir = join(import.meta.dirname, '..', '..', 'examples');
  const files = readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((name) => ({ name, value: load(readFileSync(join(dir, name), 'utf8')).value }));

  function objects(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
    if (Array.isArray(value)) for (const item of value) objects(item, out);
    else if (typeof value === 'object' && value !== null) {
      out.push(value as Record<string, unknown>);
      for (const v of Object.values(value)) objects(v, out);
    }
    return out;
  }

  function findings(values: unknown[]): string[] {
    const results = values.map((value, i) => parseDocument(JSON.stringify(value), { filename: files[i]!.name, format: 'json' }));
    return validate(results)
      .filter((d) => d.code !== 'schema/unknown-key')
      .map((d) => `${d.file} ${d.code} ${d.severity} ${d.path} ${d.message}`);
  }

  const baseline = findings(files.map((f) => f.value));

  it('leaves every other finding as it was', () => {
    fc.assert(
      fc.property(fc.nat(files.length - 1), fc.nat(), fc.constantFrom('notiz', 'titel', 'dauer', 'x-intern'), (f, at, key) => {
        const values = files.map((file) => structuredClone(file.value));
        const targets = objects(values[f]);
        const target = targets[at % targets.length]!;
        if (Object.hasOwn(target, key)) return;
        target[key] = 'wert';
        const mutated = parseDocument(JSON.stringify(values[f]), { filename: files[f]!.name, format: 'json' });
        expect(validate(mutated).some((d) => d.code === 'schema/unknown-key')).toBe(true);
        expect(mutated.value).toEqual(parseDocument(JSON.stringify(files[f]!.value), { format: 'json' }).value);
        expect(findings(values)).toEqual(baseline);
      }),
      { numRuns: numRuns(50, 500) },
    );
  });
});
