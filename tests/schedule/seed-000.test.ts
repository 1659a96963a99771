import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHoliday, weekdayOf } from '../../src/calendar/index.js';
import { parseProgram } from '../../src/model/parse.js';
import { plan, sessionTeachingMinutes, topologicalOrder } from '../../src/schedule/index.js';
import { atOrAfter, breaksInside, minutesByModule, positions, validateWith } from './helpers.js';

const parsed = parseProgram(readFileSync('examples/ehrenamt-netzwerk.program.yaml', 'utf8'), {
  filename: 'ehrenamt-netzwerk.program.yaml',
});
const program = parsed.value!;

describe('seed 000 with default constraints from 2027-01-04 in Baden-Württemberg', () => {
  const result = plan(program, { start: '2027-01-04', state: 'BW' });
  const offering = result.offering!;

  it('gives 20 days of 8 UE (160 UE)', () => {
    expect(parsed.ok).toBe(true);
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([]);
    expect(offering.sessions).toHaveLength(20);
    for (const s of offering.sessions) {
      expect(s.time).toBe('09:30-16:30');
      expect(s.breaks).toEqual(['12:30-13:30']);
      expect(sessionTeachingMinutes(s)).toBe(8 * 45);
      expect(s.status).toBe('scheduled');
    }
    const total = [...minutesByModule(offering).values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(160 * 45);
    expect(breaksInside(offering)).toBe(true);
  });

  it('stays inside its window, off weekends and public holidays', () => {
    expect(offering.start).toBe('2027-01-04');
    expect(offering.end).toBe('2027-02-01');
    expect(offering.sessions.map((s) => s.id)).toEqual(Array.from({ length: 20 }, (_, i) => `s${String(i + 1).padStart(2, '0')}`));
    for (const s of offering.sessions) {
      expect(s.date! >= offering.start! && s.date! <= offering.end!).toBe(true);
      expect(['sat', 'sun']).not.toContain(weekdayOf(s.date!));
      expect(isHoliday(s.date!, { state: 'BW' })).toBeUndefined();
    }
    expect(offering.sessions.map((s) => s.date)).not.toContain('2027-01-06');
    expect(result.explanation.skipped).toContainEqual({
      date: '2027-01-06',
      reason: 'holiday',
      detail: { en: 'public holiday: Epiphany', de: 'gesetzlicher Feiertag: Heilige Drei Könige' },
    });
  });

  it('teaches modules in requires order and covers each exactly', () => {
    const pos = positions(offering);
    const byModule = minutesByModule(offering);
    for (const m of program.modules) {
      expect(byModule.get(m.id)).toBe(Number(m.hours) * 45);
      for (const r of m.requires ?? []) expect(atOrAfter(pos.get(m.id)!.first, pos.get(r)!.last)).toBe(true);
    }
    const order = topologicalOrder(program).order;
    const firstSeen = [...pos.entries()].sort((a, b) => (a[1].first[0] < b[1].first[0] ? -1 : 1)).map(([id]) => id);
    expect(firstSeen).toEqual(order);
  });

  it('validates clean', () => {
    expect(validateWith(parsed, offering)).toEqual([]);
  });

  it('explains every date of the period exactly once', () => {
    const chosen = result.explanation.chosen.map((c) => c.date);
    const skipped = result.explanation.skipped.map((s) => s.date);
    expect(chosen).toEqual(offering.sessions.map((s) => s.date));
    expect(new Set([...chosen, ...skipped]).size).toBe(chosen.length + skipped.length);
    expect(chosen.length + skipped.length).toBe(29); // 2027-01-04 .. 2027-02-01
    expect(result.explanation.chosen[0]).toMatchObject({ reason: 'start', sessionId: 's01', modules: ['einstieg'] });
    expect(result.explanation.skipped.filter((s) => s.reason === 'weekday')).toHaveLength(8);
    expect(result.explanation.summary.en).toBe('160 UE in 20 sessions from 2027-01-04 to 2027-02-01; 9 dates skipped');
  });

  it('is deterministic, byte for byte', () => {
    const again = plan(structuredClone(program), { start: '2027-01-04', state: 'BW' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  });
});
