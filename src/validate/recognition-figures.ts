import type { Phrase } from '../core/diagnostic.js';
import { MINUTES_PER_UNIT, type TimeUnit } from '../duration/index.js';
import type { CourseDay } from '../recognition/course-days.js';
import type { RecognitionProfile } from '../recognition/profile.js';
import { amountMinutes } from '../model/amount-minutes.js';
import type { ClaimCheck } from './recognition-targets.js';

/** Where a finding about a claim points: the claim itself when the document makes it, else `fallback`. */
export function claimPath(claim: ClaimCheck, fallback: string): string {
  return claim.origin === 'own' ? claim.pointer : fallback;
}

/** Exact minutes of a profile amount (in the profile's unit unless it names its own). */
export function profileMinutes(profile: RecognitionProfile, amount: number | string | undefined): number | undefined {
  return amountMinutes(amount, profile.unit);
}

/** What every recognition message names: the recognition and its law, in the reader's language. */
export function cite(profile: RecognitionProfile, locale: 'en' | 'de'): { name: string; law: string } {
  return { name: profile.name[locale], law: profile.source.short };
}

/** A duration in the profile's unit. */
export function inUnit(minutes: number, profile: RecognitionProfile): { minutes: number; unit: TimeUnit } {
  return { minutes, unit: profile.unit };
}

/**
 * An average for display: exact when it is a whole number of minutes (21⅓ UE over 4 days is 5⅓ UE),
 * else rounded down to a tenth of a clock hour or a fifth of a UE/LE, so a shown average never
 * reaches a threshold the exact one misses.
 */
export function shownAverage(total: number, count: number, profile: RecognitionProfile): { minutes: number; unit: TimeUnit } {
  if (total % count === 0) return { minutes: total / count, unit: profile.unit };
  const step = profile.unit === 'h' ? 6 : MINUTES_PER_UNIT[profile.unit] / 5;
  return { minutes: Math.floor(total / count / step) * step, unit: profile.unit };
}

/** "05.04.2027 to 09.04.2027" (or one date) as a phrase of namespace `ns`. */
export function spanOf(ns: string, block: readonly CourseDay[]): Phrase {
  const first = block[0]!;
  const last = block[block.length - 1]!;
  return first === last ? { ns, id: 'oneDay', data: { date: first.date } } : { ns, id: 'span', data: { from: first.date, to: last.date } };
}
