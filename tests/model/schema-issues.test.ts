import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { load } from '../../src/load/index.js';
import { offeringSchema } from '../../src/model/offering.js';
import { parseOffering, parseProgram } from '../../src/model/parse.js';
import { programSchema } from '../../src/model/program.js';
import { schemaProblems, sourceHints, type SchemaProblem } from '../../src/model/schema-issues.js';
import { renderFinding } from '../../src/messages/index.js';

/** A problem's message and hint in a language, as diagnostics show them. */
const rendered = (p: SchemaProblem, locale: 'en' | 'de') => renderFinding(p, locale);
import { numRuns } from '../setup/runs.js';

const program = (body: string) => `kind: program\nid: p\ntitle: P\n${body}`;
const offering = (body: string) => `kind: offering\nid: o\nprogram: p\n${body}`;
const shown = (r: { diagnostics: { code: string; path: string; message: string; hint?: string }[] }) =>
  r.diagnostics.map((d) => ({ code: d.code, path: d.path, message: d.message, hint: d.hint }));

describe('schema messages: a session module entry without hours', () => {
  it('reports the missing key, folded into the did-you-mean of a misspelt one', () => {
    expect(shown(parseOffering(offering('sessions:\n  - date: 2027-01-04\n    modules: [{module: a, hourz: 2}]\n')))).toEqual([
      { code: 'schema/unknown-key', path: '/sessions/0/modules/0/hourz', message: "Unknown key 'hourz'", hint: "Did you mean 'hours'?" },
    ]);
    const de = parseOffering(offering('sessions:\n  - date: 2027-01-04\n    modules: [{module: a}]\n'), { locale: 'de' });
    expect(shown(de)).toEqual([{ code: 'schema/missing', path: '/sessions/0/modules/0', message: "Pflichtschlüssel 'hours' fehlt", hint: undefined }]);
    expect(shown(parseOffering(offering('sessions:\n  - date: 2027-01-04\n    modules: [{module: a}]\n')))[0]?.message).toBe("Missing required key 'hours'");
  });
});

describe('schema messages: unknown keys in a union', () => {
  it('lists the keys of the member that does not know the key', () => {
    const r = parseProgram(program('admission: {team: [{role: hauptamtlich}, {role: ehrenamtlich}], count: 2}\n'));
    expect(shown(r)).toEqual([
      { code: 'schema/unknown-key', path: '/admission/count', message: "Unknown key 'count'", hint: 'Known keys here: team, description' },
    ]);
  });

  it('never lists the key it calls unknown', () => {
    const keys = ['role', 'count', 'description', 'team', 'completed', 'allOf', 'anyOf', 'text', 'rolle', 'x'];
    const value = fc.constantFrom<unknown>('hauptamtlich', 2, [], [{ role: 'a' }], 'p');
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), value, { minKeys: 1, maxKeys: 4 }), (admission) => {
        const r = parseProgram(JSON.stringify({ kind: 'program', id: 'p', title: 'P', admission }), { format: 'json' });
        for (const d of r.diagnostics.filter((x) => x.code === 'schema/unknown-key')) {
          const key = d.path.slice(d.path.lastIndexOf('/') + 1);
          const known = /^Known keys here: (.*)$/.exec(d.hint ?? '')?.[1]?.split(', ') ?? [];
          expect(known).not.toContain(key);
        }
      }),
      { numRuns: numRuns(300, 3_000) },
    );
  });
});

// What parse.ts does with a problem: locate it, then take its hint with the source text put in.
function locatedHints(text: string, format: 'yaml' | 'json' = 'yaml'): { path: string; hint: string | undefined }[] {
  const loaded = load(text, { format });
  const parsed = programSchema.safeParse(loaded.value);
  const problems = parsed.success ? [] : schemaProblems(programSchema, parsed.error.issues, loaded.value);
  const hintOf = sourceHints(loaded);
  return problems.map((p) => ({ path: p.path, hint: rendered(hintOf(p, loaded.sourceMap.locate(p.path, p.part)), 'en').hint }));
}

