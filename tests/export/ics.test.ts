import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toIcs } from '../../src/export/index.js';
import { cleanIcsText } from '../../src/export/ics-text.js';
import type { Session } from '../../src/model/session.js';
import type { Offering } from '../../src/model/offering.js';
import type { Program } from '../../src/model/program.js';
import { CurriculaUsageError } from '../../src/core/errors.js';
import { offering, program, withSessions } from './fixtures.js';
import { parseIcs, unfold, wall } from './ics-helpers.js';
import { numRuns } from '../setup/runs.js';

/** The UTC instant of a local wall time in a zone, from the runtime's zone data. */
function instant(date: string, time: string, zone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new TZDate(y, m - 1, d, hh, mm, zone).getTime();
}

describe('toIcs: calendar structure', () => {
  const ics = toIcs(offering, program);

  it('uses CRLF line endings only and ends with CRLF', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes one VEVENT per dated session, none for sessions to be agreed', () => {
    const { events } = parseIcs(ics);
    const dated = offering.sessions.filter((s) => s.status !== 'to-be-agreed');
    expect(events).toHaveLength(dated.length);
    // Recurrence appears only in the zone rules, never in events.
    const eventText = ics.slice(ics.indexOf('BEGIN:VEVENT'));
    expect(eventText).not.toMatch(/^(RRULE|EXDATE|RDATE)/m);
  });

  it('puts TZID on every DTSTART/DTEND with a time and never writes floating times', () => {
    const lines = unfold(ics).split('\r\n').filter((l) => /^(DTSTART|DTEND)[;:]/.test(l));
    const inEvents = unfold(ics.slice(ics.indexOf('BEGIN:VEVENT'))).split('\r\n').filter((l) => /^(DTSTART|DTEND)[;:]/.test(l));
    expect(inEvents.length).toBe(12);
    for (const l of inEvents) expect(l).toMatch(/^(DTSTART|DTEND)(;TZID=Europe\/Berlin:\d{8}T\d{6}|;VALUE=DATE:\d{8})$/);
    expect(lines.length).toBeGreaterThan(inEvents.length);
  });

  it('writes a VTIMEZONE for Europe/Berlin with yearly STANDARD and DAYLIGHT rules', () => {
    const vtz = ics.slice(ics.indexOf('BEGIN:VTIMEZONE'), ics.indexOf('END:VTIMEZONE') + 'END:VTIMEZONE'.length);
    expect(vtz).toBe(
      [
        'BEGIN:VTIMEZONE',
        'TZID:Europe/Berlin',
        'BEGIN:DAYLIGHT',
        'DTSTART:20260329T020000',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
        'END:DAYLIGHT',
        'BEGIN:STANDARD',
        'DTSTART:20261025T030000',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
        'END:STANDARD',
        'END:VTIMEZONE',
      ].join('\r\n'),
    );
  });

  it('writes SUMMARY, DESCRIPTION with topics, LOCATION and ORGANIZER', () => {
    const { events } = parseIcs(ics);
    const first = events[0]!;
    expect(first.summary).toBe('Ehrenamtliches Engagement im sozialen Netzwerk: Einstieg in die Netzwerkarbeit');
    expect(first.description).toBe(
      'Bausteine:\n- Einstieg in die Netzwerkarbeit (8 UE)\n  - Geschichte, Bezüge; Grundlagen\n  - Rolle der Koordination\\Moderation',
    );
    expect(first.location).toBe('Hauptstr. 28, 70563 Stuttgart');
    expect(events[2]!.location).toBe('Online; Zoom, Raum 2');
    expect(events[3]!.summary).toBe('Ehrenamtliches Engagement im sozialen Netzwerk: Ressourcen „sichern“, Bedarfe erheben');
    expect(events[3]!.description).toContain('- Ressourcen „sichern“ (6 UE)');
    expect(events[3]!.description).toContain('- Bedarfe erheben (2 UE)');
    expect(unfold(ics)).toContain('ORGANIZER;CN=Frau Bendicks:mailto:info@example.org');
  });

  it('needs the program: without it there would be only ids to write (SUMMARY:ehrenamt-netzwerk: einstieg)', () => {
    const untyped = toIcs as (offering: Offering, program?: Program) => string;
    expect(() => untyped(offering)).toThrow(CurriculaUsageError);
    expect(() => untyped(offering)).toThrow(/toIcs needs the program the offering runs as its second argument/);
  });

  it('writes descriptions in English when asked', () => {
    const { events } = parseIcs(toIcs(offering, program, { locale: 'en' }));
    expect(events[0]!.description).toMatch(/^Modules:\n/);
    expect(events[4]!.description).toMatch(/^This session is cancelled\.\nReason: Krankheit\n/);
  });

  it('lists sessions to be agreed in the calendar description', () => {
    // ical.js leaves calendar-level DESCRIPTION (RFC 7986) escaped, so read the line itself.
    const lines = unfold(ics).split('\r\n');
    const expected = 'Termine nach Absprache:\\n- s06 (ohne Datum): Schreibwerkstatt\\, nach Absprache mit den Teilnehmenden';
    expect(lines).toContain(`DESCRIPTION:${expected}`);
    expect(lines).toContain(`X-WR-CALDESC:${expected}`);
    expect(lines.indexOf(`DESCRIPTION:${expected}`)).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
  });

  it('writes a session without time as an all-day event', () => {
    const { events } = parseIcs(ics);
    const last = events[events.length - 1]!;
    expect(last.start.isDate).toBe(true);
    expect(last.start.toString()).toBe('2027-11-12');
    expect(last.end.toString()).toBe('2027-11-13');
    expect(ics).toContain('DTSTART;VALUE=DATE:20271112\r\nDTEND;VALUE=DATE:20271113\r\n');
    expect(last.summary).toBe('Ehrenamtliches Engagement im sozialen Netzwerk: Abschluss (ganztägig)');
  });

  it('writes 24:00 as 00:00 of the next day', () => {
    const ics24 = toIcs(withSessions([{ date: '2027-12-31', time: '20:00-24:00', status: 'scheduled' }]), program);
    expect(ics24).toContain('DTEND;TZID=Europe/Berlin:20280101T000000');
    expect(ics24).toContain('DTSTART:20260329T020000'); // the yearly rule also covers 2028-01-01
    const { events } = parseIcs(ics24);
    expect(events[0]!.end.toJSDate().getTime() - events[0]!.start.toJSDate().getTime()).toBe(4 * 3_600_000);
  });
});

