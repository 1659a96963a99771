import fc from 'fast-check';
import { parse as parseYamlText } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toJson, toYaml } from '../../src/export/index.js';
import { parseOffering, parseProgram } from '../../src/model/parse.js';
import { offering, program, withSessions } from './fixtures.js';
import { numRuns } from '../setup/runs.js';


describe('toYaml and toJson', () => {
  it('write the offering with a stable key order, sessions last', () => {
    const yaml = toYaml(offering);
    expect(yaml.startsWith('kind: offering\nid: ehrenamt-netzwerk-2027\nprogram: ehrenamt-netzwerk\n')).toBe(true);
    expect(Object.keys(JSON.parse(toJson(offering)) as object).at(-1)).toBe('sessions');
    expect(Object.keys(JSON.parse(toJson(offering)) as object).slice(0, 3)).toEqual(['kind', 'id', 'program']);
    expect(yaml).toContain('  - id: auftakt\n    date: "2027-03-26"\n    time: 09:30-16:30\n');
    expect(toJson(program).startsWith('{\n  "kind": "program",\n  "id": "ehrenamt-netzwerk",\n  "title"')).toBe(true);
  });

  it('leave out the default session status and keep the others', () => {
    const sessions = (JSON.parse(toJson(offering)) as { sessions: { status?: string }[] }).sessions;
    expect(sessions.map((s) => s.status)).toEqual([undefined, undefined, undefined, undefined, 'cancelled', 'to-be-agreed', undefined]);
  });

  it('add the schema as a comment (YAML) or $schema (JSON)', () => {
    const url = 'https://unpkg.com/curricula/schema/offering.schema.json';
    expect(toYaml(offering, { schema: url }).split('\n')[0]).toBe(`# yaml-language-server: $schema=${url}`);
    expect(toJson(offering, { schema: url }).split('\n')[1]).toBe(`  "$schema": "${url}",`);
    expect(parseOffering(toJson(offering, { schema: url })).diagnostics).toEqual([]);
  });

  it('load back with no diagnostics and equal values', () => {
    for (const text of [toYaml(offering), toJson(offering)]) {
      const result = parseOffering(text);
      expect(result.diagnostics).toEqual([]);
      expect(result.value).toEqual(offering);
    }
    for (const text of [toYaml(program), toJson(program)]) {
      const result = parseProgram(text);
      expect(result.diagnostics).toEqual([]);
      expect(result.value).toEqual(program);
    }
  });

  it('quote strings YAML 1.1 readers would take for other types', () => {
    const o = withSessions([{ status: 'to-be-agreed', title: 'yes', note: '0123', reason: 'null', location: '1:20' }]);
    const yaml = toYaml(o);
    expect(yaml).toContain('title: "yes"');
    expect(yaml).toContain('note: "0123"');
    expect(parseYamlText(yaml, { version: '1.1' })).toEqual(parseYamlText(yaml));
    expect(parseOffering(yaml).value).toEqual(o);
  });

  it('are deterministic', () => {
    expect(toYaml(offering)).toBe(toYaml(offering));
    expect(toJson(offering)).toBe(toJson({ ...offering }));
  });

  it('round-trip arbitrary text fields through YAML (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }), (a, b) => {
        const o = withSessions([{ date: '2027-06-01', status: 'scheduled', title: a + b, note: b + a }]);
        const result = parseOffering(toYaml(o));
        expect(result.diagnostics).toEqual([]);
        expect(result.value).toEqual(o);
      }),
      { numRuns: numRuns(60, 600) },
    );
  });
});