describe('schema messages: numbers where text is expected', () => {
  it('suggests quotes around the text as written, in English and German', () => {
    expect(shown(parseOffering(offering('planned: 2019\n')))).toEqual([
      { code: 'schema/type', path: '/planned', message: 'Expected a string, got a number', hint: "Write it in quotes: '2019'" },
    ]);
    expect(parseOffering(offering('planned: 2019\n'), { locale: 'de' }).diagnostics[0]?.hint).toBe("In Anführungszeichen schreiben: '2019'");
    const ids = parseProgram(program('modules:\n  - {id: 1, title: A, requires: [True]}\n'));
    expect(ids.diagnostics.map((d) => [d.path, d.hint])).toEqual([
      ['/modules/0/id', "Write it in quotes: '1'"],
      ['/modules/0/requires/0', "Write it in quotes: 'True'"],
    ]);
    expect(shown(parseOffering(offering('sessions:\n  - date: 2027-01-04\n    modules: [7]\n')))[0]?.hint).toBe("Write it in quotes: '7'");
  });

  it('quotes 0815, 1.10 and 1e3 as written, not as the numbers they read as', () => {
    const text = program('modules:\n  - id: 0815\n    title: 1.10\n  - id: m2\n    title: 1e3\n');
    const expected = [
      ['/modules/0/id', "Write it in quotes: '0815'"],
      ['/modules/0/title', "Write it in quotes: '1.10'"],
      ['/modules/1/title', "Write it in quotes: '1e3'"],
    ];
    expect(parseProgram(text).diagnostics.map((d) => [d.path, d.hint])).toEqual(expected);
    expect(locatedHints(text).map((h) => [h.path, h.hint])).toEqual(expected);
    expect(locatedHints('{"kind": "program", "id": "p", "title": 1.10}', 'json')).toEqual([{ path: '/title', hint: 'Write it in quotes: "1.10"' }]);
  });

  it('without the source, or where the source is no plain number, gives the rule and an example, never a changed text', () => {
    const value = { kind: 'program', id: 'p', title: 1.1, modules: [{ id: 815, title: 1000 }] };
    const parsed = programSchema.safeParse(value);
    const problems = parsed.success ? [] : schemaProblems(programSchema, parsed.error.issues, value);
    const generic = 'Write it in quotes, exactly as you mean it, e.g. "0815" (unquoted, 0815 is the number 815)';
    expect(problems.map((p) => rendered(p, 'en').hint)).toEqual([generic, generic, generic]);
    expect(problems.map((p) => rendered(p, 'de').hint)).toEqual(Array(3).fill('In Anführungszeichen schreiben, genau wie gemeint, z. B. "0815" (ohne sie ist 0815 die Zahl 815)'));
    // An alias is not the text to quote.
    expect(locatedHints(program('x: &t 1.10\nmodules:\n  - {id: m, title: *t}\n')).filter((h) => h.path === '/modules/0/title')).toEqual([
      { path: '/modules/0/title', hint: generic },
    ]);
  });
});

describe('schema messages: text with a colon that YAML read as a mapping', () => {
  it('says so for a topic and a goal instead of a missing title', () => {
    const text = program('goals:\n  - Ziel: Netzwerke aufbauen\nmodules:\n  - id: m1\n    title: Modul I\n    topics:\n      - Engagement und Engagement-Konzepte: Definition, Prozess\n');
    expect(shown(parseProgram(text))).toEqual([
      {
        code: 'schema/type',
        path: '/goals/0',
        message: "This looks like text with a colon: YAML read 'Ziel' as a key",
        hint: 'Put the whole text in quotes: "Ziel: Netzwerke aufbauen"',
      },
      {
        code: 'schema/type',
        path: '/modules/0/topics/0',
        message: "This looks like text with a colon: YAML read 'Engagement und Engagement-Konzepte' as a key",
        hint: 'Put the whole text in quotes: "Engagement und Engagement-Konzepte: Definition, Prozess"',
      },
    ]);
    // In a topic, which may be a mapping, one word before the colon is as likely a misspelt key.
    expect(parseProgram(program('modules:\n  - {id: m, title: M, topics: [{titel: Text}]}\n')).diagnostics[0]?.hint).toBe("Did you mean 'title'?");
    const de = parseProgram(program('goals:\n  - Ein Ziel: Netzwerke aufbauen\n'), { locale: 'de' });
    expect(de.diagnostics.map((d) => d.hint)).toEqual(['Den ganzen Text in Anführungszeichen setzen: "Ein Ziel: Netzwerke aufbauen"']);
  });

  it('quotes text with a colon and a number after it as written', () => {
    const text = program('goals:\n  - Kapitel 1: 1.10\n');
    expect(parseProgram(text).diagnostics.map((d) => d.hint)).toEqual(['Put the whole text in quotes: "Kapitel 1: 1.10"']);
    expect(locatedHints(text)).toEqual([{ path: '/goals/0', hint: 'Put the whole text in quotes: "Kapitel 1: 1.10"' }]);
    const value = { kind: 'program', id: 'p', title: 'P', goals: [{ 'Kapitel 1': 1.1 }] };
    const parsed = programSchema.safeParse(value);
    const problems = parsed.success ? [] : schemaProblems(programSchema, parsed.error.issues, value);
    expect(problems.map((p) => rendered(p, 'en').hint)).toEqual(['Put the whole text in quotes, exactly as you mean it']);
  });
});

