// Type tests for the functions of the public API: validate, rules, plan and
// the exports. Checked by `tsc --noEmit`; the few runtime calls only show
// the examples are real.
import { match } from 'ts-pattern';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  builtinRules,
  load,
  parseOffering,
  parseValue,
  type ValidateInput,
  defineRule,
  listModules,
  moduleTree,
  parseDocument,
  parseProgram,
  plan,
  toCsv,
  toIcs,
  toJson,
  toMarkdown,
  toTimetable,
  toYaml,
  recognitionVerdicts,
  validate,
  type PlanRecognition,
  type RecognitionVerdict,
  type CurriculumDocument,
  type Diagnostic,
  type ModuleEntry,
  type ModuleNode,
  type ModuleTree,
  type TrackScope,
  type Offering,
  type ParseResult,
  type PlanConstraints,
  type PlanDiagnosticCode,
  type PlanResult,
  type Program,
  type AnyRule,
  type Rule,
  type RuleContext,
  type RuleMeta,
  type RuleSetting,
  type Severity,
  type ValidateOptions,
} from '../../src/index.js';

describe('validate', () => {
  it('takes one parse result or a list and returns diagnostics', () => {
    expectTypeOf(validate).returns.toEqualTypeOf<Diagnostic[]>();
    expectTypeOf<ParseResult<CurriculumDocument>>().toExtend<Parameters<typeof validate>[0]>();
    expectTypeOf<readonly ParseResult<CurriculumDocument>[]>().toExtend<Parameters<typeof validate>[0]>();
    expectTypeOf<ParseResult<Program>>().toExtend<Parameters<typeof validate>[0]>();
    expectTypeOf<Parameters<typeof validate>[1]>().toEqualTypeOf<ValidateOptions | undefined>();
  });

  it('configures rules ESLint style', () => {
    expectTypeOf<RuleSetting>().toEqualTypeOf<'error' | 'warn' | 'warning' | 'info' | 'off'>();
    expectTypeOf<{ rules: { 'hours/total': 'warn'; 'offering/*': 'off' } }>().toExtend<ValidateOptions>();
    expectTypeOf<{ rules: { 'hours/total': 'loud' } }>().not.toExtend<ValidateOptions>();
    expectTypeOf<{ locale: 'de'; state: 'BW' }>().toExtend<ValidateOptions>();
  });

  it('exposes the rules with their metadata', () => {
    expectTypeOf(builtinRules).toEqualTypeOf<readonly AnyRule[]>();
    expectTypeOf<Rule['meta']>().toEqualTypeOf<RuleMeta>();
    expectTypeOf<RuleMeta['severity']>().toEqualTypeOf<Severity>();
    expectTypeOf<Rule['check']>().parameter(0).toEqualTypeOf<RuleContext>();
    expect(builtinRules.length).toBeGreaterThan(0);
  });

  it('defineRule keeps the rule type and checks its context', () => {
    const rule = defineRule({
      meta: { id: 'house/title', severity: 'warning', description: 'd', docs: { why: 'w', invalid: 'i', valid: 'v' } },
      check(ctx) {
        expectTypeOf(ctx).toEqualTypeOf<RuleContext<'house/title'>>();
        for (const doc of ctx.programDocuments) expectTypeOf(doc.value).toEqualTypeOf<Program>();
        for (const doc of ctx.programDocuments) expectTypeOf(ctx.tree(doc.value)).toEqualTypeOf<ModuleTree<Program>>();
        expectTypeOf(ctx.memo((doc: { file: string }) => doc.file.length, { file: 'x' })).toEqualTypeOf<number>();
        for (const doc of ctx.offerings) expectTypeOf(doc.value).toEqualTypeOf<Offering>();
      },
    });
    expectTypeOf(rule).toExtend<AnyRule>();
    const result = parseDocument('kind: program\nid: x\ntitle: X\n', { filename: 'x.yaml' });
    expect(validate(result, { extraRules: [rule] })).toEqual([]);
  });
});

describe('moduleTree', () => {
  it('types the tree of a program, whose nodes are module entries', () => {
    expectTypeOf(moduleTree<Program>).returns.toEqualTypeOf<ModuleTree<Program>>();
    expectTypeOf<ModuleTree['modules']>().toEqualTypeOf<readonly ModuleNode[]>();
    expectTypeOf<ModuleNode>().toExtend<ModuleEntry>();
    expectTypeOf<ModuleNode['minutes']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ModuleTree['track']>().returns.toEqualTypeOf<TrackScope | undefined>();
    expectTypeOf(listModules).returns.toEqualTypeOf<ModuleEntry[]>();
    // Anything with modules will do: the unit defaults to UE.
    expect(moduleTree({ modules: [{ id: 'a', title: 'A', hours: 2 }] }).modules[0]?.minutes).toBe(90);
  });
});

