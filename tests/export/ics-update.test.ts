import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { icsUpdate, toIcs } from '../../src/export/index.js';
import type { Offering } from '../../src/model/offering.js';
import { after, before } from './diff-fixtures.js';
import { program } from './fixtures.js';

/** What a calendar client keeps of an event: the component with its SEQUENCE and DTSTAMP. */
interface Kept {
  sequence: number;
  stamp: number;
  event: ICAL.Component;
}

/**
 * A calendar store that applies iCalendar objects as clients do (RFC 5546
 * §2.1.5): events are kept by UID; a message replaces a kept event only
 * when its SEQUENCE is higher (the strictest clients look at nothing
 * else; `strict: false` also takes an equal SEQUENCE with a later DTSTAMP,
 * as the RFC allows); a CANCEL removes the event, a PUBLISH of a new UID
 * adds it. `itip: false` is a client that only imports (it ignores
 * METHOD:CANCEL).
 */
class CalendarStore {
  readonly events = new Map<string, Kept>();
  constructor(
    private readonly itip = true,
    private readonly strict = true,
  ) {}

  apply(text: string): void {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const method = calendar.getFirstPropertyValue('method');
    for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
    for (const event of calendar.getAllSubcomponents('vevent')) {
      const uid = String(event.getFirstPropertyValue('uid'));
      const sequence = Number(event.getFirstPropertyValue('sequence') ?? 0);
      const stamp = (event.getFirstPropertyValue('dtstamp') as ICAL.Time).toUnixTime();
      const kept = this.events.get(uid);
      if (kept && (sequence < kept.sequence || (sequence === kept.sequence && (this.strict || stamp <= kept.stamp)))) continue;
      if (method === 'CANCEL') {
        if (this.itip) this.events.delete(uid);
        continue;
      }
      this.events.set(uid, { sequence, stamp, event });
    }
  }
}

/** What a person sees of an event: when, what, where, whether it takes place. */
function seen(event: ICAL.Component): Record<string, unknown> {
  const e = new ICAL.Event(event);
  return {
    start: e.startDate.toUnixTime(),
    end: e.endDate.toUnixTime(),
    summary: e.summary,
    description: e.description,
    location: e.location,
    status: event.getFirstPropertyValue('status'),
  };
}

/** The events of a freshly published calendar, by UID. */
function published(text: string): Map<string, Record<string, unknown>> {
  const store = new CalendarStore();
  store.apply(text);
  return new Map([...store.events].map(([uid, k]) => [uid, seen(k.event)]));
}

/**
 * The store holds exactly what the later version publishes: every event of
 * it that takes place, as it is now; a cancelled one removed or marked
 * cancelled; nothing else: no duplicate, and of a session gone from the
 * list at most its event marked cancelled (a client that only imports
 * cannot remove an event, only mark it).
 */
function expectAfterState(store: CalendarStore, afterVersion: Offering): void {
  const wanted = published(toIcs(afterVersion, program, { now: new Date('2027-04-01T00:00:00Z') }));
  const held = new Map([...store.events].map(([uid, k]) => [uid, seen(k.event)]));
  for (const [uid, event] of wanted) {
    if (event.status === 'CANCELLED') {
      const kept = held.get(uid);
      if (kept !== undefined) expect(kept, uid).toEqual(event);
      continue;
    }
    expect(held.get(uid), uid).toEqual(event);
  }
  for (const [uid, event] of held) {
    if (!wanted.has(uid)) expect(event.status, `${uid} is not in the later version`).toBe('CANCELLED');
  }
}

const t0 = new Date('2027-02-01T08:00:00Z');
const t1 = new Date('2027-03-20T08:00:00Z');
const t2 = new Date('2027-03-27T08:00:00Z');

