import { TZDate } from '@date-fns/tz';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toIcs } from '../../src/export/index.js';
import { formatUtcOffset, vtimezoneLines } from '../../src/export/vtimezone.js';
import type { Session } from '../../src/model/session.js';
import { parseIcs, wall } from './ics-helpers.js';

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

  it('ends a rule with UNTIL where tzdata ended it (America/Mexico_City: no daylight saving after 2022)', () => {
    const text = vtimezoneLines('America/Mexico_City', 2022, 2023).join('\n');
    expect(text).toContain('DTSTART:20210404T020000\nTZOFFSETFROM:-0600\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20220403T080000Z');
    expect(text).toContain('DTSTART:20211031T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0600\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20221030T070000Z');
  });

  it('writes one rule per tzdata rule when the rule changed within the years (America/New_York 2007)', () => {
    const text = vtimezoneLines('America/New_York', 2006, 2008).join('\n');
    expect(text).toContain('TZOFFSETTO:-0400\nRRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z');
    expect(text).toContain('TZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20061029T060000Z');
    expect(text).toContain('DTSTART:20070311T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\n');
    expect(text).toContain('DTSTART:20071104T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\n');
  });

  it('ends Germany\'s September rule in 1995 and starts the October rule in 1996', () => {
    const text = vtimezoneLines('Europe/Berlin', 1995, 1997).join('\n');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU;UNTIL=19950924T030000Z');
    expect(text).toContain('DTSTART:19961027T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n');
  });

  it('leaves a rule open only when it still holds the year after the last (no UNTIL for Europe/Berlin 2027)', () => {
    expect(vtimezoneLines('Europe/Berlin', 2027, 2028).join('\n')).not.toContain('UNTIL');
  });

  it('writes changes fixed to dates as parts of their own (Africa/Casablanca around Ramadan)', () => {
    const lines = vtimezoneLines('Africa/Casablanca', 2026, 2027);
    expect(lines.some((l) => l.startsWith('RRULE'))).toBe(false);
    expect(lines.filter((l) => l === 'BEGIN:STANDARD').length + lines.filter((l) => l === 'BEGIN:DAYLIGHT').length).toBeGreaterThanOrEqual(6);
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
    ['America/New_York', 2005, 2008],
    ['Europe/Berlin', 1979, 1981],
    ['Europe/Berlin', 1995, 1997],
    ['Africa/Casablanca', 2017, 2020],
    ['Africa/Casablanca', 2026, 2027],
    ['Australia/Lord_Howe', 2007, 2009],
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

/** The UTC offset Intl (ICU's tzdata) gives a zone at an instant, in minutes east of UTC. */
function intlOffset(zone: string, at: number): number {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date(at)).find((p) => p.type === 'timeZoneName')!.value;
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name)!;
  return m[1] === undefined ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

describe('calendars against the offsets Intl gives for every event', () => {
  // Sessions every 4 days over years in which tzdata's rules changed (or have none that repeat):
  // every start and end, converted through the calendar's own VTIMEZONE by ical.js as a client
  // does, must be the instant whose offset Intl gives for that wall time.
  const cases = [
    ['Europe/Berlin', 1979, 1981],
    ['Europe/Berlin', 1995, 1997],
    ['Europe/Berlin', 2026, 2028],
    ['America/New_York', 2005, 2008],
    ['America/New_York', 2026, 2027],
    ['Australia/Lord_Howe', 2007, 2009],
    ['Australia/Lord_Howe', 2026, 2027],
    ['Africa/Casablanca', 2017, 2020],
    ['Africa/Casablanca', 2026, 2027],
  ] as const;
  for (const [zone, first, last] of cases) {
    it(`${zone} ${first}-${last}`, () => {
      const sessions: Session[] = [];
      for (let t = Date.UTC(first, 0, 2); t < Date.UTC(last, 11, 31); t += 4 * 86_400_000) {
        const date = new Date(t).toISOString().slice(0, 10);
        sessions.push({ date, time: sessions.length % 2 === 0 ? '09:30-16:30' : '17:45-23:15', status: 'scheduled' });
      }
      const ics = toIcs({ kind: 'offering', id: 'tz', program: 'p', timeZone: zone, unit: 'UE', sessions }, { kind: 'program', id: 'p', title: 'P', language: 'de', unit: 'UE', modules: [] });
      const { events } = parseIcs(ics);
      expect(events).toHaveLength(sessions.length);
      const wrong: string[] = [];
      for (const e of events) {
        for (const t of [e.start, e.end]) {
          const instant = t.toUnixTime() * 1000;
          const wallAsUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute);
          const offset = (wallAsUtc - instant) / 60_000;
          if (offset !== intlOffset(zone, instant)) wrong.push(`${wall(t)}: calendar ${offset}, Intl ${intlOffset(zone, instant)}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});

describe('a VTIMEZONE only for the years that have events', () => {
  // Years far apart, in zones whose rules changed between them (the US in 2007, Germany in 1996,
  // Mexico ending daylight saving in 2022): a rule of the earlier years must end before the later ones.
  const cases = [
    ['America/New_York', [1990, 2027]],
    ['Europe/Berlin', [1901, 1990, 2199]],
    ['America/Mexico_City', [2010, 2012, 2025]],
    ['Africa/Casablanca', [2015, 2030]],
  ] as const;
  for (const [zone, years] of cases) {
    it(`${zone} ${years.join(', ')}: every event as Intl says, and no year between them described`, () => {
      const sessions: Session[] = [];
      for (const year of years) {
        for (let t = Date.UTC(year, 0, 2); t < Date.UTC(year, 11, 31); t += 5 * 86_400_000) {
          sessions.push({ date: new Date(t).toISOString().slice(0, 10), time: sessions.length % 2 === 0 ? '09:30-16:30' : '17:45-23:15', status: 'scheduled' });
        }
      }
      const ics = toIcs({ kind: 'offering', id: 'tz', program: 'p', timeZone: zone, unit: 'UE', sessions }, { kind: 'program', id: 'p', title: 'P', language: 'de', unit: 'UE', modules: [] });
      const { events } = parseIcs(ics);
      const wrong: string[] = [];
      for (const e of events) {
        for (const t of [e.start, e.end]) {
          const instant = t.toUnixTime() * 1000;
          const offset = (Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute) - instant) / 60_000;
          if (offset !== intlOffset(zone, instant)) wrong.push(`${wall(t)}: calendar ${offset}, Intl ${intlOffset(zone, instant)}`);
        }
      }
      expect(wrong).toEqual([]);
      // Each part starts in an event's year or the year before it.
      const starts = [...ics.matchAll(/^DTSTART:(\d{4})/gm)].map((m) => Number(m[1]));
      const allowed = new Set(years.flatMap((y) => [y - 1, y]));
      expect(starts.filter((y) => !allowed.has(y))).toEqual([]);
    });
  }

  it('an offering with one session in 1900 and one in 2200 is a few lines, written at once', () => {
    const sessions: Session[] = [
      { date: '1900-03-01', time: '09:00-12:00', status: 'scheduled' },
      { date: '2200-12-01', time: '09:00-12:00', status: 'scheduled' },
    ];
    const started = performance.now();
    const ics = toIcs({ kind: 'offering', id: 'tz', program: 'p', timeZone: 'Europe/Berlin', unit: 'UE', sessions }, { kind: 'program', id: 'p', title: 'P', language: 'de', unit: 'UE', modules: [] });
    expect(performance.now() - started).toBeLessThan(500);
    const zone = ics.slice(ics.indexOf('BEGIN:VTIMEZONE'), ics.indexOf('END:VTIMEZONE'));
    expect(zone.split('\r\n').length).toBeLessThan(40);
  });
});
