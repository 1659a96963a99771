import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { provideModule } from '../../src/core/lazy-require.js';
import { parseDocument } from '../../src/model/parse.js';
import { validate } from '../../src/validate/index.js';

// Counts the years date-holidays is asked for: a mistyped year among the
// sessions must cost one more year, not every year up to it (9999-01-01
// among sessions of 2027 once meant 8,000 years and seconds of waiting;
// such a year is now date/invalid, but 1900 to 2200 is still three centuries).
const asked = new Set<number>();
type Instance = { getHolidays(year: number, language: string): unknown };
const Real = createRequire(import.meta.url)('date-holidays') as new (...args: unknown[]) => Instance;
class Counting extends Real {
  override getHolidays(year: number, language: string): unknown {
    asked.add(year);
    return super.getHolidays(year, language);
  }
}
provideModule('date-holidays', () => Counting);

it('offering/holiday computes holidays only for the years that have sessions', () => {
  const file = 'tests/fixtures/schedule-fixes/typo-years.offering.yaml';
  const diagnostics = validate(parseDocument(readFileSync(file, 'utf8'), { filename: file }));
  expect(diagnostics.filter((d) => d.code === 'offering/holiday').map((d) => d.message)).toEqual([
    "2200-01-01 is a public holiday in Baden-Württemberg (New Year's Day)",
  ]);
  expect([...asked].sort((a, b) => a - b)).toEqual([1927, 2027, 2199, 2200]);
});