describe('icsUpdate applied to a calendar store', () => {
  it('the cancelled events end cancelled in whichever order a client gets the messages', () => {
    const store = new CalendarStore();
    store.apply(toIcs(before, program, { now: t0 }));
    const update = icsUpdate(before, after, program, { now: t1 });
    for (const cancel of update.cancels) store.apply(cancel.text);
    store.apply(update.publish!);
    // Removed by the CANCEL, then known again only as cancelled from the PUBLISH copy: marked, never taking place.
    expect(store.events.get('kurs-2027-03-01/s05@curricula')!.event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expectAfterState(store, after);
  });

  it('publish, then the update, then each cancellation: the store ends with exactly the later version', () => {
    const store = new CalendarStore();
    store.apply(toIcs(before, program, { now: t0 }));
    expect(store.events.size).toBe(5);
    const update = icsUpdate(before, after, program, { now: t1 });
    expect(update.needsOrganizer).toBe(false);
    store.apply(update.publish!);
    for (const cancel of update.cancels) store.apply(cancel.text);
    expectAfterState(store, after);
    // s02 was cancelled and s05 removed: both gone; s03 moved under its UID, s07 and s06 added.
    expect([...store.events.keys()].sort()).toEqual(['s01', 's03', 's04', 's06', 's07'].map((s) => `kurs-2027-03-01/${s}@curricula`));
  });

  it('writes one CANCEL per UID with an ORGANIZER, SEQUENCE above what was published, DTSTAMP now', () => {
    const update = icsUpdate(before, after, program, { now: t1 });
    expect(update.cancels.map((c) => c.sessionId)).toEqual(['s02', 's05']);
    for (const cancel of update.cancels) {
      const calendar = new ICAL.Component(ICAL.parse(cancel.text));
      expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
      const events = calendar.getAllSubcomponents('vevent');
      expect(events).toHaveLength(1);
      expect(events[0]!.getFirstPropertyValue('uid')).toBe(cancel.uid);
      expect(events[0]!.getFirstPropertyValue('organizer')).toBe('mailto:kurse@example.org');
      expect(events[0]!.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(cancel.text).toContain('DTSTAMP:20270320T080000Z');
    }
    // s05 was published with sequence 1, s02 with 0; a CANCEL is one above the PUBLISH copy of the same change.
    expect(update.sequences).toMatchObject({ 'kurs-2027-03-01/s02@curricula': 2, 'kurs-2027-03-01/s05@curricula': 3, 'kurs-2027-03-01/s03@curricula': 1 });
    expect(update.cancels.map((c) => /\r\nSEQUENCE:(\d+)\r\n/.exec(c.text)![1])).toEqual(['2', '3']);
    expect(/UID:kurs-2027-03-01\/s02@curricula\r\n(?:.*\r\n)*?SEQUENCE:(\d+)/.exec(update.publish!)![1]).toBe('1');
    // Unchanged events are left out.
    expect(update.publish).not.toContain('UID:kurs-2027-03-01/s01@curricula');
  });

  it('a client that only imports gets the cancellations from the PUBLISH calendar, marked cancelled', () => {
    const store = new CalendarStore(false);
    store.apply(toIcs(before, program, { now: t0 }));
    const update = icsUpdate(before, after, program, { now: t1 });
    store.apply(update.publish!);
    for (const cancel of update.cancels) store.apply(cancel.text);
    const s02 = store.events.get('kurs-2027-03-01/s02@curricula')!;
    expect(s02.event.getFirstPropertyValue('status')).toBe('CANCELLED');
    const s05 = store.events.get('kurs-2027-03-01/s05@curricula')!;
    expect(s05.event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expectAfterState(store, after);
  });

  it('a second update takes the sequences already sent, so it is newer again', () => {
    const store = new CalendarStore();
    store.apply(toIcs(before, program, { now: t0 }));
    const first = icsUpdate(before, after, program, { now: t1 });
    store.apply(first.publish!);
    for (const cancel of first.cancels) store.apply(cancel.text);
    // The room changes once more; the after file was not given the raised sequences, the sent ones are passed instead.
    const again: Offering = { ...after, sessions: after.sessions.map((s) => (s.id === 's03' ? { ...s, location: 'Bürgerhaus' } : s)) };
    const second = icsUpdate(after, again, program, { now: t2, published: first.sequences });
    expect(second.sequences['kurs-2027-03-01/s03@curricula']).toBe(2);
    store.apply(second.publish!);
    expectAfterState(store, again);
    // Without them, the same SEQUENCE as the first update: only its later DTSTAMP lets it win.
    expect(icsUpdate(after, again, program, { now: t2 }).sequences['kurs-2027-03-01/s03@curricula']).toBe(1);
  });

  it('inserting a session into a list without ids: UIDs move, and the update still leaves the right calendar', () => {
    const strip = (o: Offering): Offering => ({ ...o, sessions: o.sessions.map(({ id: _id, ...s }) => s) });
    const old = strip(before);
    const inserted: Offering = { ...old, sessions: [old.sessions[0]!, { date: '2027-03-22', time: '09:30-16:30', status: 'scheduled', modules: ['einstieg'] }, ...old.sessions.slice(1)] };
    const store = new CalendarStore();
    store.apply(toIcs(old, program, { now: t0 }));
    const update = icsUpdate(old, inserted, program, { now: t1 });
    store.apply(update.publish!);
    for (const cancel of update.cancels) store.apply(cancel.text);
    expectAfterState(store, inserted);
  });

  it('without an organizer, cancellations are only in the PUBLISH calendar, and it says so', () => {
    const anonymous = (o: Offering): Offering => ({ ...o, provider: { name: 'Bildungswerk' } });
    const update = icsUpdate(anonymous(before), anonymous(after), program, { now: t1 });
    expect(update.needsOrganizer).toBe(true);
    expect(update.cancels).toEqual([]);
    expect(update.publish).toContain('STATUS:CANCELLED');
    const signed = icsUpdate(anonymous(before), anonymous(after), program, { now: t1, organizer: { email: 'a@example.org' } });
    expect(signed.cancels).toHaveLength(2);
  });

  it('writes nothing when nothing changed', () => {
    expect(icsUpdate(before, structuredClone(before), program, { now: t1 })).toEqual({ publish: undefined, cancels: [], sequences: {}, needsOrganizer: false });
  });
});