describe('plan', () => {
  it('takes a parsed program and constraints', () => {
    expectTypeOf(plan).parameter(0).toEqualTypeOf<Program>();
    expectTypeOf(plan).parameter(1).toEqualTypeOf<PlanConstraints>();
    expectTypeOf(plan).returns.toEqualTypeOf<PlanResult>();
    expectTypeOf<PlanResult['offering']>().toEqualTypeOf<Offering | undefined>();
    expectTypeOf<PlanResult['diagnostics']>().toEqualTypeOf<Diagnostic[]>();
    expectTypeOf<{ start: string; weekdays: ['mon', 'wed']; state: 'BY' }>().toExtend<PlanConstraints>();
    expectTypeOf<{ start: Date }>().not.toExtend<PlanConstraints>();
  });

  it('names every plan diagnostic code, so a match over them is exhaustive', () => {
    const advice = (code: PlanDiagnosticCode): string =>
      match(code)
        .with('plan/infeasible', () => 'widen the dates')
        .with('plan/no-modules', () => 'add hours')
        .with('plan/invalid-constraint', () => 'fix the flag')
        .with('plan/cycle', () => 'break the cycle')
        .with('plan/fixed-conflict', () => 'move a fixed session')
        .with('plan/module-skipped', () => 'check the module')
        .with('plan/fixed-ignored', () => 'check the fixed session')
        .exhaustive();
    expect(advice('plan/cycle')).toBe('break the cycle');
    const program = parseProgram('kind: program\nid: p\ntitle: P\nmodules:\n  - id: a\n    title: A\n    hours: 8\n').value;
    expect(program && plan(program, { start: '2027-01-04' }).ok).toBe(true);
  });
});

describe('export', () => {
  it('renders an offering with its program as text: the program is required', () => {
    expectTypeOf(toIcs).returns.toEqualTypeOf<string>();
    expectTypeOf(toCsv).returns.toEqualTypeOf<string>();
    expectTypeOf(toMarkdown).returns.toEqualTypeOf<string>();
    expectTypeOf(toIcs).parameter(0).toEqualTypeOf<Offering>();
    expectTypeOf(toIcs).parameter(1).toEqualTypeOf<Program>();
    expectTypeOf(toCsv).parameter(1).toEqualTypeOf<Program>();
    expectTypeOf(toMarkdown).parameter(1).toEqualTypeOf<Program>();
    // The program gives titles and hours; an export without it could only write ids.
    // @ts-expect-error the program is a required argument
    expect(() => toIcs({} as Offering)).toThrow(/needs the program/);
    expectTypeOf<Program>().toExtend<Parameters<typeof toYaml>[0]>();
    expectTypeOf<Offering>().toExtend<Parameters<typeof toJson>[0]>();
    expectTypeOf(toTimetable).returns.toEqualTypeOf<string>();
    expectTypeOf(toTimetable).parameter(1).toEqualTypeOf<Program | undefined>();
  });

  it('plans for a recognition and gives verdicts', () => {
    expectTypeOf<PlanConstraints['profile']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<PlanResult['explanation']['recognition']>().toEqualTypeOf<PlanRecognition | undefined>();
    expectTypeOf(recognitionVerdicts).returns.toEqualTypeOf<RecognitionVerdict[]>();
  });
});

describe('results are discriminated unions: `ok` narrows the value', () => {
  it('parse results: after `if (result.ok)` the value is the document, not `| undefined`', () => {
    const result = parseProgram('kind: program\nid: p\ntitle: P\n');
    if (result.ok) {
      expectTypeOf(result.value).toEqualTypeOf<Program>();
      expect(result.value.title).toBe('P');
    } else {
      expectTypeOf(result.value).toEqualTypeOf<Program | undefined>();
    }
    const offering = parseOffering('kind: offering\nid: o\nprogram: p\n');
    if (offering.ok) expectTypeOf(offering.value).toEqualTypeOf<Offering>();
    const document = parseDocument('kind: program\nid: p\ntitle: P\n');
    if (document.ok) expectTypeOf(document.value).toEqualTypeOf<CurriculumDocument>();
    // Without the check, the value may be missing.
    expectTypeOf(result.value).toEqualTypeOf<Program | undefined>();
  });

  it('load results: after `if (result.ok)` the value is there (null for a YAML null)', () => {
    const result = load('a: 1\n');
    if (result.ok) {
      expectTypeOf(result.value).toEqualTypeOf<{} | null>();
      expect(result.value).toEqual({ a: 1 });
    } else {
      expectTypeOf(result.value).toEqualTypeOf<unknown>();
    }
  });

  it('plan results: after `if (result.ok)` the offering is there; otherwise it never is', () => {
    const program = parseProgram('kind: program\nid: p\ntitle: P\nmodules:\n  - { id: a, title: A, hours: 8 }\n');
    if (!program.ok) throw new Error('the program is valid');
    const result = plan(program.value, { start: '2027-01-04' });
    if (result.ok) {
      expectTypeOf(result.offering).toEqualTypeOf<Offering>();
      expect(result.offering.sessions).toHaveLength(1);
    } else {
      expectTypeOf(result.offering).toEqualTypeOf<undefined>();
    }
  });

  it('validate takes documents as values too: a planned offering needs no YAML round trip', () => {
    expectTypeOf<Program>().toExtend<ValidateInput>();
    expectTypeOf<Offering>().toExtend<ValidateInput>();
    expectTypeOf<ParseResult<Program>>().toExtend<ValidateInput>();
    expectTypeOf<readonly ValidateInput[]>().toExtend<Parameters<typeof validate>[0]>();
    const program = parseProgram('kind: program\nid: p\ntitle: P\nmodules:\n  - { id: a, title: A, hours: 8 }\n');
    if (!program.ok) throw new Error('the program is valid');
    const planned = plan(program.value, { start: '2027-01-04' });
    if (!planned.ok) throw new Error('the plan fits');
    expect(validate([program, planned.offering])).toEqual([]);
    expect(parseValue(planned.offering).ok).toBe(true);
  });
});
