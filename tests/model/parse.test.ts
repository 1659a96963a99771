import { describe, expect, it } from 'vitest';
import { load } from '../../src/load/index.js';
import { parseDocument, parseOffering, parseProgram } from '../../src/model/parse.js';

const program = (body: string) => `kind: program\nid: p\ntitle: P\n${body}`;

function only(result: { diagnostics: { code: string; line: number; column: number; hint?: string; message: string }[] }) {
  expect(result.diagnostics).toHaveLength(1);
  return result.diagnostics[0]!;
}

describe('parseProgram', () => {
  it('accepts a minimal program and applies defaults', () => {
    const r = parseProgram(program(''));
    expect(r.ok).toBe(true);
    expect(r.value).toMatchObject({ unit: 'UE', language: 'de', modules: [] });
    expect(r.diagnostics).toEqual([]);
  });

  it('reports an unknown key at the key with a did-you-mean', () => {
    const d = only(parseProgram(program('modules:\n  - id: a\n    titel: A\n')));
    expect(d).toMatchObject({ code: 'schema/unknown-key', path: '/modules/0/titel', line: 6, column: 5, hint: "Did you mean 'title'?" });
  });

  it('reports the missing key of a module once, at the module', () => {
    const r = parseProgram(program('modules:\n  - id: a\n    titel: A\n'));
    expect(r.ok).toBe(false);
    expect(r.value).toBeUndefined();
    // the missing title is reported too, on the module that lacks it
    const all = r.diagnostics.map((d) => d.code);
    expect(all).toContain('schema/unknown-key');
  });

  it('reports a wrong type where the value is', () => {
    const d = only(parseProgram(program('modules:\n  - id: a\n    title: A\n    optional: "yes"\n')));
    expect(d).toMatchObject({ code: 'schema/type', path: '/modules/0/optional', line: 7, column: 15 });
    expect(d.message).toBe('Expected true or false, got a string');
  });

  it('suggests the closest allowed value', () => {
    const d = only(parseProgram(program('unit: Ue\n')));
    expect(d).toMatchObject({ code: 'schema/value', path: '/unit', line: 4, column: 7, hint: "Did you mean 'UE'?" });
  });

  it('reports an hours string that is not a whole number of minutes as duration/invalid, keeping the value', () => {
    const r = parseProgram(program('modules:\n  - id: a\n    title: A\n    hours: "1/7"\n'));
    expect(r.ok).toBe(false);
    expect(r.value?.modules[0]?.id).toBe('a');
    expect(only(r)).toMatchObject({ code: 'duration/invalid', path: '/modules/0/hours', line: 7, column: 12 });
  });

  it('picks the admission form the author meant', () => {
    const d = only(parseProgram(program('admission:\n  team:\n    - rol: Fachkraft\n')));
    expect(d).toMatchObject({ code: 'schema/unknown-key', line: 6, column: 7, hint: "Did you mean 'role'?" });
  });

  it('rejects an offering given where a program is expected', () => {
    const d = only(parseProgram('kind: offering\nid: o\nprogram: p\n'));
    expect(d).toMatchObject({ code: 'schema/value', path: '/kind', line: 1, column: 7 });
  });

  it('locates in German', () => {
    const d = only(parseProgram(program('titel: X\n'), { locale: 'de' }));
    expect(d.message).toBe("Unbekannter Schlüssel 'titel'");
  });
});

describe('parseOffering', () => {
  const offering = (sessions: string) => `kind: offering\nid: o\nprogram: p\nsessions:\n${sessions}`;

  it('rejects an impossible date at the date', () => {
    const d = only(parseOffering(offering('  - date: 2014-02-30\n')));
    expect(d).toMatchObject({ code: 'date/invalid', path: '/sessions/0/date', line: 5, column: 11 });
  });

  it('reports a German-style date once, as a format problem', () => {
    const d = only(parseOffering(offering('  - date: 29.01.2027\n')));
    expect(d).toMatchObject({ code: 'schema/format', path: '/sessions/0/date', line: 5, column: 11 });
  });

  it('rejects a reversed time window', () => {
    const d = only(parseOffering(offering('  - date: 2027-01-29\n    time: "16:30-09:30"\n')));
    expect(d).toMatchObject({ code: 'time/reversed', path: '/sessions/0/time', line: 6, column: 11 });
  });

  it('rejects an unknown IANA time zone', () => {
    const d = only(parseOffering('kind: offering\nid: o\nprogram: p\ntimeZone: Europe/Berlinn\n'));
    expect(d).toMatchObject({ code: 'time-zone/unknown', path: '/timeZone', line: 4, column: 11 });
  });

  it('wants a date on a scheduled session, not on a to-be-agreed one', () => {
    expect(only(parseOffering(offering('  - time: "09:00-12:00"\n')))).toMatchObject({ code: 'schema/missing', path: '/sessions/0/date' });
    expect(parseOffering(offering('  - status: to-be-agreed\n')).ok).toBe(true);
  });

  it('reads JSON with the same locations', () => {
    const d = only(parseOffering('{\n  "kind": "offering",\n  "id": "o",\n  "program": "p",\n  "timezone": "UTC"\n}', { filename: 'o.json' }));
    expect(d).toMatchObject({ code: 'schema/unknown-key', line: 5, column: 3, hint: "Did you mean 'timeZone'?", file: 'o.json' });
  });
});

describe('parseDocument', () => {
  it('dispatches on kind', () => {
    expect(parseDocument(program('')).value?.kind).toBe('program');
    expect(parseDocument('kind: offering\nid: o\nprogram: p\n').value?.kind).toBe('offering');
  });

  it('names both kinds when kind is missing or misspelt', () => {
    expect(only(parseDocument('id: x\n'))).toMatchObject({ code: 'schema/missing', line: 1, column: 1 });
    expect(only(parseDocument('kind: programm\n'))).toMatchObject({ code: 'schema/value', hint: "Did you mean 'program'?" });
  });

  it('says what a document is when it is not a mapping', () => {
    expect(only(parseDocument('- a\n- b\n'))).toMatchObject({ code: 'schema/type', line: 1, column: 1 });
  });

  it('passes loader diagnostics through without a schema pass', () => {
    const r = parseDocument('kind: [program\n', { filename: 'x.yaml' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.every((d) => d.file === 'x.yaml')).toBe(true);
    expect(r.diagnostics[0]?.code).toBe('syntax');
  });

  it('never shares objects with a loaded value the caller passed in', () => {
    const text = '{"kind": "program", "id": "p", "title": "P", "unit": "UE", "language": "de", "modules": [{"id": "m", "title": "M"}]}';
    const loaded = load(text, { filename: 'p.json' });
    const parsed = parseDocument(loaded);
    const loadedModules = (loaded.value as { modules: object[] }).modules;
    expect(parsed.value).toEqual(loaded.value);
    expect(parsed.value).not.toBe(loaded.value);
    expect(parsed.value?.kind === 'program' && parsed.value.modules[0]).not.toBe(loadedModules[0]);
  });
});
