import type { Diagnostic } from '../core/diagnostic.js';
import type { Bilingual } from '../core/locale.js';
import { WEEKDAYS, fromDayNumber, type Weekday } from '../calendar/calendar-day.js';
import { formatDuration } from '../duration/index.js';
import { formatClock } from '../model/time-window.js';
import { DEFAULT_BREAK_MINUTES, classifierOf, defaultBreakFits } from './constraints.js';
import { planDiagnostic } from './plan-diagnostic.js';
import type { DayContent } from './allocate.js';
import { fitsWith, selectFor, sizesFor, type PlannerContext, type Variation } from './planner-context.js';
import { HORIZON_DAYS, type SelectionFailure } from './select-dates.js';

const PLURAL_DAYS: Record<Weekday, Bilingual> = {
  mon: { en: 'Mondays', de: 'montags' },
  tue: { en: 'Tuesdays', de: 'dienstags' },
  wed: { en: 'Wednesdays', de: 'mittwochs' },
  thu: { en: 'Thursdays', de: 'donnerstags' },
  fri: { en: 'Fridays', de: 'freitags' },
  sat: { en: 'Saturdays', de: 'samstags' },
  sun: { en: 'Sundays', de: 'sonntags' },
};

interface WindowStats {
  allowed: number;
  holidays: number;
  blackouts: number;
  fixed: number;
}

