import { TZDate } from '@date-fns/tz';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { formatUtcOffset, vtimezoneLines } from '../../src/export/vtimezone.js';

/** Registers the VTIMEZONE with ical.js and converts local wall times through it. */
function converter(zone: string, lines: string[]) {
  const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
  const vtz = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vtimezone')!;
  const tz = new ICAL.Timezone(vtz);
  return (y: number, m: number, d: number, hh: number, mm: number): number => {
    const t = new ICAL.Time({ year: y, month: m, day: d, hour: hh, minute: mm, second: 0, isDate: false }, tz);
    return t.toUnixTime() * 1000;
  };
}

/**
 * Every day of the years at 12:00 and 23:30 local: the VTIMEZONE maps the
 * wall time to an instant the runtime shows as that same wall time (for an
 * ambiguous time, either of its two instants).
 */
function agreesEveryDay(zone: string, first: number, last: number): void {
  const toUtc = converter(zone, vtimezoneLines(zone, first, last));
  const pad = (n: number) => String(n).padStart(2, '0');
  let checked = 0;
  for (let t = Date.UTC(first, 0, 1); t < Date.UTC(last + 1, 0, 1); t += 86_400_000) {
    const d = new Date(t);
    for (const [hh, mm] of [[12, 0], [23, 30]] as const) {
      const wanted = `${d.toISOString().slice(0, 10)} ${pad(hh)}:${pad(mm)}`;
      const shown = new TZDate(toUtc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hh, mm), zone);
      const got = `${shown.getFullYear()}-${pad(shown.getMonth() + 1)}-${pad(shown.getDate())} ${pad(shown.getHours())}:${pad(shown.getMinutes())}`;
      if (got !== wanted) expect(`${zone}: ${got}`).toBe(`${zone}: ${wanted}`);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(700);
}

describe('vtimezoneLines', () => {
  it('derives last-Sunday rules for Europe/Berlin', () => {
    const text = vtimezoneLines('Europe/Berlin', 2027, 2028).join('\n');
    expect(text).toContain('BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT');
    expect(text).toContain('BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD');
  });

  it('derives nth-Sunday rules for America/New_York', () => {
    const text = vtimezoneLines('America/New_York', 2027, 2027).join('\n');
    expect(text).toContain('DTSTART:20260308T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(text).toContain('DTSTART:20261101T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
  });

  it('writes only STANDARD for a zone without daylight saving (Asia/Tokyo)', () => {
    expect(vtimezoneLines('Asia/Tokyo', 2027, 2027)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'BEGIN:STANDARD',
      'DTSTART:20260101T000000',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('handles the southern hemisphere (Australia/Sydney)', () => {
    const text = vtimezoneLines('Australia/Sydney', 2027, 2027).join('\n');
    expect(text).toContain('TZOFFSETFROM:+1000\nTZOFFSETTO:+1100\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU');
    expect(text).toContain('TZOFFSETFROM:+1100\nTZOFFSETTO:+1000\nRRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU');
  });

  it('handles half-hour changes (Australia/Lord_Howe)', () => {
    const text = vtimezoneLines('Australia/Lord_Howe', 2027, 2027).join('\n');
    expect(text).toContain('TZOFFSETFROM:+1030\nTZOFFSETTO:+1100');
  });

  it('falls back to explicit onsets when the rules change within the years (America/Mexico_City 2022-2023)', () => {
    const lines = vtimezoneLines('America/Mexico_City', 2022, 2023);
    expect(lines.some((l) => l.startsWith('RRULE'))).toBe(false);
    expect(lines.join('\n')).toContain('DTSTART:20221030T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0600');
  });

  for (const [zone, first, last] of [
    ['Europe/Berlin', 2027, 2028],
    ['Europe/London', 2027, 2027],
    ['America/New_York', 2027, 2028],
    ['America/Sao_Paulo', 2018, 2020],
    ['Asia/Tokyo', 2027, 2027],
    ['Asia/Kolkata', 2027, 2027],
    ['Australia/Sydney', 2027, 2028],
    ['Australia/Lord_Howe', 2027, 2027],
    ['America/Mexico_City', 2022, 2023],
    ['Pacific/Chatham', 2027, 2027],
    ['UTC', 2027, 2027],
  ] as const) {
    it(`converts every day of ${first}-${last} like the runtime (${zone})`, () => agreesEveryDay(zone, first, last));
  }
});

describe('formatUtcOffset', () => {
  it('writes RFC 5545 UTC offsets', () => {
    expect(formatUtcOffset(60)).toBe('+0100');
    expect(formatUtcOffset(-270)).toBe('-0430');
    expect(formatUtcOffset(0)).toBe('+0000');
    expect(formatUtcOffset(345)).toBe('+0545');
  });
});
