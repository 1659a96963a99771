import { describe, expect, it } from 'vitest';
import { CurriculaUsageError } from '../../src/core/errors.js';
import type { SourceMap } from '../../src/load/index.js';
import { moduleTree, type ModuleTree } from '../../src/model/module-tree.js';
import type { CurriculumDocument, ParseResult } from '../../src/model/parse.js';
import type { Program } from '../../src/model/program.js';
import { parseDocument } from '../../src/model/parse.js';
import { builtinRules, defineRule, validate, type Rule } from '../../src/validate/index.js';
import { DIAGNOSTIC_CODES, type CodeInfo, type DiagnosticCode } from '../../src/messages/index.js';

const pick = ({ severity, description }: CodeInfo) => ({ severity, description });
import { builtinRuleDocs } from '../../src/validate/rule-docs.js';
import { brief, parseSnippet, validateSnippet } from './helpers.js';

const PROGRAM = `kind: program
id: netzwerk
title: Netzwerkarbeit
unit: h
hours: 134
titel: Tippfehler
modules:
  - { id: a, title: A, hours: 45 }
  - { id: b, title: B, hours: 45, requires: [c] }
  - { id: c, title: C, hours: 45, requires: [b] }
`;

const OFFERING = `kind: offering
id: netzwerk-2027
program: netzwerk
state: BW
sessions:
  - { date: 2027-01-06, time: "09:00-16:00", modules: [a, b, c] }
  - { status: to-be-agreed }
`;

function set(): ParseResult<CurriculumDocument>[] {
  return [
    parseDocument(OFFERING, { filename: 'offering.yaml' }),
    parseDocument(PROGRAM.replace('titel: Tippfehler\n', ''), { filename: 'program.yaml' }),
  ];
}

