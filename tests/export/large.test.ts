import { describe, expect, it } from 'vitest';
import { toCsv, toIcs, toMarkdown } from '../../src/export/index.js';
import type { Offering } from '../../src/model/offering.js';
import type { Program } from '../../src/model/program.js';

function manySessions(count: number, modules?: string[]): Offering {
  return {
    kind: 'offering',
    id: 'gross',
    program: 'p',
    timeZone: 'Europe/Berlin',
    unit: 'UE',
    sessions: Array.from({ length: count }, (_, i) => ({
      date: `${2027 + (i % 3)}-06-01`,
      time: '09:00-10:00',
      status: 'scheduled' as const,
      ...(modules ? { modules } : {}),
    })),
  };
}

describe('exports of very large offerings', () => {
  // 130,000 values overflowed the call stack when they were spread into one call (Math.min(...years)).
  it('writes 130,000 sessions as ICS without overflowing the call stack', () => {
    const text = toIcs(manySessions(130_000), { kind: 'program', id: 'p', title: 'P', language: 'de', unit: 'UE', modules: [] });
    expect(text.split('BEGIN:VEVENT').length - 1).toBe(130_000);
    // The zone covers the sessions' years (2027-2029), from the year before the first.
    expect(text).toContain('\r\nDTSTART:20260329T020000\r\n');
  });

  it('never spreads one argument per session, module or year into a call', () => {
    // Spread arguments live on the call stack; counting them is the stack-size-independent form of the test above.
    // Patched by hand: a vi.spyOn mock records its calls with push itself.
    let widest = 0;
    const restore: (() => void)[] = [];
    const watch = (owner: object, name: string): void => {
      const table = owner as Record<string, (...args: unknown[]) => unknown>;
      const original = table[name]!;
      table[name] = function (this: unknown, ...args: unknown[]) {
        if (args.length > widest) widest = args.length;
        return original.apply(this, args);
      };
      restore.push(() => {
        table[name] = original;
      });
    };
    const offering = manySessions(1_000, ['a']);
    const program: Program = {
      kind: 'program',
      id: 'p',
      title: 'P',
      language: 'de',
      unit: 'UE',
      modules: Array.from({ length: 300 }, (_, i) => ({ id: i ? `m${i}` : 'a', title: `M${i}`, hours: 1 })),
    };
    const run = (): void => {
      toIcs(offering, program);
      toIcs({ ...offering, sessions: offering.sessions.map((s) => ({ ...s, time: undefined })) }, program);
      toIcs({ ...offering, timeZone: 'Australia/Lord_Howe', sessions: offering.sessions.map((s, i) => ({ ...s, date: `${1950 + (i % 60)}-06-01` })) }, program);
      toMarkdown(offering, program);
      toCsv(offering, program);
    };
    watch(Array.prototype, 'push');
    watch(Array.prototype, 'unshift');
    watch(Array.prototype, 'concat');
    watch(Math, 'min');
    watch(Math, 'max');
    watch(String, 'fromCharCode');
    try {
      run();
    } finally {
      for (const undo of restore.reverse()) undo();
    }
    expect(widest).toBeGreaterThan(1);
    expect(widest).toBeLessThan(20);
  });
});
