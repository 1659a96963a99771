import { describe, expect, it } from 'vitest';
import { isHoliday } from '../../src/calendar/index.js';
import { parseDocument } from '../../src/model/parse.js';
import { validate } from '../../src/validate/index.js';

// A valid program of about 1 MB (2,000 modules with nested modules, topics
// and a chain of prerequisites) and an offering of 2,000 sessions covering
// it. Valid files are the common case in CI, so this is the path that must
// be right at scale; its speed is measured in bench/, not here.

function bigProgram(): string {
  const modules = [];
  for (let i = 0; i < 2000; i++) {
    modules.push({
      id: `m${i}`,
      title: `Modul ${i}: Planung und Aufbau eines sozialen Netzwerkes`,
      hours: 8,
      ...(i > 0 ? { requires: [`m${i - 1}`] } : {}),
      topics: Array.from({ length: 5 }, (_, t) => ({ title: `Thema ${t} von Modul ${i}`, hours: '1 3/5' })),
      modules: [
        { id: `m${i}-a`, title: 'Teil A', hours: 4, description: 'x'.repeat(120) },
        { id: `m${i}-b`, title: 'Teil B', hours: 4 },
      ],
    });
  }
  return JSON.stringify({ kind: 'program', id: 'gross', title: 'Großes Programm', unit: 'UE', hours: 16_000, modules });
}

function bigOffering(): string {
  const sessions = [];
  // Two sessions a day, skipping the nationwide holidays that offering/holiday reports without a state.
  let day = Date.UTC(2027, 0, 4);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  for (let i = 0; i < 2000; i++) {
    if (i % 2 === 0) while (isHoliday(iso(day), {})) day += 86_400_000;
    sessions.push({
      id: `s${i + 1}`,
      date: iso(day),
      time: i % 2 === 0 ? '08:00-14:00' : '14:00-20:00',
      modules: [`m${i}`],
    });
    if (i % 2 === 1) day += 86_400_000;
  }
  return JSON.stringify({ kind: 'offering', id: 'gross-2027', program: 'gross', sessions });
}

describe('a large valid document set', () => {
  it('validates a 1 MB program and a 2,000-session offering clean', () => {
    const programText = bigProgram();
    expect(programText.length).toBeGreaterThan(1_000_000);
    const results = [
      parseDocument(programText, { filename: 'gross.program.json' }),
      parseDocument(bigOffering(), { filename: 'gross.offering.json' }),
    ];
    expect(results.every((r) => r.value !== undefined)).toBe(true);
    expect(validate(results)).toEqual([]);
  });
});
