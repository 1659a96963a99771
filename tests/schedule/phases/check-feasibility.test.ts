import { describe, expect, it } from 'vitest';
import type { Module } from '../../../src/model/module.js';
import type { PlanConstraints } from '../../../src/schedule/constraints.js';
import { checkFeasibility } from '../../../src/schedule/phases/check-feasibility.js';
import { chain, programOf } from '../fixtures.js';
import { upTo } from './run-phases.js';

const check = (modules: Module[] | ReturnType<typeof programOf>, constraints: PlanConstraints = {}) =>
  checkFeasibility(upTo(Array.isArray(modules) ? programOf(modules) : modules, { start: '2027-01-04', ...constraints }).context);
const problems = (result: ReturnType<typeof check>) => (result.ok ? [] : result.diagnostics.map((d) => [d.path, d.messageId, d.hintId]));

describe('phase 5: check feasibility', () => {
  it('passes the context on when nothing rules the plan out', () => {
    const { context } = upTo(chain(3), { start: '2027-01-04' });
    const result = checkFeasibility(context);
    expect(result.ok && result.value).toBe(context);
  });

  it('finds a module larger than a day that may not be split', () => {
    expect(problems(check(chain(2, 16), { splitModules: false }))).toEqual([
      ['/modules/0', 'unsplittable', 'allowSplitting'],
      ['/modules/1', 'unsplittable', 'allowSplitting'],
    ]);
  });

  it('finds a module with time but no sessions', () => {
    const result = check([{ id: 'n', title: 'N', hours: 2, sessions: 0 }]);
    expect(problems(result)).toEqual([['/modules/0/sessions', 'noSessions', 'atLeastSessions']]);
    expect(!result.ok && result.diagnostics[0]!.hint).toBe('Allow at least 1 session, or make the module optional');
  });

  it('finds too few sessions, and names what limits a session in the hint', () => {
    // The day limits: 8 UE, so 24 UE need 3 sessions.
    expect(problems(check([{ id: 'w', title: 'W', hours: 24, sessions: 2 }]))).toEqual([['/modules/0/sessions', 'tooFewSessions', 'unitsOrSessions']]);
    // The window limits (not maxUnitsPerDay): a longer window or no default lunch break.
    expect(problems(check([{ id: 'w', title: 'W', hours: 7, sessions: 1 }], { window: '09:00-15:00' }))).toEqual([
      ['/modules/0/sessions', 'tooFewSessions', 'longerDayOrNoLunch'],
    ]);
    expect(problems(check([{ id: 'w', title: 'W', hours: 12, sessions: 1 }], { window: '09:00-13:00', breaks: [] }))).toEqual([
      ['/modules/0/sessions', 'tooFewSessions', 'longerDayAndUnits'],
    ]);
    // A module given in days grows with the day: only more sessions help.
    expect(problems(check([{ id: 'd', title: 'D', days: 2, sessions: 1 }]))).toEqual([['/modules/0/sessions', 'tooFewSessions', 'moreSessions']]);
    // Its own maxPerSession limits: raise it.
    expect(problems(check([{ id: 'c', title: 'C', hours: 6, sessions: 1, maxPerSession: 4 }]))).toEqual([
      ['/modules/0/sessions', 'tooFewSessionsCapped', 'raiseCap'],
    ]);
  });
});
