import type { Diagnostic, Phrase } from '../../core/diagnostic.js';
import type { Bilingual } from '../../core/locale.js';
import { WEEKDAYS, type Weekday } from '../../calendar/calendar-day.js';
import { finding, type Finding } from '../../messages/finding.js';
import { formatClock } from '../../model/time-window.js';
import type { DayContent } from '../allocate.js';
import { DEFAULT_BREAK_MINUTES, defaultBreakFits, type ConstraintDefault, type NormalizedConstraints } from '../constraints.js';
import { passed, planDiagnostic, stopped, type PhaseResult } from '../phase.js';
import { selectFor, type PlannerContext } from '../planner-context.js';
import { fitRecognitionDays, type FitFailure, type RecognitionFit } from '../recognition-fit.js';
import { lawsOf, perDayText, ruleTexts, type RecognitionRequirements } from '../recognition-requirements.js';
import { bilingual, counted, orChain, phrase } from '../texts.js';
import type { RecognitionPlan } from './resolve-recognition.js';

/** What {@link fitRecognition} reads. */
export interface FitRecognitionInput {
  ctx: PlannerContext;
  plan: RecognitionPlan;
  /** Further changes that make the plan fit, planned again in full by the caller (the optional modules); asked only on failure. */
  replanned: () => readonly Phrase[];
}

/**
 * What a plan for a recognition says of itself: the profile, the version
 * of its rules it was planned by, and in words ("planned for Bildungsurlaub
 * in Hessen (…): at least 3 days, …; planned as 5 days in a row, each of
 * 6 h").
 *
 * @example
 * ```ts
 * import { plan, type PlanRecognition } from 'curricula';
 * const r: PlanRecognition | undefined = plan(program, { start: '2027-04-05', profile: 'bildungsurlaub/HE' }).explanation.recognition;
 * r?.detail.de; // 'geplant für Bildungsurlaub in Hessen (bildungsurlaub/HE, Regeln gültig ab 01.01.2018, HBUG): …'
 * ```
 */
export interface PlanRecognition {
  profile: string;
  validFrom: string;
  validTo?: string;
  detail: Bilingual;
}

/** The context date selection works with, the days laid out by the profile, and what the explanation says of it. */
export interface FittedPlan {
  ctx: PlannerContext;
  content: DayContent;
  fit: RecognitionFit;
  recognition: PlanRecognition;
}

/**
 * Phase 6 for a recognition (instead of allocating days plainly): lays the
 * days out by the profile's rules (see `fitRecognitionDays`: how many,
 * how long each, in which blocks) and gives date selection the settings
 * that keep them so (one block of all days, one day a week, blocks within
 * the weeks allowed). When the days cannot meet the rules, a
 * `plan/infeasible` names the profile's rule that binds with its figures
 * and section, and the smallest changes that fit: a longer day, another
 * weekday, more time in the program, the optional modules.
 */
export function fitRecognition({ ctx, plan, replanned }: FitRecognitionInput): PhaseResult<FittedPlan> {
  const c = ctx.c;
  const result = fitRecognitionDays(ctx, plan, c.dayCapacity);
  if (!result.ok) return stopped([failureDiagnostic(ctx, plan, result.failure, replanned)]);
  const fit = result.fit;
  // One day a week in a row of weeks cannot be spread over a period.
  // A spread is only used when asked for (layout: 'spread'), so it is always the user's and never quietly packed.
  if (fit.form === 'weekly' && plan.given.layout && c.layout === 'spread') {
    const req = plan.req;
    const f = finding(
      'plan/invalid-constraint',
      'profileConflict',
      { option: 'layout', value: 'spread', name: req.name, rule: phrase('plan.recognition', 'weekly', {}), law: req.row!.law },
      'leaveOut',
    );
    return stopped([planDiagnostic(f, '/layout', c.locale)]);
  }
  const fitted = contextFor(ctx, plan, fit);
  return passed({ ctx: fitted, content: fit.content, fit, recognition: recognitionOf(plan, fit) });
}

/** The planner's context with date selection set for the layout, and later layouts (smallest changes) made the same way. */
function contextFor(ctx: PlannerContext, plan: RecognitionPlan, fit: RecognitionFit): PlannerContext {
  const c = ctx.c;
  const pack = fit.form === 'weekly' && c.layout === 'spread';
  const defaults: readonly ConstraintDefault[] = pack
    ? c.defaults.map((d) => (d.option === 'layout' ? { option: 'layout', value: 'consecutive' } : d))
    : c.defaults;
  const fitted: NormalizedConstraints = {
    ...c,
    blockDays: fit.blockDays,
    blockCount: fit.blockCount,
    maxGapDays: fit.maxGapDays,
    maxDaysPerWeek: fit.maxDaysPerWeek,
    layout: pack ? 'consecutive' : c.layout,
    distribute: pack ? 'pack' : c.distribute,
    defaults,
  };
  return {
    ...ctx,
    c: fitted,
    contentAt: (capacity) => {
      const r = fitRecognitionDays(ctx, plan, capacity);
      return r.ok ? r.fit.content : undefined;
    },
  };
}