describe('toIcs: daylight saving time', () => {
  it('keeps local times across 2027-03-28 and 2027-10-31; ical.js reads the same local start and end', () => {
    const sessions: Session[] = [];
    for (const date of ['2027-03-26', '2027-03-27', '2027-03-28', '2027-03-29', '2027-10-29', '2027-10-30', '2027-10-31', '2027-11-01']) {
      sessions.push({ date, time: '09:30-16:30', status: 'scheduled' }, { date, time: '01:00-04:00', status: 'scheduled' });
    }
    const o = withSessions(sessions);
    const { events } = parseIcs(toIcs(o, program));
    expect(events).toHaveLength(sessions.length);
    events.forEach((e, i) => {
      const s = sessions[i]!;
      const [from, to] = s.time!.split('-') as [string, string];
      expect(wall(e.start)).toBe(`${s.date} ${from}`);
      expect(wall(e.end)).toBe(`${s.date} ${to}`);
      expect(e.startTzid).toBe('Europe/Berlin');
      expect(e.endTzid).toBe('Europe/Berlin');
      if (from === '09:30') {
        // Through the file's own VTIMEZONE, the instants are the real ones.
        expect(e.start.toJSDate().getTime()).toBe(instant(s.date!, from, 'Europe/Berlin'));
        expect(e.end.toJSDate().getTime()).toBe(instant(s.date!, to, 'Europe/Berlin'));
      }
    });
    // 09:30 is 08:30Z in winter and 07:30Z in summer.
    expect(events[0]!.start.toJSDate().toISOString()).toBe('2027-03-26T08:30:00.000Z');
    expect(events[6]!.start.toJSDate().toISOString()).toBe('2027-03-29T07:30:00.000Z');
    expect(events[14]!.start.toJSDate().toISOString()).toBe('2027-11-01T08:30:00.000Z');
  });

  for (const zone of ['America/New_York', 'Asia/Tokyo', 'Australia/Sydney']) {
    it(`keeps local times in ${zone}`, () => {
      const dates = ['2027-01-15', '2027-03-15', '2027-04-05', '2027-07-01', '2027-10-04', '2027-11-08', '2027-12-20'];
      const o = { ...withSessions(dates.map((date) => ({ date, time: '10:00-12:15', status: 'scheduled' as const }))), timeZone: zone };
      const { events } = parseIcs(toIcs(o, program));
      events.forEach((e, i) => {
        expect(wall(e.start)).toBe(`${dates[i]} 10:00`);
        expect(e.startTzid).toBe(zone);
        expect(e.start.toJSDate().getTime()).toBe(instant(dates[i]!, '10:00', zone));
        expect(e.end.toJSDate().getTime()).toBe(instant(dates[i]!, '12:15', zone));
      });
    });
  }
});

