import { describe, expect, it } from 'vitest';
import { orderModules } from '../../../src/schedule/phases/order-modules.js';
import { chain, programOf } from '../fixtures.js';
import { selectedModules, value } from './run-phases.js';

const start = { start: '2027-01-04' };

describe('phase 3: order', () => {
  it('keeps document order when nothing is required, without renumbering', () => {
    const selected = selectedModules(programOf([{ id: 'a', title: 'A', hours: 8 }, { id: 'b', title: 'B', hours: 8 }]), start);
    const order = value(orderModules(selected, 'en'));
    expect(order.modules).toBe(selected);
    expect(order.before).toEqual([[], []]);
  });

  it('puts every module after those it requires, otherwise by document position, and renumbers what waits for what', () => {
    const program = programOf([
      { id: 'z', title: 'Z', hours: 8, requires: ['y'] },
      { id: 'x', title: 'X', hours: 8 },
      { id: 'y', title: 'Y', hours: 8 },
    ]);
    const order = value(orderModules(selectedModules(program, start), 'en'));
    expect(order.modules.map((m) => m.id)).toEqual(['x', 'y', 'z']);
    expect(order.before).toEqual([[], [], [1]]);
    expect(value(orderModules(selectedModules(chain(3), start), 'en')).before).toEqual([[], [0], [1]]);
  });

  it('fails with plan/cycle at the first module of the circle', () => {
    const program = programOf([
      { id: 'a', title: 'A', hours: 8 },
      { id: 'b', title: 'B', hours: 8, requires: ['c'] },
      { id: 'c', title: 'C', hours: 8, requires: ['b'] },
    ]);
    const result = orderModules(selectedModules(program, start), 'de');
    if (result.ok) throw new Error('ordered');
    expect(result.diagnostics.map((d) => [d.code, d.path, d.message, d.hint])).toEqual([
      ['plan/cycle', '/modules/1/requires', 'Module setzen sich gegenseitig voraus: b, c', 'Entfernen Sie einen der requires-Einträge'],
    ]);
  });
});