/** The explanation's words for a plan made for a recognition. */
function recognitionOf(plan: RecognitionPlan, fit: RecognitionFit): PlanRecognition {
  const { req } = plan;
  const unit = req.unit;
  const lengths = fit.lengths.every((l) => l === fit.lengths[0])
    ? phrase('plan.recognition', 'lengthsEach', { length: { minutes: fit.lengths[0] ?? 0, unit } })
    : phrase('plan.recognition', 'lengthsList', { lengths: fit.lengths.map((minutes) => ({ minutes, unit })) });
  const days = fit.lengths.length;
  const form =
    fit.form === 'weekly'
      ? phrase('plan.recognition', 'formWeekly', { weeks: days, lengths })
      : fit.sizes.length === 1 && fit.form !== 'free'
        ? phrase('plan.recognition', 'formRow', { days: counted(days, 'day', 'days'), lengths })
        : fit.form === 'blocks'
          ? phrase('plan.recognition', 'formBlocks', { blocks: counted(fit.sizes.length, 'block', 'blocks'), sizes: [...fit.sizes], lengths })
          : phrase('plan.recognition', 'formDays', { days: counted(days, 'day', 'days'), lengths });
  const data = { name: req.name, id: req.id, from: plan.validFrom, law: req.profile.source.short, rules: ruleTexts(req), form };
  const detail =
    plan.validTo === undefined
      ? bilingual('plan.recognition', 'plannedFor', data)
      : bilingual('plan.recognition', 'plannedForUntil', { ...data, to: plan.validTo });
  return plan.validTo === undefined
    ? { profile: req.id, validFrom: plan.validFrom, detail }
    : { profile: req.id, validFrom: plan.validFrom, validTo: plan.validTo, detail };
}

/** A `plan/infeasible` naming the profile's rule that binds, with its figures and the smallest changes that fit. */
function failureDiagnostic(ctx: PlannerContext, plan: RecognitionPlan, failure: FitFailure, replanned: () => readonly Phrase[]): Diagnostic {
  const { req } = plan;
  const c = ctx.c;
  const own = (minutes: number) => ({ minutes, unit: ctx.unit });
  const theirs = (minutes: number) => ({ minutes, unit: req.unit });
  const name = req.name;
  const perDay = perDayText(req) ?? beforeText(req);
  const dayLaws = lawsOf(req.average, req.floor, req.arrivalFloor, req.departureFloor, req.before);
  const changes: Phrase[] = [];
  let message: Phrase;
  let path = '/profile';
  switch (failure.kind) {
    case 'total':
      message = phrase('plan/infeasible', 'profileTotal', { total: own(failure.total), name, min: theirs(failure.min), law: req.total!.law });
      changes.push(phrase('plan/infeasible', 'addToProgram', { missing: own(failure.min - failure.total) }));
      break;
    case 'too-short':
      message = phrase('plan/infeasible', 'profileTooShort', {
        total: own(failure.total),
        name,
        days: counted(failure.days, 'day', 'days'),
        perDay: perDay!,
        needed: theirs(failure.needed),
        law: lawsOf(req.minDays, ...dayLawsCited(req)),
      });
      changes.push(phrase('plan/infeasible', 'addToProgram', { missing: own(failure.needed - failure.total) }));
      break;
    case 'average':
      message = phrase('plan/infeasible', 'profileAverage', {
        total: own(failure.total),
        days: counted(failure.days, 'day', 'days'),
        capacity: own(failure.capacity),
        now: theirs(Math.floor(failure.total / failure.days)),
        name,
        average: theirs(req.average!.value),
        law: req.average!.law,
      });
      changes.push(...longerDay(ctx, plan));
      // More time in the program fills the days only when a day can hold the average.
      if (failure.capacity >= req.average!.value) {
        changes.push(phrase('plan/infeasible', 'addToProgram', { missing: own(req.average!.value * failure.days - failure.total) }));
      }
      break;
    case 'floors':
      message = phrase('plan/infeasible', 'profileFloors', {
        total: own(failure.total),
        days: counted(failure.days, 'day', 'days'),
        capacity: own(failure.capacity),
        name,
        perDay: perDay!,
        law: dayLaws,
      });
      changes.push(...longerDay(ctx, plan));
      if (!failure.dayTooShort && failure.needed > failure.total) changes.push(phrase('plan/infeasible', 'addToProgram', { missing: own(failure.needed - failure.total) }));
      break;
    case 'max-days':
      message = phrase('plan/infeasible', 'profileMaxDays', {
        total: own(failure.total),
        days: counted(failure.days, 'day', 'days'),
        capacity: own(failure.capacity),
        name,
        max: req.maxDays!.value,
        law: req.maxDays!.law,
      });
      changes.push(...longerDay(ctx, plan));
      break;
    case 'row':
    case 'blocks': {
      const limit = phrase('plan/infeasible', failure.byBlocks ? 'runBlocks' : 'runWeekdays', { n: failure.run });
      const base = { total: own(failure.total), days: counted(failure.days, 'day', 'days'), capacity: own(failure.capacity), name, limit };
      message =
        failure.kind === 'row'
          ? phrase('plan/infeasible', 'profileRow', { ...base, law: req.row!.law })
          : phrase('plan/infeasible', 'profileBlocks', { ...base, max: req.blocks!.value.max, law: req.blocks!.law });
      if (failure.byBlocks) path = '/blocks/days';
      changes.push(...longerDay(ctx, plan));
      changes.push(...anotherWeekday(ctx, plan));
      break;
    }
    case 'layout':
      message = phrase('plan/infeasible', 'profileLayout', { number: failure.day, minutes: theirs(failure.minutes), name, floor: theirs(failure.floor), law: dayLaws });
      changes.push(...longerDay(ctx, plan));
      break;
  }
  changes.push(...replanned());
  const chain = orChain(changes);
  const hint: Finding = chain === undefined ? finding('plan/infeasible', 'noProfileChange', {}) : finding('plan/infeasible', 'changes', { changes: chain });
  const f: Finding = { code: 'plan/infeasible', messageId: message.id, data: { ...message.data, ...hint.data }, hintId: hint.messageId };
  return planDiagnostic(f, path, c.locale);
}