describe('validate', () => {
  it('finds every problem across files at once, sorted by file, line and column', () => {
    const diagnostics = validate(set());
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.severity}`)).toEqual([
      // The dated session has no id: its calendar event is known by its position.
      'offering.yaml:5:1 offering/session-ids info',
      'offering.yaml:6:13 offering/holiday warning',
      // 7 h shared by three modules of 45 h each: each falls short.
      'offering.yaml:6:56 offering/coverage error',
      'offering.yaml:6:59 offering/coverage error',
      'offering.yaml:6:62 offering/coverage error',
      'offering.yaml:7:15 offering/to-be-agreed info',
      'program.yaml:5:8 hours/total error',
      'program.yaml:8:46 prerequisites/cycle error',
    ]);
    expect(diagnostics.find((d) => d.code === 'hours/total')?.message).toBe(
      'Declared 134 h, but the required modules add up to 135 h',
    );
    expect(diagnostics.find((d) => d.code === 'prerequisites/cycle')?.message).toBe(
      'Prerequisites form a cycle: b → c → b',
    );
  });

  it('accepts a single parse result and keeps its load and schema diagnostics, with the file name', () => {
    const diagnostics = validate(parseDocument(PROGRAM, { filename: 'p.yaml' }));
    // The unknown key does not hide the rest of the program from the rules.
    expect(diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['p.yaml hours/total', 'p.yaml schema/unknown-key', 'p.yaml prerequisites/cycle']);
  });

  it('runs rules on every document whose value the schema accepted, even next to a broken file', () => {
    const broken = parseDocument('kind: program\nid: [\n', { filename: 'a-broken.yaml' });
    const diagnostics = validate([broken, ...set()]);
    expect(diagnostics[0]?.code).toBe('syntax');
    expect(diagnostics.some((d) => d.code === 'hours/total')).toBe(true);
  });

  it('never returns duplicates, even when a document is passed twice', () => {
    const [offering, program] = set();
    const once = validate([offering!, program!]);
    const twice = validate([offering!, program!, offering!]);
    // The second copy is a real duplicate id; everything else appears once.
    expect(twice.filter((d) => d.code !== 'ids/duplicate')).toEqual(once);
    expect(brief(twice.filter((d) => d.code === 'ids/duplicate'))).toEqual(['ids/duplicate error 2:5']);
  });

  it('writes messages in German with locale de', () => {
    const diagnostics = validate(set(), { locale: 'de' });
    expect(diagnostics.find((d) => d.code === 'hours/total')?.message).toBe(
      'Angegeben sind 134 Std., die Pflichtmodule ergeben zusammen 135 Std.',
    );
    expect(diagnostics.find((d) => d.code === 'offering/to-be-agreed')?.message).toBe('Termin 2 ist noch abzustimmen');
  });
});

describe('the rules option', () => {
  const codes = (options: Parameters<typeof validate>[1]) =>
    validate([...set(), parseDocument(PROGRAM.replace('id: netzwerk', 'id: other'), { filename: 'z.yaml' })], options).map(
      (d) => `${d.code} ${d.severity}`,
    );

  it('switches a rule off by its id, also a loader or schema code', () => {
    const all = codes({});
    expect(all).toContain('schema/unknown-key error');
    const some = codes({ rules: { 'schema/unknown-key': 'off', 'offering/holiday': 'off' } });
    expect(some).not.toContain('schema/unknown-key error');
    expect(some.some((c) => c.startsWith('offering/holiday'))).toBe(false);
    expect(some).toContain('offering/coverage error');
  });

  it('configures a whole area by its prefix, or prefix/*; the exact id wins', () => {
    expect(codes({ rules: { offering: 'off' } }).some((c) => c.startsWith('offering/'))).toBe(false);
    expect(codes({ rules: { 'offering/*': 'off' } }).some((c) => c.startsWith('offering/'))).toBe(false);
    const mixed = codes({ rules: { offering: 'off', 'offering/coverage': 'warn' } });
    expect(new Set(mixed.filter((c) => c.startsWith('offering/')))).toEqual(new Set(['offering/coverage warning']));
  });

  it('changes severities: warn and warning are the same, info is allowed', () => {
    expect(codes({ rules: { 'hours/total': 'warn' } })).toContain('hours/total warning');
    expect(codes({ rules: { 'hours/total': 'warning' } })).toContain('hours/total warning');
    expect(codes({ rules: { schema: 'info' } })).toContain('schema/unknown-key info');
    expect(codes({ rules: { 'offering/to-be-agreed': 'error' } })).toContain('offering/to-be-agreed error');
  });

  it('reports unknown rule ids with a did-you-mean and bad settings, instead of ignoring them', () => {
    const diagnostics = validate(set(), { rules: { 'hours/totl': 'off', 'hours/nested': 'maybe' as 'off' } });
    const config = diagnostics.filter((d) => d.code.startsWith('config/'));
    expect(config.map((d) => `${d.file} ${d.code} ${d.severity} ${d.hint ?? ''}`)).toEqual([
      '<options> config/invalid-setting error ',
      '<options> config/unknown-rule warning did you mean "hours/total"?',
    ]);
  });
});

describe('options', () => {
  it('creditHours sets the accepted workload per credit', () => {
    const text = 'kind: program\nid: x\ntitle: X\nunit: h\nhours: 100\ncredits: 5\n';
    expect(brief(validateSnippet(text))).toEqual(['credits/workload warning 6:10']);
    expect(validateSnippet(text, { creditHours: { min: 20, max: 30 } })).toEqual([]);
    // A nonsensical range is reported and falls back to the default rather than silencing the rule.
    expect(brief(validateSnippet(text, { creditHours: { min: 30, max: 20 } }))).toEqual([
      'config/invalid-setting error 1:1',
      'credits/workload warning 6:10',
    ]);
  });

  it('state checks holidays for offerings that name no state', () => {
    const text = 'kind: offering\nid: o\nprogram: p\nsessions:\n  - date: 2027-10-31\n  - date: 2027-11-01\n';
    const codes = (state?: 'BW' | 'NI') =>
      validateSnippet(text, state ? { state } : {})
        .filter((d) => d.code === 'offering/holiday')
        .map((d) => d.message);
    expect(codes()).toEqual([]);
    expect(codes('NI')).toEqual(['2027-10-31 is a public holiday in Niedersachsen (Reformation Day)']);
    expect(codes('BW')).toEqual(["2027-11-01 is a public holiday in Baden-Württemberg (All Saints' Day)"]);
  });
});

describe('offering/holiday with a region', () => {
  const text = (region: string) =>
    `kind: offering\nid: o\nprogram: p\nstate: BY\nregion: ${region}\nsessions:\n  - date: 2027-08-08\n  - date: 2027-08-15\n`;
  const messages = (region: string) =>
    validateSnippet(text(region))
      .filter((d) => d.code === 'offering/holiday')
      .map((d) => d.message);

  it('uses the region when the calendar knows it', () => {
    expect(messages('A')).toEqual([
      '2027-08-08 is a public holiday in Bayern, region A (Augsburg Peace Festival)',
      '2027-08-15 is a public holiday in Bayern, region A (Assumption)',
    ]);
  });

  it('falls back to the state when it does not', () => {
    const diagnostics = validateSnippet(text('Atlantis').replace('2027-08-08', '2027-01-06'));
    expect(diagnostics.filter((d) => d.code === 'offering/holiday').map((d) => d.message)).toEqual([
      '2027-01-06 is a public holiday in Bayern (Epiphany)',
    ]);
    expect(diagnostics.filter((d) => d.code === 'internal/rule-error')).toEqual([]);
  });
});

describe('custom rules', () => {
  const titleCase = defineRule({
    meta: {
      id: 'house/title-case',
      severity: 'warning',
      description: 'Module titles start with a capital letter.',
      messages: {
        lowerCase: { en: '{title:quote} starts lower-case', de: '{title:quote} beginnt klein' },
        budget: 'budget {budget:duration}',
      },
      docs: { why: 'House style.', invalid: '', valid: '' },
    },
    check(ctx) {
      for (const doc of ctx.programDocuments) {
        doc.value.modules.forEach((m, i) => {
          if (/^\p{Ll}/u.test(m.title)) {
            ctx.report({
              document: doc,
              path: `/modules/${i}/title`,
              messageId: 'lowerCase',
              hintId: 'budget',
              data: { title: m.title, budget: { minutes: 90, unit: 'UE' } },
            });
          }
        });
      }
    },
  });
  const text = 'kind: program\nid: x\ntitle: X\nmodules:\n  - id: a\n    title: einstieg\n';

  it('run through extraRules, located and configurable like built-in ones', () => {
    const [d] = validateSnippet(text, { extraRules: [titleCase] });
    expect(d).toMatchObject({
      file: 'snippet-1.yaml',
      code: 'house/title-case',
      severity: 'warning',
      line: 6,
      column: 12,
      path: '/modules/0/title',
      message: '"einstieg" starts lower-case',
      hint: 'budget 2 UE',
    });
    expect(validateSnippet(text, { extraRules: [titleCase], locale: 'de' })[0]?.message).toBe('„einstieg“ beginnt klein');
    expect(validateSnippet(text, { extraRules: [titleCase], rules: { house: 'off' } })).toEqual([]);
    expect(validateSnippet(text, { extraRules: [titleCase], rules: { 'house/title-case': 'error' } })[0]?.severity).toBe('error');
  });

  it('may not reuse a built-in id (a programmer error, thrown)', () => {
    const clash: Rule = { meta: { ...titleCase.meta, id: 'hours/total' }, check() {} };
    expect(() => validateSnippet(text, { extraRules: [clash] })).toThrow(CurriculaUsageError);
  });

  it('that crash become a diagnostic; other rules still report', () => {
    const crash: Rule = { meta: { ...titleCase.meta, id: 'house/crash' }, check() { throw new Error('boom'); } };
    const diagnostics = validateSnippet(`${text}hours: 1\n`.replace('hours: 1\n', ''), { extraRules: [crash, titleCase] });
    expect(diagnostics.map((d) => d.code)).toEqual(['internal/rule-error', 'house/title-case']);
    expect(diagnostics[0]?.message).toBe('Rule house/crash failed: boom');
  });
});

describe('what the rules of one call share', () => {
  const text = 'kind: program\nid: x\ntitle: X\nmodules:\n  - { id: a, title: A, hours: 2 }\n';
  const ruleSeeing = (id: string, seen: unknown[]): Rule =>
    defineRule({
      meta: { id, severity: 'info', description: 'Records what it is given.' },
      check(ctx) {
        for (const doc of ctx.programDocuments) seen.push(ctx.tree(doc.value), ctx.memo(countModules, doc));
      },
    });
  let computed = 0;
  const countModules = (doc: { value: { modules: readonly unknown[] } }): { count: number } => {
    computed++;
    return { count: doc.value.modules.length };
  };

  it('is one module tree and one memoised result per program and call, made afresh in the next call', () => {
    const seen: unknown[] = [];
    const results = parseSnippet(text);
    computed = 0;
    validate(results, { extraRules: [ruleSeeing('house/one', seen), ruleSeeing('house/two', seen)] });
    const [tree, memo, tree2, memo2] = seen as [ModuleTree, { count: number }, ModuleTree, { count: number }];
    expect(tree2).toBe(tree);
    expect(memo2).toBe(memo);
    expect(memo).toEqual({ count: 1 });
    expect(computed).toBe(1);
    // The same answer as outside validate(), from a tree of its own.
    expect(tree.modules.map((n) => [n.pointer, n.minutes])).toEqual(moduleTree(results[0]!.value as Program).modules.map((n) => [n.pointer, n.minutes]));

    validate(results, { extraRules: [ruleSeeing('house/one', seen)] });
    expect(seen[4]).not.toBe(tree);
    expect(seen[5]).not.toBe(memo);
    expect(computed).toBe(2);
  });

  it('counts a module whose hours do not parse as unknown: no guessed sum next to duration/invalid', () => {
    const program = `kind: program
id: p
title: P
modules:
  - id: a
    title: A
    hours: 16
    modules:
      - id: b
        title: B
        hours: abc
        modules:
          - { id: c, title: C, hours: 8 }
          - { id: d, title: D, hours: 4 }
`;
    expect(validateSnippet(program).map((d) => `${d.code} ${d.path}`)).toEqual(['duration/invalid /modules/0/modules/0/hours']);
    expect(validateSnippet(program.replace('abc', '12')).map((d) => `${d.code} ${d.path}`)).toEqual([
      'hours/nested /modules/0/hours',
    ]);
  });
});

describe('documents built in code', () => {
  const sourceMap: SourceMap = { locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) };
  const result = (value: CurriculumDocument): ParseResult<CurriculumDocument> => ({
    ok: true,
    file: 'code.json',
    value,
    diagnostics: [],
    sourceMap,
  });

  it('get reversed and empty windows reported, which parsed files never have', () => {
    const diagnostics = validate(
      result({
        kind: 'offering',
        id: 'o',
        program: 'p',
        timeZone: 'Europe/Berlin',
        unit: 'UE',
        sessions: [
          { date: '2027-01-28', time: '16:30-09:30', status: 'scheduled' },
          { date: '2027-01-29', time: '09:30-09:30', status: 'scheduled' },
          { date: '2027-01-30', time: '09:30-16:30', breaks: ['13:30-12:30'], status: 'scheduled' },
        ],
      }),
    );
    expect(diagnostics.filter((d) => d.code === 'offering/time-window').map((d) => `${d.path} ${d.message}`).sort()).toEqual([
      '/sessions/0/time Time window 16:30-09:30 ends before it starts',
      '/sessions/1/time Time window 09:30-09:30 is empty',
      '/sessions/2/breaks/0 Break 13:30-12:30 ends before it starts',
    ]);
  });

  it('do not make validate throw when a value is not a document', () => {
    const odd = [
      { ok: false, file: 'x', value: undefined, diagnostics: [], sourceMap },
      { ok: false, file: 'y', value: 42, diagnostics: [], sourceMap },
      { ok: false, file: 'z', value: { kind: 'offering', id: 'o', program: 'p' }, diagnostics: [], sourceMap },
      { ok: false, file: 'w', value: { kind: 'program', id: 'p', modules: 'none' }, diagnostics: [], sourceMap },
    ] as unknown as ParseResult<CurriculumDocument>[];
    expect(() => validate(odd)).not.toThrow();
  });
});

describe('builtinRules', () => {
  it('have their meta from the code registry, and ids that are the codes they report', () => {
    for (const rule of builtinRules) {
      expect(rule.meta).toEqual({ id: rule.meta.id, ...pick(DIAGNOSTIC_CODES[rule.meta.id as DiagnosticCode]) });
      expect(rule.meta.description.length).toBeGreaterThan(10);
    }
    const snippet = parseSnippet(builtinRuleDocs.get('hours/total')!.invalid);
    expect(validate(snippet).map((d) => d.code)).toEqual(['hours/total']);
  });
});
