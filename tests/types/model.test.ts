// Type tests for the public model types. `expectTypeOf` does nothing at run
// time; `tsc --noEmit` (the first step of npm test) checks these files, so a
// change to an inferred type that users would feel fails the build.
import { match, P } from 'ts-pattern';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  parseDocument,
  parseOffering,
  parseProgram,
  programSchema,
  sessionStatusSchema,
  type Admission,
  type CurriculumDocument,
  type Diagnostic,
  type Module,
  type Offering,
  type OfferingInput,
  type ParseResult,
  type Program,
  type ProgramInput,
  type Session,
  type SessionModule,
  type SessionStatus,
  type Severity,
  type SourceRange,
  type Topic,
  type TimeWindow,
} from '../../src/index.js';

describe('inferred model types', () => {
  it('session status and severity are closed string unions', () => {
    expectTypeOf<SessionStatus>().toEqualTypeOf<'scheduled' | 'cancelled' | 'to-be-agreed'>();
    expectTypeOf<Severity>().toEqualTypeOf<'error' | 'warning' | 'info'>();
    expectTypeOf<Diagnostic['severity']>().toEqualTypeOf<Severity>();
  });

  it('a parsed program has its defaults applied', () => {
    expectTypeOf<Program['kind']>().toEqualTypeOf<'program'>();
    expectTypeOf<Program['unit']>().toEqualTypeOf<'UE' | 'LE' | 'h' | 'min'>();
    expectTypeOf<Program['language']>().toEqualTypeOf<string>();
    expectTypeOf<Program['modules']>().toEqualTypeOf<Module[]>();
    expectTypeOf<Program['hours']>().toEqualTypeOf<number | string | undefined>();
    expectTypeOf<Program['admission']>().toEqualTypeOf<Admission | undefined>();
  });

  it('an authored program may leave defaults out', () => {
    expectTypeOf<{ kind: 'program'; id: string; title: string }>().toExtend<ProgramInput>();
    expectTypeOf<{ kind: 'program'; id: string; title: string }>().not.toExtend<Program>();
    expectTypeOf<{ kind: 'offering'; id: string; program: string }>().toExtend<OfferingInput>();
    expectTypeOf<ProgramInput['unit']>().toEqualTypeOf<'UE' | 'LE' | 'h' | 'min' | undefined>();
  });

  it('modules nest and carry exact amounts as written', () => {
    expectTypeOf<Module['modules']>().toEqualTypeOf<Module[] | undefined>();
    expectTypeOf<Module['hours']>().toEqualTypeOf<number | string | undefined>();
    expectTypeOf<Module['requires']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<NonNullable<Module['topics']>[number]>().toEqualTypeOf<Topic>();
    expectTypeOf<string>().toExtend<Topic>();
    expectTypeOf<{ title: string; hours: number }>().toExtend<Topic>();
  });

  it('an offering has a time zone, a unit and sessions with a status', () => {
    expectTypeOf<Offering['kind']>().toEqualTypeOf<'offering'>();
    expectTypeOf<Offering['timeZone']>().toEqualTypeOf<string>();
    expectTypeOf<Offering['unit']>().toEqualTypeOf<'UE' | 'LE' | 'h' | 'min'>();
    expectTypeOf<Offering['sessions']>().toEqualTypeOf<Session[]>();
    expectTypeOf<Session['status']>().toEqualTypeOf<SessionStatus>();
    expectTypeOf<Session['date']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<Session['modules']>[number]>().toEqualTypeOf<SessionModule>();
    expectTypeOf<SessionModule>().toEqualTypeOf<string | { module: string; hours: number | string }>();
  });

  it('admission is a union of its documented forms', () => {
    expectTypeOf<'none'>().toExtend<Admission>();
    expectTypeOf<{ role: string }>().toExtend<Admission>();
    expectTypeOf<{ team: [{ role: string }, { role: string }] }>().toExtend<Admission>();
    expectTypeOf<{ completed: string }>().toExtend<Admission>();
    expectTypeOf<{ allOf: ['none'] }>().toExtend<Admission>();
    expectTypeOf<{ anyOf: [{ text: string }] }>().toExtend<Admission>();
    expectTypeOf<'some'>().not.toExtend<Admission>();
  });

  it('a diagnostic is a source range with a code, a message and a JSON pointer', () => {
    expectTypeOf<Diagnostic>().toExtend<SourceRange>();
    expectTypeOf<Diagnostic['code']>().toEqualTypeOf<string>();
    expectTypeOf<Diagnostic['path']>().toEqualTypeOf<string>();
    expectTypeOf<Diagnostic['line']>().toEqualTypeOf<number>();
    expectTypeOf<Diagnostic['hint']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Diagnostic['file']>().toEqualTypeOf<string | undefined>();
  });

  it('time windows are minutes since midnight', () => {
    expectTypeOf<TimeWindow>().toEqualTypeOf<{ start: number; end: number }>();
  });
});