function dayLawsCited(req: RecognitionRequirements) {
  return [req.average, req.floor, req.arrivalFloor, req.departureFloor, req.before];
}

function beforeText(req: RecognitionRequirements): Phrase | undefined {
  const b = req.before?.value;
  return b === undefined ? undefined : phrase('plan.recognition', 'before', { min: { minutes: b.min, unit: req.unit }, time: b.time });
}

/** True when the layout's days also find dates (with its settings) under the constraints. */
function datesFit(ctx: PlannerContext, plan: RecognitionPlan, fit: RecognitionFit, weekdays?: readonly Weekday[]): boolean {
  const fitted = contextFor(ctx, plan, fit);
  return selectFor(fitted, fit.content, weekdays === undefined ? {} : { weekdays }, [...fit.sizes]).ok;
}

/** The shortest longer day (in whole teaching units) that lets the days meet the rules and find dates. */
function longerDay(ctx: PlannerContext, plan: RecognitionPlan): Phrase[] {
  const c = ctx.c;
  const unit = c.unitMinutes;
  const from = Math.floor(c.dayCapacity / unit) + 1;
  for (let u = from; u <= from + 15; u++) {
    const capacity = u * unit;
    let widened: number | undefined;
    if (capacity > c.windowMinutes) {
      // The window has to grow at its end by what is missing (and takes the default lunch break in when it comes to hold it).
      widened = c.window.end + (capacity - c.windowMinutes);
      if (!c.breaksGiven && c.breaks.length === 0 && defaultBreakFits({ start: c.window.start, end: widened })) widened += DEFAULT_BREAK_MINUTES;
      if (widened > 1440) break;
    }
    const r = fitRecognitionDays(ctx, plan, capacity);
    if (!r.ok || !datesFit(ctx, plan, r.fit)) continue;
    const units = unit === 45 ? phrase('plan.count', 'ue', { n: u }) : phrase('plan.count', 'unitsOf', { n: u, minutes: unit });
    return [
      widened === undefined
        ? phrase('plan/infeasible', 'unitsPerDay', { units })
        : phrase('plan/infeasible', 'unitsPerDayUntil', { units, until: formatClock(widened) }),
    ];
  }
  return [];
}

/** A further teaching weekday that gives the days enough in a row. */
function anotherWeekday(ctx: PlannerContext, plan: RecognitionPlan): Phrase[] {
  const c = ctx.c;
  for (const day of WEEKDAYS) {
    if (c.weekdays.includes(day)) continue;
    const weekdays = [...c.weekdays, day];
    const r = fitRecognitionDays(ctx, plan, c.dayCapacity, weekdays);
    if (r.ok && datesFit(ctx, plan, r.fit, weekdays)) return [phrase('plan/infeasible', 'addWeekday', { weekday: phrase('plan.weekday', day, {}) })];
  }
  return [];
}