describe('toIcs: identity and changes', () => {
  it('keeps UIDs when sessions move to other dates', () => {
    const moved = withSessions(offering.sessions.map((s) => (s.date ? { ...s, date: s.date.replace('2027', '2028') } : s)));
    const before = parseIcs(toIcs(offering, program)).events.map((e) => e.uid);
    const after = parseIcs(toIcs(moved, program)).events.map((e) => e.uid);
    expect(after).toEqual(before);
    expect(new Set(before).size).toBe(before.length);
    expect(before[0]).toBe('ehrenamt-netzwerk-2027/auftakt@curricula');
    expect(before[1]).toBe('ehrenamt-netzwerk-2027/s02@curricula');
  });

  it('gives a session without id the id of its position, never one another session has', () => {
    const o = withSessions([
      { date: '2027-01-04', status: 'scheduled' },
      { date: '2027-01-05', status: 'scheduled' },
      { id: 's02', date: '2027-01-06', status: 'scheduled' },
    ]);
    expect(parseIcs(toIcs(o, program)).events.map((e) => e.uid)).toEqual([
      'ehrenamt-netzwerk-2027/s01@curricula',
      'ehrenamt-netzwerk-2027/s02-2@curricula',
      'ehrenamt-netzwerk-2027/s02@curricula',
    ]);
  });

  it('takes the UID domain from the provider\'s url when no option names one', () => {
    const withUrl = (url: string) => withSessions(offering.sessions, { ...offering, provider: { name: 'VHS', url } });
    expect(parseIcs(toIcs(withUrl('https://www.VHS-Stuttgart.de/kurse?x=1'), program)).events[0]!.uid).toBe('ehrenamt-netzwerk-2027/auftakt@www.vhs-stuttgart.de');
    expect(parseIcs(toIcs(withUrl('vhs-stuttgart.de/kurse'), program)).events[0]!.uid).toBe('ehrenamt-netzwerk-2027/auftakt@vhs-stuttgart.de');
    expect(parseIcs(toIcs(withUrl('kein Link'), program)).events[0]!.uid).toBe('ehrenamt-netzwerk-2027/auftakt@curricula');
    expect(parseIcs(toIcs(withUrl('https://www.vhs-stuttgart.de'), program, { uidDomain: 'kurse.example.org' })).events[0]!.uid).toBe(
      'ehrenamt-netzwerk-2027/auftakt@kurse.example.org',
    );
  });

  it('takes the UID domain from the options', () => {
    expect(parseIcs(toIcs(offering, program, { uidDomain: 'bildung.example.org' })).events[0]!.uid).toBe(
      'ehrenamt-netzwerk-2027/auftakt@bildung.example.org',
    );
  });

  it('writes SEQUENCE from the session, 0 when absent', () => {
    const { events } = parseIcs(toIcs(offering, program));
    expect(events.map((e) => e.sequence)).toEqual([0, 0, 0, 2, 1, 0]);
  });

  it('marks a cancelled session STATUS:CANCELLED and keeps its UID', () => {
    const { events } = parseIcs(toIcs(offering, program));
    expect(events.map((e) => e.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CANCELLED', 'CONFIRMED']);
    const scheduledAgain = withSessions(offering.sessions.map((s) => ({ ...s, status: s.status === 'cancelled' ? 'scheduled' : s.status })));
    expect(parseIcs(toIcs(scheduledAgain, program)).events[4]!.uid).toBe(events[4]!.uid);
  });

  it('writes a METHOD:CANCEL calendar with only the cancelled sessions', () => {
    const publish = parseIcs(toIcs(offering, program)).events;
    const text = toIcs(offering, program, { method: 'CANCEL' });
    expect(text).toContain('\r\nMETHOD:CANCEL\r\n');
    expect(text).not.toContain('X-WR-CALDESC');
    const { events } = parseIcs(text);
    expect(events).toHaveLength(1);
    expect(events[0]!.uid).toBe(publish[4]!.uid);
    expect(events[0]!.status).toBe('CANCELLED');
    // One above the session's sequence (1), so the cancellation is newer than what was published.
    expect(events[0]!.sequence).toBe(2);
    expect(publish[4]!.sequence).toBe(1);
    expect(wall(events[0]!.start)).toBe('2027-11-05 09:30');
  });

  it('stamps a cancellation with the current time when no now is given, never 1970', () => {
    const before = Date.now();
    const text = toIcs(offering, program, { method: 'CANCEL' });
    const stamp = /\r\nDTSTAMP:(\d{8}T\d{6}Z)\r\n/.exec(text)![1]!;
    const at = Date.UTC(+stamp.slice(0, 4), +stamp.slice(4, 6) - 1, +stamp.slice(6, 8), +stamp.slice(9, 11), +stamp.slice(11, 13), +stamp.slice(13, 15));
    expect(at).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(at).toBeLessThanOrEqual(Date.now());
    expect(toIcs(offering, program, { method: 'CANCEL', now: new Date('2027-11-01T10:00:00Z') })).toContain('DTSTAMP:20271101T100000Z');
  });

  it('writes METHOD:PUBLISH by default', () => {
    expect(toIcs(offering, program)).toContain('\r\nMETHOD:PUBLISH\r\n');
  });

  it('is deterministic, and takes DTSTAMP from options.now', () => {
    expect(toIcs(offering, program)).toBe(toIcs(offering, program));
    expect(toIcs(offering, program)).toContain('DTSTAMP:19700101T000000Z');
    const stamped = toIcs(offering, program, { now: new Date('2027-01-10T08:05:09.500Z') });
    expect(stamped).toContain('DTSTAMP:20270110T080509Z');
    expect(stamped).not.toContain('DTSTAMP:19700101');
  });

  it('throws a usage error for an invalid now', () => {
    expect(() => toIcs(offering, program, { now: new Date('nope') })).toThrow(/invalid Date/);
  });

  it('writes a valid calendar for an offering without dated sessions: the VTIMEZONE is its component (RFC 5545)', () => {
    const text = toIcs(withSessions([{ status: 'to-be-agreed', note: 'Frühjahr' }], { ...offering, start: '2027-03-01' }), program);
    const { calendar, events } = parseIcs(text);
    expect(events).toEqual([]);
    expect(calendar.getAllSubcomponents().map((c) => c.name)).toEqual(['vtimezone']);
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    // The zone is described for the offering's own year.
    expect(text).toContain('DTSTART:20260329T020000');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    // Not even a start date: the year of the stamp.
    const bare = parseIcs(toIcs(withSessions([{ status: 'to-be-agreed' }]), program, { now: new Date('2030-05-01T00:00:00Z') }));
    expect(bare.calendar.getAllSubcomponents().map((c) => c.name)).toEqual(['vtimezone']);
    expect(bare.calendar.getFirstSubcomponent('vtimezone')!.toString()).toContain('DTSTART:20290325T020000');
  });

  it('carries the VTIMEZONE with all-day events only', () => {
    const { calendar } = parseIcs(toIcs(withSessions([{ date: '2027-06-01', status: 'scheduled' }]), program));
    expect(calendar.getAllSubcomponents().map((c) => c.name)).toEqual(['vtimezone', 'vevent']);
  });

  it('writes METHOD:CANCEL only as a valid iTIP message: an event and an ORGANIZER (RFC 5546)', () => {
    const nothingCancelled = withSessions([{ date: '2027-01-04', time: '09:30-12:00', status: 'scheduled' }, { status: 'to-be-agreed' }]);
    const empty = parseIcs(toIcs(nothingCancelled, program, { method: 'CANCEL' }));
    expect(empty.calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(empty.calendar.getAllSubcomponents().map((c) => c.name)).toEqual(['vtimezone']);

    const noContact = withSessions(offering.sessions, { ...offering, provider: { name: 'Träger' } });
    const unsigned = toIcs(noContact, program, { method: 'CANCEL' });
    const fallback = parseIcs(unsigned);
    expect(fallback.calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(fallback.events.map((e) => e.status)).toEqual(['CANCELLED']);
    expect(unsigned).not.toContain('ORGANIZER');

    const signed = toIcs(noContact, program, { method: 'CANCEL', organizer: { email: 'kurse@example.org', name: 'Kursbüro' } });
    const cancel = parseIcs(signed);
    expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancel.events).toHaveLength(1);
    for (const ve of cancel.calendar.getAllSubcomponents('vevent')) {
      expect(ve.getFirstPropertyValue('organizer')).toBe('mailto:kurse@example.org');
    }
    expect(unfold(signed)).toContain('ORGANIZER;CN=Kursbüro:mailto:kurse@example.org');
  });

  it('prefers the organizer option to the contacts of the offering', () => {
    const text = unfold(toIcs(offering, program, { organizer: { email: 'a@example.org' } }));
    expect(text).toContain('\r\nORGANIZER:mailto:a@example.org\r\n');
    expect(text).not.toContain('info@example.org');
  });
});

describe('toIcs: text', () => {
  const long = 'Grüße aus Köln, Düsseldorf; Übungen für Ältere \\ Öffentlichkeit 😀👩‍👩‍👧‍👦 ' + 'äöüß€😀'.repeat(30);
  const titled = withSessions([{ date: '2027-06-01', time: '09:00-10:00', status: 'scheduled', title: long, note: 'Zeile 1\nZeile 2\r\nZeile 3' }]);
  const text = toIcs(titled, program);

  it('folds every line at 75 octets without splitting a UTF-8 sequence', () => {
    const bytes = new TextEncoder();
    const strict = new TextDecoder('utf-8', { fatal: true });
    const lines = text.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) {
      const encoded = bytes.encode(line);
      expect(encoded.length).toBeLessThanOrEqual(75);
      // Each physical line on its own must be valid UTF-8: no sequence is cut.
      expect(() => strict.decode(encoded)).not.toThrow();
      expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
    }
  });

  it('unfolds to the original text', () => {
    const { events } = parseIcs(text);
    expect(events[0]!.summary).toBe(`${program.title}: ${long}`);
    expect(events[0]!.description).toContain('Hinweis: Zeile 1\nZeile 2\nZeile 3');
    const summaryLine = unfold(text).split('\r\n').find((l) => l.startsWith('SUMMARY:'))!;
    expect(summaryLine).toBe(`SUMMARY:${program.title}: ${long.replace(/[\\;,]/g, (c) => `\\${c}`)}`);
  });

  it('escapes backslash, semicolon, comma and newlines', () => {
    const o = withSessions([{ date: '2027-06-01', time: '09:00-10:00', status: 'scheduled', title: 'a,b;c\\d\ne', location: 'x;y,z\\' }]);
    const t = unfold(toIcs(o, program));
    expect(t).toContain('SUMMARY:Ehrenamtliches Engagement im sozialen Netzwerk: a\\,b\\;c\\\\d\\ne\r\n');
    expect(t).toContain('LOCATION:x\\;y\\,z\\\\\r\n');
    const { events } = parseIcs(toIcs(o, program));
    expect(events[0]!.summary).toBe('Ehrenamtliches Engagement im sozialen Netzwerk: a,b;c\\d\ne');
    expect(events[0]!.location).toBe('x;y,z\\');
  });

  it('quotes parameter values with : ; or ,', () => {
    const o = { ...offering, provider: { name: 'Bildungswerk', contact: { name: 'Müller, Anna: Leitung', email: 'a@example.org' } } };
    expect(unfold(toIcs(o, program))).toContain('ORGANIZER;CN="Müller, Anna: Leitung":mailto:a@example.org');
  });

  it('round-trips arbitrary titles through folding and ical.js (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 60 }), (a, b) => {
        const title = a + b;
        const o = withSessions([{ date: '2027-06-01', time: '09:00-10:00', status: 'scheduled', title, location: title || 'x' }]);
        const t = toIcs(o, program);
        for (const line of t.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const { events } = parseIcs(t);
        const expected = title === '' ? program.title : `${program.title}: ${cleanIcsText(title)}`;
        expect(events[0]!.summary).toBe(expected);
        expect(events[0]!.location).toBe(cleanIcsText(title || 'x') || null);
      }),
      { numRuns: numRuns(100, 1_000) },
    );
  });
});

describe('toIcs: usage errors', () => {
  it('throws for an unknown time zone (an unparsed offering)', () => {
    expect(() => toIcs({ ...offering, timeZone: 'Europe/Bonn' }, program)).toThrow(/unknown time zone/);
  });
});
