import type { Diagnostic, Phrase } from '../../core/diagnostic.js';
import { fromDayNumber, type Weekday } from '../../calendar/calendar-day.js';
import { finding, type Finding } from '../../messages/finding.js';
import { formatTimeWindow, windowTeachingMinutes } from '../../model/time-window.js';
import { profileIds, resolveProfile } from '../../recognition/resolve.js';
import type { NormalizedConstraints, PlanConstraints } from '../constraints.js';
import { passed, planDiagnostic, stopped, type PhaseResult } from '../phase.js';
import { dayNeed, perDayText, requirementsOf, weekdayRun, type Cited, type RecognitionRequirements } from '../recognition-requirements.js';
import { phrase } from '../texts.js';

/** What {@link resolveRecognition} reads: the constraints as given (to tell what the user set) and normalized. */
export interface ResolveRecognitionInput {
  input: PlanConstraints;
  constraints: NormalizedConstraints;
}

/**
 * A plan for a recognition: its requirements, and what the user's own
 * constraints ask of its form.
 */
export interface RecognitionPlan {
  readonly req: RecognitionRequirements;
  /** The rules' version: in force from (and to). */
  readonly validFrom: string;
  readonly validTo: string | undefined;
  /** The date the version was taken for (the start, else the end). */
  readonly date: string;
  /** One day a week in consecutive weeks, as the user asked (`maxDaysPerWeek: 1`) where the profile allows it. */
  readonly weekly: boolean;
  /** What the user set explicitly, which the profile must not override. */
  readonly given: {
    readonly blocks: boolean;
    readonly layout: boolean;
    readonly maxUnitsPerDay: boolean;
    readonly window: boolean;
  };
}

/**
 * Phase 1b, resolve the recognition (only when `profile` is given): finds
 * the version of the profile in force on the start (else the end), turns
 * its rules into the planner's requirements, and checks the constraints
 * the user gave against them. A constraint that cannot hold together with
 * the profile whatever the program (a day too short for its daily
 * minimum, blocks shorter than it allows, weekdays without enough days in
 * a row) is a `plan/invalid-constraint` naming both; an unknown profile
 * (with a did-you-mean), a circle of `extends`, or a profile with no rules
 * in force on the date stop the plan the same way. Gives undefined
 * without a profile.
 */
export function resolveRecognition({ input, constraints: c }: ResolveRecognitionInput): PhaseResult<RecognitionPlan | undefined> {
  if (c.profile === undefined) return passed(undefined);
  const id = c.profile;
  const date = fromDayNumber(c.start ?? c.end!);
  const r = resolveProfile(id, date, c.customProfiles);
  const at = (f: Finding, path = '/profile'): PhaseResult<RecognitionPlan | undefined> => stopped([planDiagnostic(f, path, c.locale)]);
  if (!r.ok) {
    if (r.reason === 'unknown') {
      return at(
        r.suggestion !== undefined
          ? finding('plan/invalid-constraint', 'unknownProfile', { id, suggestion: r.suggestion }, 'didYouMean')
          : finding('plan/invalid-constraint', 'unknownProfile', { id, known: profileIds(c.customProfiles) }, 'knownProfiles'),
      );
    }
    if (r.reason === 'cycle') return at(finding('plan/invalid-constraint', 'profileCycle', { id, cycle: r.cycle.join(' → ') }));
    return at(finding('plan/invalid-constraint', 'profileIncomplete', { id, missing: [...r.missing] }));
  }
  const req = requirementsOf(id, r.profile);
  if (!r.inForce) {
    const base = { name: req.name, id, date, from: r.profile.validFrom };
    const to = r.profile.validTo;
    return at(
      to === undefined
        ? finding('plan/invalid-constraint', 'profileNotInForce', base, 'planInForce')
        : finding('plan/invalid-constraint', 'profileNotInForceUntil', { ...base, to }, 'planInForce'),
      c.start !== undefined ? '/start' : '/end',
    );
  }
  const weekly = req.row?.value.orWeekly === true && input.maxDaysPerWeek === 1;
  const plan: RecognitionPlan = {
    req,
    validFrom: r.profile.validFrom,
    validTo: r.profile.validTo,
    date,
    weekly,
    given: {
      blocks: input.blocks !== undefined,
      layout: input.layout !== undefined,
      maxUnitsPerDay: input.maxUnitsPerDay !== undefined,
      window: input.window !== undefined || input.breaks !== undefined,
    },
  };
  const conflicts = conflictsOf(input, c, plan);
  return conflicts.length > 0 ? stopped(conflicts) : passed(plan);
}

