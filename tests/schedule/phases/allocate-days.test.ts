import { describe, expect, it } from 'vitest';
import { allocateDays } from '../../../src/schedule/phases/allocate-days.js';
import { chain, programOf } from '../fixtures.js';
import { upTo } from './run-phases.js';

/** Each day's parts as [module id, minutes]. */
function days(program: ReturnType<typeof programOf>, constraints: object = {}) {
  const { context } = upTo(program, { start: '2027-01-04', ...constraints });
  const content = allocateDays(context);
  return Array.from({ length: content.days }, (_, d) => {
    const parts: [string, number][] = [];
    for (let p = content.dayStart[d]!; p < content.dayStart[d + 1]!; p++) parts.push([context.modules[content.item[p]!]!.id, content.minutes[p]!]);
    return parts;
  });
}

describe('phase 6: allocate time to days', () => {
  it('fills days of the plan’s capacity in teaching order, before any date is chosen', () => {
    expect(days(chain(2, 12))).toEqual([[['m1', 360]], [['m1', 180], ['m2', 180]], [['m2', 360]]]);
  });

  it('keeps modules whole when they may not be split, and a day smaller with a smaller window', () => {
    const program = programOf([
      { id: 'a', title: 'A', hours: 3 },
      { id: 'b', title: 'B', hours: 6 },
    ]);
    expect(days(program, { splitModules: false })).toEqual([[['a', 135]], [['b', 270]]]);
    expect(days(program, { window: '09:00-12:00' })).toEqual([[['a', 135], ['b', 45]], [['b', 180]], [['b', 45]]]);
  });

  it('gives an empty plan no days', () => {
    const { context } = upTo(chain(1), { start: '2027-01-04', fixed: [{ date: '2027-01-04', time: '09:30-16:30', breaks: ['12:30-13:30'], modules: ['m1'] }] });
    expect(allocateDays(context).days).toBe(0);
  });
});
