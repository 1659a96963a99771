import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  classifyDay,
  holidayRegions,
  holidaysBetween,
  isHoliday,
  localInstant,
  nextAllowedDay,
  toDayNumber,
} from '../../src/calendar/index.js';
import { HolidayCalendar } from '../../src/calendar/holidays.js';
import { CurriculaUsageError } from '../../src/core/errors.js';

describe('public holidays', () => {
  it('lists public holidays of a state only (no school or bank days)', () => {
    expect(holidaysBetween('2027-01-01', '2027-01-31', { state: 'BW' })).toEqual([
      { date: '2027-01-01', name: 'Neujahr', nameEn: "New Year's Day" },
      { date: '2027-01-06', name: 'Heilige Drei Könige', nameEn: 'Epiphany' },
    ]);
    const bwYear = holidaysBetween('2027-01-01', '2027-12-31', { state: 'BW' }).map((h) => h.name);
    expect(bwYear).not.toContain('Gründonnerstag');
    expect(bwYear).not.toContain('Heiliger Abend');
    expect(bwYear).toContain('Fronleichnam');
    expect(holidaysBetween('2027-01-01', '2027-01-31', { state: 'BE' }).map((h) => h.date)).toEqual(['2027-01-01']);
  });

  it('knows regions within a state (Augsburg in Bavaria)', () => {
    expect(holidayRegions('BY').A).toBe('Stadt Augsburg');
    expect(isHoliday('2025-08-08', { state: 'BY', region: 'A' })).toEqual({ date: '2025-08-08', name: 'Augsburger Friedensfest', nameEn: 'Augsburg Peace Festival' });
    expect(isHoliday('2025-08-08', { state: 'BY' })).toBeUndefined();
    expect(holidaysBetween('2027-08-01', '2027-08-31', { state: 'BY', region: 'A' })).toEqual([
      { date: '2027-08-08', name: 'Augsburger Friedensfest', nameEn: 'Augsburg Peace Festival' },
      { date: '2027-08-15', name: 'Mariä Himmelfahrt', nameEn: 'Assumption' },
    ]);
  });

  it('spans years and returns nothing for reversed ranges', () => {
    const around = holidaysBetween('2026-12-20', '2027-01-02', { state: 'NW' });
    expect(around.map((h) => h.date)).toEqual(['2026-12-25', '2026-12-26', '2027-01-01']);
    expect(holidaysBetween('2027-02-01', '2027-01-01', { state: 'NW' })).toEqual([]);
  });

  it('rejects bad input as programmer errors', () => {
    expect(() => holidaysBetween('2027-01-01', '2027-13-01', { state: 'BW' })).toThrow(CurriculaUsageError);
    expect(() => isHoliday('2027-01-01', { state: 'XX' as never })).toThrow(CurriculaUsageError);
    expect(() => isHoliday('2027-01-01', { state: 'BW', region: 'A' })).toThrow(CurriculaUsageError);
  });

  it('loads date-holidays on first use only, and works from a CommonJS bundle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'curricula-calendar-'));
    try {
      const entry = join(dir, 'entry.ts');
      writeFileSync(
        entry,
        `import { holidaysBetween } from ${JSON.stringify(join(process.cwd(), 'src/node.ts'))};
const loaded = () => Object.keys(require.cache).some((k) => k.includes('date-holidays'));
const before = loaded();
const h = holidaysBetween('2027-01-01', '2027-01-06', { state: 'BW' });
console.log(JSON.stringify({ before, after: loaded(), h }));
`,
      );
      const outfile = join(dir, 'out.cjs');
      // tsup's shims give CommonJS builds an import.meta.url; esbuild needs it spelled out.
      await build({
        entryPoints: [entry],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        outfile,
        packages: 'external',
        nodePaths: [join(process.cwd(), 'node_modules')],
        define: { 'import.meta.url': 'importMetaUrl' },
        banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
        logLevel: 'silent',
      });
      const out = execFileSync(process.execPath, [outfile], {
        encoding: 'utf8',
        env: { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules') },
      });
      expect(JSON.parse(out)).toEqual({
        before: false,
        after: true,
        h: [
          { date: '2027-01-01', name: 'Neujahr', nameEn: "New Year's Day" },
          { date: '2027-01-06', name: 'Heilige Drei Könige', nameEn: 'Epiphany' },
        ],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('allowed days', () => {
  it('finds the next allowed day past holidays and weekends', () => {
    expect(nextAllowedDay('2026-12-31', { state: 'BW' })).toBe('2027-01-04');
    expect(nextAllowedDay('2027-01-04', { state: 'BW' }, { inclusive: true })).toBe('2027-01-04');
    expect(nextAllowedDay('2027-01-05', { state: 'BW' })).toBe('2027-01-07');
    expect(nextAllowedDay('2027-01-08', { weekdays: ['sat'] })).toBe('2027-01-09');
    expect(nextAllowedDay('2027-01-04', { weekdays: [] })).toBeUndefined();
    expect(
      nextAllowedDay('2027-01-04', { blackouts: [{ from: '2027-01-05', to: '2027-01-12', name: 'Klausur' }, '2027-01-13'] }),
    ).toBe('2027-01-14');
    expect(nextAllowedDay('2027-02-11', { extraHolidays: [{ date: '2027-02-12', name: 'Schmotziger Dunschtig' }] })).toBe(
      '2027-02-15',
    );
  });

  it('gives the reason a day is closed, weekday first', () => {
    expect(classifyDay('2027-01-04', { state: 'BW' })).toEqual({ allowed: true });
    expect(classifyDay('2027-01-06', { state: 'BW' })).toMatchObject({
      allowed: false,
      reason: 'holiday',
      detail: { en: 'public holiday: Epiphany', de: 'gesetzlicher Feiertag: Heilige Drei Könige' },
    });
    expect(classifyDay('2027-08-15', { state: 'BY' })).toMatchObject({ reason: 'weekday' });
    expect(classifyDay('2027-07-30', { blackouts: [{ from: '2027-07-29', to: '2027-09-11', name: 'Sommerferien' }] })).toMatchObject({
      reason: 'blackout',
      detail: { en: 'blackout 2027-07-29 – 2027-09-11 (Sommerferien)' },
    });
    expect(classifyDay('2027-07-30', { extraHolidays: [{ date: '2027-07-30', name: 'Stadtfest' }] })).toMatchObject({
      reason: 'holiday',
      publicHoliday: false,
    });
  });
});

describe('local wall-clock times', () => {
  it('keeps 09:30 local on both sides of the daylight-saving changes', () => {
    expect(localInstant('2027-03-26', 570, 'Europe/Berlin').toISOString()).toBe('2027-03-26T08:30:00.000Z');
    expect(localInstant('2027-03-29', 570, 'Europe/Berlin').toISOString()).toBe('2027-03-29T07:30:00.000Z');
    expect(localInstant('2027-10-29', 570, 'Europe/Berlin').toISOString()).toBe('2027-10-29T07:30:00.000Z');
    expect(localInstant('2027-11-01', 570, 'Europe/Berlin').toISOString()).toBe('2027-11-01T08:30:00.000Z');
  });
});

describe('holiday names in both languages', () => {
  it('names holidays in German and English, whichever was asked for first', () => {
    // date-holidays keeps the last language asked for as its default; both are always asked explicitly.
    expect(holidaysBetween('2031-10-03', '2031-10-03', { state: 'SN' })).toEqual([
      { date: '2031-10-03', name: 'Tag der Deutschen Einheit', nameEn: 'National Holiday' },
    ]);
    expect(holidaysBetween('2031-11-19', '2031-11-19', { state: 'SN' })).toEqual([
      { date: '2031-11-19', name: 'Buß- und Bettag', nameEn: 'Day of Prayer and Repentance' },
    ]);
  });

  it('keeps the one name of a local holiday in English', () => {
    const cal = new HolidayCalendar(undefined, [{ date: '2027-02-11', name: 'Gumpiger Donnerstag' }]);
    const day = toDayNumber('2027-02-11');
    expect(cal.namesOn(day, 'en')).toEqual(['Gumpiger Donnerstag']);
    const named = new HolidayCalendar(undefined, [{ date: '2027-02-11', name: 'Gumpiger Donnerstag', nameEn: 'Fat Thursday' }]);
    expect(named.namesOn(day, 'en')).toEqual(['Fat Thursday']);
    expect(named.namesOn(day)).toEqual(['Gumpiger Donnerstag']);
  });
});