describe('parse functions', () => {
  it('return a ParseResult of the kind they check', () => {
    expectTypeOf(parseProgram).returns.toEqualTypeOf<ParseResult<Program>>();
    expectTypeOf(parseOffering).returns.toEqualTypeOf<ParseResult<Offering>>();
    expectTypeOf(parseDocument).returns.toEqualTypeOf<ParseResult<CurriculumDocument>>();
    expectTypeOf<ParseResult<Program>['value']>().toEqualTypeOf<Program | undefined>();
    expectTypeOf<ParseResult<Program>['diagnostics']>().toEqualTypeOf<Diagnostic[]>();
    expectTypeOf<string>().toExtend<Parameters<typeof parseProgram>[0]>();
  });

  it('narrow a document by its kind', () => {
    const { value } = parseDocument('kind: program\nid: x\ntitle: X\n');
    if (value?.kind === 'program') expectTypeOf(value).toEqualTypeOf<Program>();
    if (value?.kind === 'offering') expectTypeOf(value).toEqualTypeOf<Offering>();
    expect(value?.kind).toBe('program');
  });

  it('schemas infer the same types the API names', () => {
    expectTypeOf(programSchema.parse).returns.toEqualTypeOf<Program>();
    expectTypeOf(sessionStatusSchema.options).toEqualTypeOf<('scheduled' | 'cancelled' | 'to-be-agreed')[]>();
  });
});

// ts-pattern's exhaustive() only type-checks when every member of the union
// has a branch; the @ts-expect-error cases prove that a missing branch is a
// compile error, so adding a status or severity forces every consumer to decide.
describe('exhaustive matching with ts-pattern', () => {
  const statusLabel = (status: SessionStatus): string =>
    match(status)
      .with('scheduled', () => 'fixed')
      .with('cancelled', () => 'cancelled')
      .with('to-be-agreed', () => 'open')
      .exhaustive();

  const severityRank = (severity: Diagnostic['severity']): number =>
    match(severity)
      .with('error', () => 2)
      .with('warning', () => 1)
      .with('info', () => 0)
      .exhaustive();

  it('covers every session status', () => {
    expect(sessionStatusSchema.options.map(statusLabel)).toEqual(['fixed', 'cancelled', 'open']);
  });

  it('covers every severity', () => {
    expect((['error', 'warning', 'info'] as const).map(severityRank)).toEqual([2, 1, 0]);
  });

  it('rejects a match over session status with a branch missing', () => {
    const incomplete = (status: SessionStatus): string =>
      match(status)
        .with('scheduled', () => 'fixed')
        .with('cancelled', () => 'cancelled')
        // @ts-expect-error 'to-be-agreed' is not handled
        .exhaustive();
    expect(incomplete('scheduled')).toBe('fixed');
  });

  it('rejects a match over severity with a branch missing', () => {
    const incomplete = (severity: Diagnostic['severity']): number =>
      match(severity)
        .with('error', () => 2)
        .with('warning', () => 1)
        // @ts-expect-error 'info' is not handled
        .exhaustive();
    expect(incomplete('error')).toBe(2);
  });

  it('tells documents apart by kind', () => {
    const describeDocument = (doc: CurriculumDocument): string =>
      match(doc)
        .with({ kind: 'program' }, (p) => `${p.modules.length} modules`)
        .with({ kind: 'offering' }, (o) => `${o.sessions.length} sessions`)
        .exhaustive();
    const parsed = parseDocument('kind: offering\nid: x-1\nprogram: x\nsessions:\n  - status: to-be-agreed\n');
    expect(parsed.value && describeDocument(parsed.value)).toBe('1 sessions');
  });

  it('matches session modules by form', () => {
    const moduleId = (entry: SessionModule): string =>
      match(entry)
        .with(P.string, (id) => id)
        .with({ module: P.string }, ({ module }) => module)
        .exhaustive();
    expect([moduleId('a'), moduleId({ module: 'b', hours: 2 })]).toEqual(['a', 'b']);
  });
});