describe('schema messages: German', () => {
  it('has German wording for patterns, multiples and refinements', () => {
    const body = 'language: Deutsch\ncost: {amount: 3, currency: euro}\nmodules:\n  - {id: a, title: A, days: 0.3, sessions: {min: 3, max: 1}}\n';
    const en = parseProgram(program(body));
    const de = parseProgram(program(body), { locale: 'de' });
    expect(en.diagnostics.map((d) => d.message)).toEqual([
      'Write a language code like de or en-GB',
      'Write a three-letter currency code like EUR',
      'Must be a whole or half number (a multiple of 0.5)',
      '`min` is larger than `max`',
    ]);
    expect(de.diagnostics.map((d) => d.message)).toEqual([
      'Einen Sprachcode wie de oder en-GB schreiben',
      'Einen dreibuchstabigen Währungscode wie EUR schreiben',
      'Muss eine ganze oder halbe Zahl sein (ein Vielfaches von 0,5)',
      '`min` ist größer als `max`',
    ]);
  });

  // Every schema problem across mutated example documents has a German
  // message and hint of its own, not the English one (or zod's) passed through.
  it('never falls back to English on mutated examples', () => {
    const examples = readdirSync(new URL('../../examples/', import.meta.url))
      .filter((f) => /\.(yaml|json)$/.test(f))
      .map((f) => load(readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8'), { filename: f }).value);
    const leaves = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
      value !== null && typeof value === 'object'
        ? [path, ...Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k]))]
        : [path];
    const bad = fc.constantFrom<unknown>(0.3, -1, 2019, true, '', 'x y', 'Deutsch', null, [], {}, { zz: 1 }, { 'Teil eins': 'Text' }, [{}], '16:30-09:30', '2027-02-30');
    // Values for keys the schemas know, set into whatever object the mutation picked.
    const known = fc.constantFrom<[string, unknown]>(
      ['days', 0.3],
      ['sessions', { min: 3, max: 1 }],
      ['groupSize', { min: 3, max: 1 }],
      ['language', 'Deutsch'],
      ['cost', { amount: 1, currency: 'euro' }],
      ['planned', 2019],
      ['status', 'later'],
      ['hours', {}],
      ['timeZone', 'Mars/Base'],
      ['date', '2027-02-30'],
      ['time', '23:00-24:30'],
      ['id', 'ä b'],
      ['admission', { team: [], count: 2 }],
    );
    const english = /\b(Expected|expected|Invalid|invalid|must|Must|should|larger|multiple|pattern|string|number|Unknown|Missing|Write|Did you)\b/;
    fc.assert(
      fc.property(fc.nat(), fc.nat(), bad, fc.constantFrom('replace', 'add', 'known'), known, (which, where, replacement, how, [key, value]) => {
        const doc = structuredClone(examples[which % examples.length]) as Record<string, unknown>;
        const paths = leaves(doc).filter((p) => p.length > 0);
        const path = paths[where % paths.length]!;
        let parent: Record<string | number, unknown> = doc;
        for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
        if (how === 'known' && !Array.isArray(parent)) parent[key] = value;
        else if (how === 'add' && !Array.isArray(parent)) parent['extra key'] = replacement;
        else parent[path[path.length - 1]!] = replacement;
        const schema = doc['kind'] === 'offering' ? offeringSchema : programSchema;
        const parsed = schema.safeParse(doc);
        if (parsed.success) return;
        for (const problem of schemaProblems(schema, parsed.error.issues, doc)) {
          const en = rendered(problem, 'en');
          const de = rendered(problem, 'de');
          for (const [english_, german_] of [[en.message, de.message], [en.hint, de.hint]] as const) {
            if (english_ === undefined || german_ === undefined) continue;
            // Quoted values and the list of known keys are the document's own words, not the message's.
            const german = german_.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '').replace(/Bekannte Schlüssel hier: .*$/, '');
            expect(german_, english_).not.toBe(english_);
            // The generic wording for a zod issue we do not know: each of ours has its own message.
            expect(german_, english_).not.toBe('Ungültiger Wert');
            expect(german, german_).not.toMatch(english);
          }
        }
      }),
      { numRuns: numRuns(300, 3_000) },
    );
  });
});