/** Counts the days of a period by what happens to them, for the figures in messages. */
function windowStats(ctx: PlannerContext, from: number, to: number): WindowStats {
  const classifier = classifierOf(ctx.c);
  const stats: WindowStats = { allowed: 0, holidays: 0, blackouts: 0, fixed: 0 };
  for (let day = from; day <= to; day++) {
    const v = classifier.classify(day);
    if (!v.allowed) {
      if (v.reason === 'holiday') stats.holidays++;
      else if (v.reason === 'blackout') stats.blackouts++;
    } else if (ctx.fixed.blocked.has(day)) stats.fixed++;
    else if (ctx.clockChange?.(day) !== true) stats.allowed++;
  }
  return stats;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function list(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)!}`;
}

/** Smallest value in [lo, hi] for which `ok` holds, assuming it is monotone; undefined when none. */
function smallest(lo: number, hi: number, ok: (x: number) => boolean): number | undefined {
  if (lo > hi || !ok(hi)) return undefined;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The smallest single changes that would make the plan fit, each as a phrase in both languages;
 * `replanned` are changes the caller has already planned again in full (they follow the day-length one).
 */
function smallestChanges(ctx: PlannerContext, content: DayContent, replanned: readonly Bilingual[]): Bilingual[] {
  const c = ctx.c;
  const days = content.days;
  const out: Bilingual[] = [];
  const fits = (v: Variation): boolean => fitsWith(ctx, v);

  if (c.end !== undefined && c.start !== undefined) {
    const later = selectFor(ctx, content, { to: undefined, distribution: 'pack' });
    if (later.ok) {
      const sizes = sizesFor(days, c.blockDays);
      const last = later.starts.at(-1)! + sizes.at(-1)! - 1;
      if (last > c.end) {
        const extra = windowStats(ctx, c.end + 1, last).allowed;
        out.push({
          en: `end on ${fromDayNumber(last)} (${count(extra, 'allowed day', 'allowed days')} later)`,
          de: `Ende am ${fromDayNumber(last)} (${extra} erlaubte${extra === 1 ? 'r Tag' : ' Tage'} später)`,
        });
      }
    }
    const earlier = selectFor(ctx, content, { from: undefined, distribution: 'backward' });
    if (earlier.ok && earlier.starts[0]! < c.start) {
      const first = earlier.starts[0]!;
      const extra = windowStats(ctx, first, c.start - 1).allowed;
      out.push({
        en: `start on ${fromDayNumber(first)} (${count(extra, 'allowed day', 'allowed days')} earlier)`,
        de: `Beginn am ${fromDayNumber(first)} (${extra} erlaubte${extra === 1 ? 'r Tag' : ' Tage'} früher)`,
      });
    }
  }

  const unit = c.unitMinutes;
  const unitName = unit === 45 ? { en: 'UE', de: 'UE' } : { en: `units of ${unit} min`, de: `Einheiten à ${unit} Min.` };
  for (let u = Math.floor(c.dayCapacity / unit) + 1; u <= Math.floor(c.dayCapacity / unit) + 16; u++) {
    const capacity = u * unit;
    let widened: number | undefined;
    if (capacity > c.windowMinutes) {
      // The window has to grow at its end by what is missing.
      widened = c.window.end + (capacity - c.windowMinutes);
      // Without breaks of their own, a window that comes to hold the lunch break gets it (see normalizeConstraints).
      if (!c.breaksGiven && c.breaks.length === 0 && defaultBreakFits({ start: c.window.start, end: widened })) {
        widened += DEFAULT_BREAK_MINUTES;
      }
      if (widened > 1440) break;
    }
    if (fits({ capacity })) {
      const wider =
        widened === undefined
          ? { en: '', de: '' }
          : {
              en: ` with the daily window until ${formatClock(widened)}`,
              de: ` mit Tageszeitfenster bis ${formatClock(widened)}`,
            };
      out.push({ en: `allow ${u} ${unitName.en} a day${wider.en}`, de: `${u} ${unitName.de} pro Tag zulassen${wider.de}` });
      break;
    }
  }
  out.push(...replanned);

  for (const day of WEEKDAYS) {
    if (c.weekdays.includes(day)) continue;
    if (fits({ weekdays: [...c.weekdays, day] })) {
      out.push({ en: `add ${PLURAL_DAYS[day].en}`, de: `auch ${PLURAL_DAYS[day].de}` });
      break;
    }
  }

  if (c.maxDaysPerWeek !== undefined) {
    const x = smallest(c.maxDaysPerWeek + 1, 7, (v) => fits({ maxDaysPerWeek: v }));
    if (x !== undefined) out.push({ en: `allow ${x} days a week`, de: `${x} Tage pro Woche zulassen` });
  }
  if (c.minGapDays > 1) {
    // Smaller gaps fit more; find the largest gap that still fits.
    const g = smallest(1, c.minGapDays - 1, (v) => fits({ minGapDays: c.minGapDays - v }));
    if (g !== undefined) {
      const gap = c.minGapDays - g;
      out.push({ en: `allow sessions ${count(gap, 'day', 'days')} apart`, de: `Termine im Abstand von ${gap} ${gap === 1 ? 'Tag' : 'Tagen'} zulassen` });
    }
  }
  if (c.maxGapDays !== undefined) {
    const g = smallest(c.maxGapDays + 1, HORIZON_DAYS, (v) => fits({ maxGapDays: v }));
    if (g !== undefined) out.push({ en: `allow gaps of ${g} days`, de: `Abstände bis ${g} Tage zulassen` });
  }
  return out;
}

function changesHint(changes: readonly Bilingual[]): Bilingual {
  if (changes.length === 0) {
    return {
      en: 'No single change fits: lengthen the period, allow more weekdays or more teaching per day, or remove blackouts',
      de: 'Keine einzelne Änderung reicht: Zeitraum verlängern, mehr Wochentage oder mehr Unterricht pro Tag zulassen oder Sperrtermine entfernen',
    };
  }
  return {
    en: `Smallest changes that fit: ${changes.map((x) => x.en).join(', or ')}`,
    de: `Kleinste Änderungen, die passen: ${changes.map((x) => x.de).join(', oder ')}`,
  };
}

/**
 * The `plan/infeasible` diagnostic for dates that cannot be found, with figures and the smallest changes;
 * `replanned` are further changes the caller has planned again in full and found to fit.
 */
export function shortageDiagnostic(
  ctx: PlannerContext,
  content: DayContent,
  total: number,
  failure: SelectionFailure,
  replanned: readonly Bilingual[] = [],
): Diagnostic {
  const c = ctx.c;
  const days = content.days;
  const locale = c.locale;
  const fmt = (minutes: number, l: 'en' | 'de'): string => formatDuration(minutes, { unit: ctx.unit, locale: l });
  const covered = [...ctx.fixed.covered.values()].some((m) => m > 0);
  const blocks =
    c.blockDays > 1
      ? { en: ` in blocks of ${c.blockDays} consecutive days`, de: ` in Blöcken von ${c.blockDays} aufeinanderfolgenden Tagen` }
      : { en: '', de: '' };
  const need: Bilingual = {
    en: `${fmt(total, 'en')}${covered ? ' still to plan' : ''} need ${count(days, 'day', 'days')} of ${fmt(c.dayCapacity, 'en')}${blocks.en}`,
    de: `${fmt(total, 'de')}${covered ? ' noch zu planen' : ''} brauchen ${days} ${days === 1 ? 'Tag' : 'Tage'} à ${fmt(c.dayCapacity, 'de')}${blocks.de}`,
  };
  let message: Bilingual;
  if (failure.kind === 'window') {
    const from = c.start ?? c.end!;
    const to = c.end ?? c.start!;
    const s = windowStats(ctx, from, to);
    const removedEn: string[] = [];
    const removedDe: string[] = [];
    if (s.holidays > 0) {
      removedEn.push(count(s.holidays, 'holiday', 'holidays'));
      removedDe.push(`${s.holidays} ${s.holidays === 1 ? 'Feiertag' : 'Feiertagen'}`);
    }
    if (s.blackouts > 0) {
      removedEn.push(count(s.blackouts, 'blackout day', 'blackout days'));
      removedDe.push(`${s.blackouts} ${s.blackouts === 1 ? 'Sperrtag' : 'Sperrtagen'}`);
    }
    if (s.fixed > 0) {
      removedEn.push(count(s.fixed, 'day with an agreed session', 'days with agreed sessions'));
      removedDe.push(`${s.fixed} ${s.fixed === 1 ? 'Tag' : 'Tagen'} mit vereinbarten Terminen`);
    }
    let en = `${need.en}; between ${fromDayNumber(from)} and ${fromDayNumber(to)} there ${s.allowed === 1 ? 'is' : 'are'} ${count(s.allowed, 'allowed day', 'allowed days')}`;
    let de = `${need.de}; zwischen ${fromDayNumber(from)} und ${fromDayNumber(to)} gibt es ${s.allowed} erlaubte${s.allowed === 1 ? 'n Tag' : ' Tage'}`;
    if (removedEn.length > 0) {
      en += ` after ${list(removedEn, 'and')}`;
      de += ` nach Abzug von ${list(removedDe, 'und')}`;
    }
    if (s.allowed >= days) {
      const why: Bilingual[] = [];
      if (c.maxDaysPerWeek !== undefined) why.push({ en: `at most ${count(c.maxDaysPerWeek, 'day', 'days')} a week`, de: `höchstens ${c.maxDaysPerWeek} ${c.maxDaysPerWeek === 1 ? 'Tag' : 'Tagen'} pro Woche` });
      if (c.minGapDays > 1) why.push({ en: `at least ${c.minGapDays} days from session to session`, de: `mindestens ${c.minGapDays} Tagen von Termin zu Termin` });
      if (c.blockDays > 1) why.push({ en: `blocks of ${c.blockDays} consecutive days`, de: `Blöcken von ${c.blockDays} aufeinanderfolgenden Tagen` });
      const usable = selectFor(ctx, content, { distribution: 'pack', from, to });
      const placed = usable.ok ? days : usable.placedDays;
      en += `, but with ${list(why.map((w) => w.en), 'and')} only ${placed} can be used`;
      de += `, aber mit ${list(why.map((w) => w.de), 'und')} sind nur ${placed} nutzbar`;
    }
    message = { en, de };
  } else if (failure.kind === 'max-gap') {
    const classifier = classifierOf(c);
    let next: number | undefined;
    for (let d = failure.after + 1; d <= failure.after + HORIZON_DAYS; d++) {
      if (!ctx.fixed.blocked.has(d) && classifier.classify(d).allowed) {
        next = d;
        break;
      }
    }
    const after = fromDayNumber(failure.after);
    message =
      c.distribute === 'backward'
        ? {
            en: `${need.en}; sessions may be at most ${c.maxGapDays} days apart, but before ${after} no usable day is close enough`,
            de: `${need.de}; Termine dürfen höchstens ${c.maxGapDays} Tage auseinanderliegen, aber vor dem ${after} liegt kein nutzbarer Tag nah genug`,
          }
        : {
            en: `${need.en}; sessions may be at most ${c.maxGapDays} days apart, but after ${after} the next usable day is ${next === undefined ? 'more than ten years later' : `${fromDayNumber(next)}, ${next - failure.after} days later`}`,
            de: `${need.de}; Termine dürfen höchstens ${c.maxGapDays} Tage auseinanderliegen, aber nach dem ${after} ist der nächste nutzbare Tag ${next === undefined ? 'über zehn Jahre später' : `der ${fromDayNumber(next)}, ${next - failure.after} Tage später`}`,
          };
  } else {
    const after = fromDayNumber(failure.after);
    message = {
      en: `${need.en}; no usable day within ten years ${c.distribute === 'backward' ? 'before' : 'after'} ${after} (weekdays, holidays and blackouts leave none)`,
      de: `${need.de}; innerhalb von zehn Jahren ${c.distribute === 'backward' ? 'vor' : 'nach'} dem ${after} gibt es keinen nutzbaren Tag (Wochentage, Feiertage und Sperrtermine lassen keinen übrig)`,
    };
  }
  const path = failure.kind === 'max-gap' ? '/maxGapDays' : c.end !== undefined ? '/end' : '';
  return planDiagnostic('plan/infeasible', 'error', path, message, locale, changesHint(smallestChanges(ctx, content, replanned)));
}

/** The longest run of consecutive calendar days the teaching weekdays allow (7: any length). */
function longestWeekdayRun(weekdays: readonly Weekday[]): number {
  if (weekdays.length === 7) return 7;
  let best = 0;
  // Twice round the week, so a run over Sunday into Monday counts whole.
  let run = 0;
  for (let k = 0; k < 14; k++) {
    run = weekdays.includes(WEEKDAYS[k % 7]!) ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/** How many longer block lengths the block-count hint tries at most. */
const BLOCK_LENGTH_TRIES = 14;

/**
 * The `plan/infeasible` diagnostic for a plan needing more blocks than
 * allowed. Each change it suggests is planned again first, as the other
 * hints are: more blocks, or the shortest longer blocks that fit on the
 * teaching days.
 */
export function blockCountDiagnostic(ctx: PlannerContext, content: DayContent, total: number): Diagnostic {
  const c = ctx.c;
  const days = content.days;
  const allowed = c.blockCount!;
  const fmt = (minutes: number, l: 'en' | 'de'): string => formatDuration(minutes, { unit: ctx.unit, locale: l });
  const blocks = sizesFor(days, c.blockDays).length;
  const changes: Bilingual[] = [];
  if (fitsWith(ctx, { blockCount: blocks })) {
    changes.push({ en: `allow ${count(blocks, 'block', 'blocks')}`, de: `${blocks} ${blocks === 1 ? 'Block' : 'Blöcke'} zulassen` });
  }
  // Blocks are consecutive calendar days, so they can never be longer than the longest run of teaching days.
  const run = c.weekdays.length === 7 ? days : longestWeekdayRun(c.weekdays);
  const shortest = Math.ceil(days / allowed);
  for (let length = shortest; length <= Math.min(days, run, shortest + BLOCK_LENGTH_TRIES - 1); length++) {
    if (length > c.blockDays && fitsWith(ctx, { blockDays: length })) {
      changes.push({ en: `blocks of ${count(length, 'day', 'days')}`, de: `Blöcke von ${length} ${length === 1 ? 'Tag' : 'Tagen'}` });
      break;
    }
  }
  const dayWord: Bilingual = { en: count(c.blockDays, 'day', 'days'), de: `${c.blockDays} ${c.blockDays === 1 ? 'Tag' : 'Tage'}` };
  return planDiagnostic(
    'plan/infeasible',
    'error',
    '/blocks/count',
    {
      en: `${fmt(total, 'en')} need ${count(days, 'day', 'days')} of ${fmt(c.dayCapacity, 'en')}, that is ${count(blocks, 'block', 'blocks')} of ${dayWord.en}, but at most ${allowed === 1 ? '1 block is' : `${allowed} blocks are`} allowed`,
      de: `${fmt(total, 'de')} brauchen ${days} ${days === 1 ? 'Tag' : 'Tage'} à ${fmt(c.dayCapacity, 'de')}, also ${blocks} ${blocks === 1 ? 'Block' : 'Blöcke'} à ${dayWord.de}, erlaubt ${allowed === 1 ? 'ist aber höchstens 1 Block' : `sind aber höchstens ${allowed} Blöcke`}`,
    },
    c.locale,
    changesHint(changes),
  );
}
