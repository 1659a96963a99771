import { describe, expect, it } from 'vitest';
import { plan } from '../../src/schedule/index.js';
import { chain } from './fixtures.js';

// Speed is measured in bench/ (ratios in the same run); here only that a
// long plan comes out whole and in order.
describe('a long plan', () => {
  it('places 10,000 sessions of a 10,000-module chain in order', () => {
    const r = plan(chain(10000, 8), { start: '2027-01-04', state: 'BW' });
    expect(r.ok).toBe(true);
    const sessions = r.offering!.sessions;
    expect(sessions).toHaveLength(10000);
    const dates = sessions.map((s) => s.date!);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(10000);
  });
});
