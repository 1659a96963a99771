import type { MessageData } from '../core/diagnostic.js';
import { MAX_AMOUNT_MINUTES } from '../core/limits.js';
import { parseCredits, parseDuration, type CreditsParseResult, type DurationParseResult, type TimeUnit } from '../duration/index.js';
import type { Module } from './module.js';
import type { SchemaProblem } from './schema-issues.js';
import type { Offering } from './offering.js';
import type { Program } from './program.js';

/** A failed amount: the parse's own, or the bound of a document's amounts (`beyondHorizon`). */
type Failure = Extract<DurationParseResult, { ok: false }> | Extract<CreditsParseResult, { ok: false }> | { ok: false; messageId: 'beyondHorizon'; data: MessageData };

function invalid(amount: number | string | undefined, unit: TimeUnit): Failure | undefined {
  if (amount === undefined) return undefined;
  const parsed = parseDuration(amount, unit);
  if (!parsed.ok) return parsed;
  // Bounded where a document is read: an amount no plan could hold (hours: 99999999999) is an error here,
  // the planner answers plan/infeasible for one given in code.
  if (parsed.minutes > MAX_AMOUNT_MINUTES) {
    return { ok: false, messageId: 'beyondHorizon', data: { text: String(amount), max: MAX_AMOUNT_MINUTES, hours: MAX_AMOUNT_MINUTES / 60 } };
  }
  return undefined;
}

/** The `duration/invalid` problem of a failed amount: the duration layer gives its message id and data. */
function durationProblem(failure: Failure, path: string): SchemaProblem {
  return { code: 'duration/invalid', messageId: failure.messageId, data: failure.data, path, part: 'value' };
}

function check(out: SchemaProblem[], amount: number | string | undefined, unit: TimeUnit, path: string): void {
  const failure = invalid(amount, unit);
  if (failure !== undefined) out.push(durationProblem(failure, path));
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
    if (!credits.ok) out.push(durationProblem(credits, '/credits'));
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
    let failure = invalid(module.hours, unit);
    if (failure !== undefined) out.push(durationProblem(failure, `${modulePointer(stack)}/hours`));
    failure = invalid(module.maxPerSession, unit);
    if (failure !== undefined) out.push(durationProblem(failure, `${modulePointer(stack)}/maxPerSession`));
    const topics = module.topics;
    if (topics !== undefined) {
      for (let t = 0; t < topics.length; t++) {
        const topic = topics[t]!;
        if (typeof topic === 'string') continue;
        failure = invalid(topic.hours, unit);
        if (failure !== undefined) out.push(durationProblem(failure, `${modulePointer(stack)}/topics/${t}/hours`));
      }
    }
    if (module.modules !== undefined && module.modules.length > 0) stack.push({ modules: module.modules, next: 0 });
  }
  program.tracks?.forEach((track, i) => {
    const failure = invalid(track.hours, unit);
    if (failure !== undefined) out.push(durationProblem(failure, `/tracks/${i}/hours`));
  });
  program.activities?.forEach((activity, i) => {
    const failure = invalid(activity.hours, unit);
    if (failure !== undefined) out.push(durationProblem(failure, `/activities/${i}/hours`));
  });
  return out;
}

/** The same pass for an offering: `{ module, hours }` entries of sessions. */
export function offeringAmountProblems(offering: Offering): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  // Loops, not forEach: a closure per session of 100,000.
  const sessions = offering.sessions;
  for (let s = 0; s < sessions.length; s++) {
    const modules = sessions[s]!.modules;
    if (modules === undefined) continue;
    for (let m = 0; m < modules.length; m++) {
      const entry = modules[m]!;
      if (typeof entry === 'string') continue;
      const failure = invalid(entry.hours, offering.unit);
      if (failure !== undefined) out.push(durationProblem(failure, `/sessions/${s}/modules/${m}/hours`));
    }
  }
  return out;
}
