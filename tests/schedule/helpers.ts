import { parseDuration } from '../../src/duration/index.js';
import type { Offering } from '../../src/model/offering.js';
import { parseOffering } from '../../src/model/parse.js';
import type { ParseResult } from '../../src/model/parse.js';
import type { Program } from '../../src/model/program.js';
import { parseTimeWindow } from '../../src/model/time-window.js';
import { sessionTeachingMinutes } from '../../src/schedule/index.js';
import { validate } from '../../src/validate/index.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';

/** Minutes each module gets from scheduled sessions, counted the way the validator counts (plain ids share what is left). */
export function minutesByModule(offering: Offering): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of offering.sessions) {
    if (s.status !== 'scheduled') continue;
    const entries = s.modules ?? [];
    const teaching = sessionTeachingMinutes(s) ?? 0;
    let explicit = 0;
    let plain = 0;
    for (const e of entries) {
      if (typeof e === 'string') plain++;
      else {
        const parsed = parseDuration(e.hours, offering.unit);
        if (!parsed.ok) throw new Error(`bad hours ${String(e.hours)}`);
        explicit += parsed.minutes;
      }
    }
    for (const e of entries) {
      const id = typeof e === 'string' ? e : e.module;
      const minutes = typeof e === 'string' ? (teaching - explicit) / plain : (parseDuration(e.hours, offering.unit) as { minutes: number }).minutes;
      out.set(id, (out.get(id) ?? 0) + minutes);
    }
  }
  return out;
}

/** [date, index in the session's list] of every mention of a module, in date order. */
export function positions(offering: Offering): Map<string, { first: [string, number]; last: [string, number] }> {
  const out = new Map<string, { first: [string, number]; last: [string, number] }>();
  for (const s of offering.sessions) {
    if (s.status !== 'scheduled' || s.date === undefined) continue;
    (s.modules ?? []).forEach((e, j) => {
      const id = typeof e === 'string' ? e : e.module;
      const at: [string, number] = [s.date!, j];
      const cur = out.get(id);
      if (cur === undefined) out.set(id, { first: at, last: at });
      else cur.last = at;
    });
  }
  return out;
}

export function atOrAfter(a: [string, number], b: [string, number]): boolean {
  return a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);
}

/** Validates a program object together with a planned offering, as documents. */
export function validateWith(program: Program | ParseResult<Program>, offering: Offering): Diagnostic[] {
  const p: ParseResult<Program> =
    'kind' in program
      ? { ok: true, file: 'program.json', value: program, diagnostics: [], sourceMap: { locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) } }
      : program;
  const o = parseOffering(JSON.stringify(offering), { filename: 'offering.json' });
  return validate([p, o] as never);
}

/** True when every break of every session lies inside its window. */
export function breaksInside(offering: Offering): boolean {
  return offering.sessions.every((s) => {
    const w = s.time === undefined ? undefined : parseTimeWindow(s.time);
    return (s.breaks ?? []).every((b) => {
      const bw = parseTimeWindow(b);
      return w !== undefined && bw !== undefined && bw.start > w.start && bw.end < w.end;
    });
  });
}
