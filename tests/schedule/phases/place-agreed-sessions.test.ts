import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/calendar/calendar-day.js';
import type { Session } from '../../../src/model/session.js';
import { normalizeConstraints } from '../../../src/schedule/phases/normalize-constraints.js';
import { orderModules } from '../../../src/schedule/phases/order-modules.js';
import { placeAgreedSessions } from '../../../src/schedule/phases/place-agreed-sessions.js';
import { chain } from '../fixtures.js';
import { selectedModules, value } from './run-phases.js';

const program = chain(3, 8);
const place = (fixed: Session[]) => {
  const constraints = { start: '2027-01-04', fixed };
  const order = value(orderModules(selectedModules(program, constraints), 'en'));
  return placeAgreedSessions({ constraints: value(normalizeConstraints(constraints)), unit: 'UE', order });
};
const session = (date: string, modules: Session['modules'], extra: Partial<Session> = {}): Session => ({
  date,
  time: '09:30-16:30',
  breaks: ['12:30-13:30'],
  modules,
  status: 'scheduled',
  ...extra,
});

describe('phase 4: place agreed sessions', () => {
  it('leaves every module’s whole time to plan when nothing is agreed', () => {
    const placed = value(place([]));
    expect([...placed.remaining]).toEqual([360, 360, 360]);
    expect(placed.agreedOrder).toBeUndefined();
  });

  it('takes agreed time off the modules it covers and binds the order to its day', () => {
    const placed = value(place([session('2027-01-15', [{ module: 'm2', hours: 4 }])]));
    expect([...placed.remaining]).toEqual([360, 180, 360]);
    expect(placed.fixed.blocked).toEqual(new Set([toDayNumber('2027-01-15')]));
    // m1 must end before the 15th (m2 is taught then); m3 may start only after it.
    expect(placed.agreedOrder!.before[0]).toBe(toDayNumber('2027-01-15'));
    expect(placed.agreedOrder!.after[2]).toBe(toDayNumber('2027-01-15'));
  });

  it('warns about what it cannot count, and blocks cancelled days without counting them', () => {
    const result = place([session('2027-01-15', ['m1', 'x']), session('2027-01-18', ['m3'], { status: 'cancelled' }), session('2027-01-19', ['m2'], { time: undefined })]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((d) => [d.code, d.path, d.messageId])).toEqual([
      ['plan/fixed-ignored', '/fixed/0/modules/1', 'notPlanned'],
      ['plan/fixed-ignored', '/fixed/2/modules/0', 'unclear'],
    ]);
    // Plain ids share the session's teaching time: m1 gets half of it.
    expect([...result.value.remaining]).toEqual([180, 360, 360]);
    expect(result.value.fixed.occurring).toEqual([toDayNumber('2027-01-15'), toDayNumber('2027-01-19')]);
    expect(result.value.fixed.blocked.has(toDayNumber('2027-01-18'))).toBe(true);
  });

  it('fails when agreed sessions give a module more than it has', () => {
    const result = place([session('2027-01-15', ['m1']), session('2027-01-18', [{ module: 'm1', hours: 2 }])]);
    if (result.ok) throw new Error('placed');
    expect(result.diagnostics.map((d) => [d.code, d.path, d.message])).toEqual([['plan/fixed-conflict', '/fixed', 'Agreed sessions give m1 2 UE more than it has']]);
  });
});