/** The user's constraints that cannot hold together with the profile, each naming both. */
function conflictsOf(input: PlanConstraints, c: NormalizedConstraints, plan: RecognitionPlan): Diagnostic[] {
  const { req, weekly } = plan;
  const out: Diagnostic[] = [];
  const name = req.name;
  const d = (minutes: number) => ({ minutes, unit: req.unit });
  const report = (f: Finding, path: string) => out.push(planDiagnostic(f, path, c.locale));
  const conflict = (option: string, value: string, rule: Phrase, cited: Cited<unknown>, path = `/${option}`) =>
    report(finding('plan/invalid-constraint', 'profileConflict', { option, value, name, rule, law: cited.law }, 'leaveOut'), path);

  // A day must be able to hold what the profile asks of a full day.
  const need = dayNeed(req);
  const perDay = perDayText(req);
  const needCited = req.average ?? req.floor ?? req.before;
  if (need > 0 && needCited !== undefined) {
    const rule = perDay ?? phrase('plan.recognition', 'before', { min: d(req.before!.value.min), time: req.before!.value.time });
    const units = c.maxUnitsPerDay * c.unitMinutes;
    if (plan.given.maxUnitsPerDay && units < need) {
      report(
        finding('plan/invalid-constraint', 'profileDayConflict', { option: 'maxUnitsPerDay', value: String(c.maxUnitsPerDay), capacity: d(units), name, rule, law: needCited.law }, 'leaveOut'),
        '/maxUnitsPerDay',
      );
    } else if (plan.given.window && c.windowMinutes < need) {
      const option = input.window !== undefined ? 'window' : 'breaks';
      const value = option === 'window' ? formatTimeWindow(c.window) : c.breaks.map(formatTimeWindow).join(', ');
      report(finding('plan/invalid-constraint', 'profileDayConflict', { option, value, capacity: d(c.windowMinutes), name, rule, law: needCited.law }, 'leaveOut'), `/${option}`);
    }
  }
  // Teaching before a clock time: days start at the window's start.
  if (req.before !== undefined && plan.given.window) {
    const b = req.before.value;
    const early = c.window.start >= b.clock ? 0 : windowTeachingMinutes({ start: c.window.start, end: Math.min(c.window.end, b.clock) }, c.breaks);
    if (early < b.min) {
      report(
        finding(
          'plan/invalid-constraint',
          'profileBeforeConflict',
          { option: 'window', value: formatTimeWindow(c.window), minutes: d(early), time: b.time, min: d(b.min), name, law: req.before.law },
          'leaveOut',
        ),
        '/window',
      );
    }
  }

  // Days in a row: one block (or one day a week, when asked for where the profile allows it).
  const row = req.row;
  if (row !== undefined && !weekly) {
    const inARow = Math.max(2, req.minDays?.value ?? 2);
    const rule = phrase('plan.recognition', row.value.orWeekly ? 'inARowOrWeekly' : 'inARow', {});
    if (input.blocks !== undefined && c.blockDays < inARow) conflict('blocks', blocksValue(c), rule, row, '/blocks/days');
    if (input.maxDaysPerWeek !== undefined && c.maxDaysPerWeek! < inARow) conflict('maxDaysPerWeek', String(c.maxDaysPerWeek), rule, row);
    if (input.weekdays !== undefined && !row.value.orWeekly && weekdayRun(c.weekdays) < inARow) conflict('weekdays', weekdaysValue(c.weekdays), rule, row);
  }
  if (weekly && row !== undefined) {
    const rule = phrase('plan.recognition', 'weekly', {});
    if (input.layout === 'spread') conflict('layout', 'spread', rule, row);
    if (input.minGapDays !== undefined && c.minGapDays > 7) conflict('minGapDays', String(c.minGapDays), rule, row);
    if (input.blocks !== undefined && c.blockDays > 1) conflict('blocks', blocksValue(c), rule, row, '/blocks/days');
  }
  // Blocks: long enough, not too many, on weekdays that allow them.
  const blocks = req.blocks;
  if (blocks !== undefined) {
    const b = blocks.value;
    const rule = phrase('plan.recognition', 'blocks', { max: b.max, min: b.minDays });
    if (input.blocks !== undefined && c.blockDays < b.minDays) conflict('blocks', blocksValue(c), rule, blocks, '/blocks/days');
    if (input.blocks !== undefined && c.blockCount !== undefined && c.blockCount > b.max) conflict('blocks', blocksValue(c), rule, blocks, '/blocks/count');
    if (input.maxDaysPerWeek !== undefined && c.maxDaysPerWeek! < b.minDays) conflict('maxDaysPerWeek', String(c.maxDaysPerWeek), rule, blocks);
    if (input.weekdays !== undefined && weekdayRun(c.weekdays) < b.minDays) conflict('weekdays', weekdaysValue(c.weekdays), rule, blocks);
  }
  return out;
}

function blocksValue(c: NormalizedConstraints): string {
  return c.blockCount === undefined ? `{ days: ${c.blockDays} }` : `{ days: ${c.blockDays}, count: ${c.blockCount} }`;
}

function weekdaysValue(weekdays: readonly Weekday[]): string {
  return weekdays.join(', ');
}
