import ICAL from 'ical.js';

/** Undoes RFC 5545 folding: a CRLF followed by one space or tab is removed. */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | null;
  location: string | null;
  status: string | null;
  sequence: number;
  start: ICAL.Time;
  end: ICAL.Time;
  startTzid: string | null;
  endTzid: string | null;
}

/** Parses a calendar with ical.js, registering its VTIMEZONEs so times convert to UTC through them. */
export function parseIcs(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  const events = calendar.getAllSubcomponents('vevent').map((ve) => {
    const e = new ICAL.Event(ve);
    const status = ve.getFirstPropertyValue('status');
    return {
      uid: e.uid,
      summary: e.summary,
      description: (ve.getFirstPropertyValue('description') as string | null) ?? null,
      location: (ve.getFirstPropertyValue('location') as string | null) ?? null,
      status: typeof status === 'string' ? status : null,
      sequence: e.sequence,
      start: e.startDate,
      end: e.endDate,
      startTzid: ve.getFirstProperty('dtstart')?.getParameter('tzid') as string | null,
      endTzid: ve.getFirstProperty('dtend')?.getParameter('tzid') as string | null,
    };
  });
  return { calendar, events };
}

/** `YYYY-MM-DD HH:MM` of an ical.js time, as written (local wall time). */
export function wall(t: ICAL.Time): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.year}-${p(t.month)}-${p(t.day)} ${p(t.hour)}:${p(t.minute)}`;
}
