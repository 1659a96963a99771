import { parseCredits, parseDuration, type TimeUnit } from '../duration/index.js';
import type { SchemaProblem } from './schema-issues.js';
import { listModules } from './module-tree.js';
import type { Offering } from './offering.js';
import type { Program } from './program.js';

function check(out: SchemaProblem[], amount: number | string | undefined, unit: TimeUnit, path: string): void {
  if (amount === undefined) return;
  const parsed = parseDuration(amount, unit);
  if (!parsed.ok) out.push({ code: 'duration/invalid', path, part: 'value', message: parsed.message });
}

/**
 * The unit-aware second pass over a schema-valid program: every amount must
 * be an exact whole number of minutes in the document's unit. Zod cannot do
 * this in the schema because the unit lives elsewhere in the document.
 */
export function programAmountProblems(program: Program): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const unit = program.unit;
  check(out, program.hours, unit, '/hours');
  if (program.credits !== undefined) {
    const credits = parseCredits(program.credits);
    if (!credits.ok) out.push({ code: 'duration/invalid', path: '/credits', part: 'value', message: credits.message });
  }
  for (const entry of listModules(program)) {
    check(out, entry.module.hours, unit, `${entry.pointer}/hours`);
    check(out, entry.module.maxPerSession, unit, `${entry.pointer}/maxPerSession`);
    entry.module.topics?.forEach((topic, i) => {
      if (typeof topic !== 'string') check(out, topic.hours, unit, `${entry.pointer}/topics/${i}/hours`);
    });
  }
  program.tracks?.forEach((track, i) => check(out, track.hours, unit, `/tracks/${i}/hours`));
  program.activities?.forEach((activity, i) => check(out, activity.hours, unit, `/activities/${i}/hours`));
  return out;
}

/** The same pass for an offering: `{ module, hours }` entries of sessions. */
export function offeringAmountProblems(offering: Offering): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  offering.sessions.forEach((session, s) => {
    session.modules?.forEach((entry, m) => {
      if (typeof entry !== 'string') check(out, entry.hours, offering.unit, `/sessions/${s}/modules/${m}/hours`);
    });
  });
  return out;
}
