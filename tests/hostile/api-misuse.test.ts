// Every public function called against its contract (issue 13: 111 of 355
// misuse probes threw TypeErrors and RangeErrors from deep inside): the
// answer is a value (diagnostics) or the package's named usage error that
// says which function, which argument and what was wrong, never another
// error, never a loop without end.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as pages from '../../src/pages/index.js';
import { CurriculaUsageError } from '../../src/index.js';

const program = api.parseProgram('kind: program\nid: p\ntitle: T\nmodules:\n  - id: a\n    title: A\n    hours: 8\n').value!;
const offering = api.parseOffering('kind: offering\nid: o\nprogram: p\ntimeZone: Europe/Berlin\nsessions:\n  - date: 2027-01-04\n    time: 09:00-12:00\n    modules: [a]\n').value!;
const cyclic: Record<string, unknown> = {};
cyclic.self = cyclic;
const BAD: unknown[] = [undefined, null, 5, 'x', {}, [], cyclic, [null], { sessions: 'x' }, { modules: [5] }];

/** What a call gave: 'ok' for a value or a usage error, else the other error's name and text. */
function outcome(call: () => unknown): string {
  try {
    call();
    return 'ok';
  } catch (error) {
    return error instanceof CurriculaUsageError ? 'ok' : `${(error as Error)?.name}: ${(error as Error)?.message}`;
  }
}

function usageError(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CurriculaUsageError);
    return (error as Error).message;
  }
  throw new Error('no error');
}

describe('every public function checks its arguments at the boundary', () => {
  const functions = [
    ...Object.entries(api).map(([name, fn]) => [`curricula.${name}`, fn] as const),
    ...Object.entries(pages).map(([name, fn]) => [`curricula/pages.${name}`, fn] as const),
  ].filter(([name, fn]) => typeof fn === 'function' && !/\.[A-Z]/.test(name));

  it('finds the functions of both entries', () => {
    expect(functions.length).toBeGreaterThan(85);
  });

  for (const [name, fn] of functions) {
    it(`${name}: a usage error or a value for wrong arguments, never another error`, () => {
      const call = fn as (...args: unknown[]) => unknown;
      const wrong: string[] = [];
      const sets: unknown[][] = [];
      for (const bad of BAD) sets.push([bad], [program, bad], [offering, bad], [offering, program, bad]);
      for (const args of sets) {
        const got = outcome(() => call(...args));
        if (got !== 'ok') wrong.push(`${sets.indexOf(args)}: ${got}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});

describe('the probe’s misuse cases say what was wrong', () => {
  it('documents that are none', () => {
    expect(usageError(() => api.toIcs(null as never, program))).toBe(
      'toIcs: offering must be an offering (an object whose sessions is a list of objects, as parseOffering gives it), got null',
    );
    expect(usageError(() => api.parseProgram(5 as never))).toBe('parseProgram: input must be JSON or YAML text, or what load() returns, got 5');
    expect(usageError(() => api.validate([], null as never))).toBe('validate: options must be an object of options, or left out, got null');
    // A value that is no parse result is checked as a document would be (validate takes plain values too).
    expect(api.validate([5] as never).map((d) => d.severity)).toContain('error');
    expect(usageError(() => api.plan(undefined as never, { start: '2027-01-04' }))).toMatch(/^plan: program must be a program .*, got undefined$/);
  });

  it('options of the wrong shape for plan() are diagnostics of their own', () => {
    for (const constraints of [{ start: '2027-01-04', breaks: '12:30-13:30' }, { start: '2027-01-04', weekdays: 'mon-fri' }]) {
      const r = api.plan(program, constraints as never);
      expect(r.ok).toBe(false);
      expect(r.diagnostics.map((d) => d.code)).toEqual(['plan/invalid-constraint']);
    }
  });

  it('a cyclic value is described, never followed or serialised', () => {
    expect(usageError(() => api.minutesOf(cyclic as never, 'UE'))).toMatch(/^minutesOf: an object is not a duration in UE/);
    expect(usageError(() => api.holidaysBetween(cyclic as never, '2027-12-31', {}))).toBe('Not a calendar date (YYYY-MM-DD): an object');
  });

  it('a document value that contains itself is a usage error where it comes in; one nested without end is limit/depth', () => {
    const module: Record<string, unknown> = { id: 'a', title: 'A', hours: 8 };
    module.modules = [module];
    const looped = { kind: 'program', id: 'p', title: 'T', modules: [module] };
    const message = 'the value contains itself: /modules/0/modules/0 is the object at /modules/0, which contains it';
    expect(usageError(() => api.validate([looped as never]))).toBe(`parseDocument: ${message}`);
    expect(usageError(() => api.parseValue(looped))).toBe(`parseDocument: ${message}`);
    expect(usageError(() => api.toJson(looped as never))).toBe('toJson: the document contains itself: /modules/0/modules/0 is the object at /modules/0, which contains it');
    expect(usageError(() => api.toYaml(looped as never))).toMatch(/^toYaml: the document contains itself/);
    let deep: Record<string, unknown> = { id: 'x', title: 'X', hours: 1 };
    for (let i = 0; i < 100_000; i++) deep = { id: `m${i}`, title: 'M', modules: [deep] };
    const r = api.parseValue({ kind: 'program', id: 'p', title: 'T', modules: [deep] });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['limit/depth']);
  });

  it('a module whose modules list holds its own parent is a usage error, not an endless walk', () => {
    const looped = structuredClone(program) as { modules: { id: string; title: string; hours: number; modules?: unknown[] }[] };
    const child = { id: 'b', title: 'B', hours: 1, modules: [] as unknown[] };
    looped.modules[0]!.modules = [child];
    child.modules.push(looped.modules[0]);
    for (const call of [() => api.listModules(looped as never), () => api.moduleTree(looped as never), () => api.plan(looped as never, { start: '2027-01-04' })]) {
      expect(usageError(call)).toMatch(/^The modules are not a tree: module "a" at \/modules\/0\/modules\/0\/modules\/0 is the module at \/modules\/0, which contains it$/);
    }
  });
});
