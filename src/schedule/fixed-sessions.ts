import type { Diagnostic } from '../core/diagnostic.js';
import type { Locale } from '../core/locale.js';
import { toDayNumber } from '../calendar/calendar-day.js';
import { parseDuration, type TimeUnit } from '../duration/index.js';
import type { Session } from '../model/session.js';
import { finding, type Finding } from '../messages/finding.js';
import { planDiagnostic } from './phase.js';
import { sessionTeachingMinutes } from './session-time.js';

/** What agreed sessions mean for a plan; internal. */
export interface FixedAnalysis {
  /** Minutes already covered, by module id. */
  covered: Map<string, number>;
  /** Days holding an agreed session of any status: never planned over. */
  blocked: Set<number>;
  /** Days of agreed sessions that take place, sorted, one entry per day. */
  occurring: number[];
  /** First and last day an agreed session that takes place teaches a planned module, by module id. */
  firstDay: Map<string, number>;
  lastDay: Map<string, number>;
  /** Agreed sessions that take place and teach a planned module, by module id (a session once per module). */
  sessions: Map<string, number>;
  diagnostics: Diagnostic[];
}

/**
 * Reads the agreed sessions: which module minutes they already cover (a
 * `{ module, hours }` entry its hours; plain ids share the rest of the
 * session's teaching time equally, as the validator counts them; teaching
 * time is what really passes in `timeZone`, so a session across a clock
 * change gives an hour more or less than its wall-clock window), and which
 * days they take. Cancelled and to-be-agreed sessions cover nothing: their
 * time is not certain, so the plan schedules it.
 */
export function analyzeFixed(
  fixed: readonly Session[],
  plannedIds: ReadonlySet<string>,
  unit: TimeUnit,
  timeZone: string,
  locale: Locale,
): FixedAnalysis {
  const covered = new Map<string, number>();
  const blocked = new Set<number>();
  const occurring = new Set<number>();
  const firstDay = new Map<string, number>();
  const lastDay = new Map<string, number>();
  const sessions = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  const ignored = (path: string, f: Finding): void => {
    diagnostics.push(planDiagnostic(f, path, locale));
  };
  fixed.forEach((session, i) => {
    const path = `/fixed/${i}`;
    const date = session.date;
    if (date === undefined) return;
    const day = toDayNumber(date);
    blocked.add(day);
    if (session.status !== 'scheduled') return;
    occurring.add(day);
    const entries = session.modules ?? [];
    let explicit = 0;
    let plain = 0;
    for (const e of entries) {
      if (typeof e === 'string') plain++;
      else {
        const parsed = parseDuration(e.hours, unit);
        if (parsed.ok) explicit += parsed.minutes;
      }
    }
    // Real elapsed time, as the validator counts it: 01:00-04:00 on the night the clocks go forward holds two hours.
    const teaching = sessionTeachingMinutes(session, timeZone);
    const rest = teaching === undefined ? undefined : teaching - explicit;
    const counted = new Set<string>();
    entries.forEach((e, j) => {
      const id = typeof e === 'string' ? e : e.module;
      const entryPath = `${path}/modules/${j}`;
      if (!plannedIds.has(id)) {
        ignored(entryPath, finding('plan/fixed-ignored', 'notPlanned', { date, module: id }));
        return;
      }
      // The date binds the teaching order even when the time it gives the module is unclear.
      const f = firstDay.get(id);
      if (f === undefined || day < f) firstDay.set(id, day);
      const l = lastDay.get(id);
      if (l === undefined || day > l) lastDay.set(id, day);
      if (!counted.has(id)) {
        counted.add(id);
        sessions.set(id, (sessions.get(id) ?? 0) + 1);
      }
      let minutes: number | undefined;
      if (typeof e === 'string') {
        if (rest !== undefined && rest >= 0 && rest % plain === 0) minutes = rest / plain;
      } else {
        const parsed = parseDuration(e.hours, unit);
        if (parsed.ok) minutes = parsed.minutes;
      }
      if (minutes === undefined) {
        ignored(entryPath, finding('plan/fixed-ignored', 'unclear', { date, module: id }));
        return;
      }
      covered.set(id, (covered.get(id) ?? 0) + minutes);
    });
  });
  return { covered, blocked, occurring: [...occurring].sort((a, b) => a - b), firstDay, lastDay, sessions, diagnostics };
}
