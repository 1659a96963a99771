import { parseCredits, parseDuration, type TimeUnit } from '../duration/index.js';
import type { Module } from './module.js';
import type { SchemaProblem } from './schema-issues.js';
import type { Offering } from './offering.js';
import type { Program } from './program.js';

function invalid(amount: number | string | undefined, unit: TimeUnit): SchemaProblem['message'] | undefined {
  if (amount === undefined) return undefined;
  const parsed = parseDuration(amount, unit);
  return parsed.ok ? undefined : parsed.message;
}

function check(out: SchemaProblem[], amount: number | string | undefined, unit: TimeUnit, path: string): void {
  const message = invalid(amount, unit);
  if (message !== undefined) out.push({ code: 'duration/invalid', path, part: 'value', message });
}

/** One level of the module tree being walked: the list and the position after the module in hand. */
interface Frame {
  modules: readonly Module[];
  next: number;
}

/** `/modules/1/modules/0` for the module the innermost frame is at. */
function modulePointer(stack: readonly Frame[]): string {
  let pointer = '';
  for (const frame of stack) pointer += `/modules/${frame.next - 1}`;
  return pointer;
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
  // Depth first in document order, like listModules, but valid documents (the common case) get
  // no entry object and no pointer string per module: a pointer is spelt out only for a problem.
  const stack: Frame[] = [{ modules: program.modules, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.modules.length) {
      stack.pop();
      continue;
    }
    const module = frame.modules[frame.next++]!;
    let message = invalid(module.hours, unit);
    if (message !== undefined) out.push({ code: 'duration/invalid', path: `${modulePointer(stack)}/hours`, part: 'value', message });
    message = invalid(module.maxPerSession, unit);
    if (message !== undefined) out.push({ code: 'duration/invalid', path: `${modulePointer(stack)}/maxPerSession`, part: 'value', message });
    const topics = module.topics;
    if (topics !== undefined) {
      for (let t = 0; t < topics.length; t++) {
        const topic = topics[t]!;
        if (typeof topic === 'string') continue;
        message = invalid(topic.hours, unit);
        if (message !== undefined) out.push({ code: 'duration/invalid', path: `${modulePointer(stack)}/topics/${t}/hours`, part: 'value', message });
      }
    }
    if (module.modules !== undefined && module.modules.length > 0) stack.push({ modules: module.modules, next: 0 });
  }
  program.tracks?.forEach((track, i) => {
    const message = invalid(track.hours, unit);
    if (message !== undefined) out.push({ code: 'duration/invalid', path: `/tracks/${i}/hours`, part: 'value', message });
  });
  program.activities?.forEach((activity, i) => {
    const message = invalid(activity.hours, unit);
    if (message !== undefined) out.push({ code: 'duration/invalid', path: `/activities/${i}/hours`, part: 'value', message });
  });
  return out;
}

/** The same pass for an offering: `{ module, hours }` entries of sessions. */
export function offeringAmountProblems(offering: Offering): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  offering.sessions.forEach((session, s) => {
    session.modules?.forEach((entry, m) => {
      if (typeof entry === 'string') return;
      const message = invalid(entry.hours, offering.unit);
      if (message !== undefined) out.push({ code: 'duration/invalid', path: `/sessions/${s}/modules/${m}/hours`, part: 'value', message });
    });
  });
  return out;
}
