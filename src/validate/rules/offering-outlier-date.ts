import { builtinMeta, defineRule } from '../define-rule.js';
import { dayNumber, type SessionInfo } from '../offering-analysis.js';
import { offeringViews } from '../offering-context.js';

/** At least this many days between the stray dates and the rest before a gap can be a typo. */
const MIN_GAP_DAYS = 240;
/** …and the gap must be this many times the span of the other dates (at least two weeks of span). */
const GAP_FACTOR = 3;
const MIN_SPAN_DAYS = 14;

/**
 * A session date far from all the others is likely a typo (a wrong year or
 * month). Gap based and robust: the dated sessions (not cancelled) are
 * split at their largest gap; the smaller side (at most a quarter of the
 * sessions, and not a tie) is flagged when the gap is long
 * (at least 240 days) and at least three times as long as the span of the
 * larger side. So a course spread over three months never warns, a final
 * colloquium half a year later neither, but one session a year after the
 * rest does. Dates outside
 * the offering's own `start`–`end` are always flagged; a period that ends
 * before it starts is reported once instead, as no date can lie inside it.
 */
export const offeringOutlierDate = defineRule({
  meta: builtinMeta('offering/outlier-date'),
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      const start = dayNumber(view.offering.start);
      const end = dayNumber(view.offering.end);
      // Swapped start and end put every session outside: name the period once rather than each date.
      const reversed = start !== undefined && end !== undefined && end < start;
      if (reversed) {
        ctx.report({
          document: view.doc,
          path: '/end',
          // Not a likely typo but a certain one: no date can lie in the period.
          severity: 'error',
          messageId: 'periodReversed',
          hintId: 'swap',
          data: { start: view.offering.start!, end: view.offering.end! },
        });
      }
      const dated = view.dated;
      if (dated.length === 0) continue;
      const flagged = new Set<SessionInfo>();
      if (!reversed && (start !== undefined || end !== undefined)) {
        for (let iInfo = 0; iInfo < dated.length; iInfo++) {
          const info = dated[iInfo]!;
          if ((start !== undefined && info.day! < start) || (end !== undefined && info.day! > end)) {
            flagged.add(info);
            ctx.report({
              document: view.doc,
              path: `${info.pointer}/date`,
              messageId: 'outsidePeriod',
              data: { date: info.session.date!, start: view.offering.start ?? '…', end: view.offering.end ?? '…' },
            });
          }
        }
      }
      const stray = strayDays(dated);
      if (stray.size === 0) continue;
      // The others' range once, by loops: per stray date (a quarter of 100,000 sessions) it was
      // quadratic, and Math.min(...days) overflows the call stack on that many dates.
      let first: SessionInfo | undefined;
      let last: SessionInfo | undefined;
      for (let iD = 0; iD < dated.length; iD++) {
        const d = dated[iD]!;
        if (stray.has(d.day!)) continue;
        if (first === undefined || d.day! < first.day!) first = d;
        if (last === undefined || d.day! > last.day!) last = d;
      }
      if (first === undefined || last === undefined) continue;
      const from = first.session.date!;
      const to = last.session.date!;
      for (let iInfo = 0; iInfo < dated.length; iInfo++) {
        const info = dated[iInfo]!;
        if (!stray.has(info.day!) || flagged.has(info)) continue;
        // The others lie on one side of the gap: the nearest is the first or the last of them.
        const distance = Math.min(Math.abs(first.day! - info.day!), Math.abs(last.day! - info.day!));
        ctx.report({
          document: view.doc,
          path: `${info.pointer}/date`,
          messageId: 'stray',
          hintId: 'checkYearMonth',
          data: { date: info.session.date!, distance, from, to },
        });
      }
    }
  },
});

/** The days of the stray side, empty when there is none. */
function strayDays(dated: readonly SessionInfo[]): Set<number> {
  if (dated.length < 3) return new Set();
  // Sorted as numbers natively, then counted in runs: no Set per side, no filter per side.
  const all = new Float64Array(dated.length);
  let sorted = true;
  for (let i = 0; i < dated.length; i++) {
    all[i] = dated[i]!.day!;
    if (i > 0 && all[i]! < all[i - 1]!) sorted = false;
  }
  // Sessions are listed in order almost always: then there is nothing to sort.
  if (!sorted) all.sort();
  const days: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < all.length; i++) {
    if (days.length > 0 && days[days.length - 1] === all[i]) counts[counts.length - 1]!++;
    else {
      days.push(all[i]!);
      counts.push(1);
    }
  }
  if (days.length < 2) return new Set();
  let gapAt = 0;
  let gap = -1;
  for (let i = 0; i + 1 < days.length; i++) {
    const g = days[i + 1]! - days[i]!;
    if (g > gap) {
      gap = g;
      gapAt = i;
    }
  }
  const left = days.slice(0, gapAt + 1);
  const right = days.slice(gapAt + 1);
  let leftCount = 0;
  for (let i = 0; i <= gapAt; i++) leftCount += counts[i]!;
  const rightCount = dated.length - leftCount;
  if (leftCount === rightCount) return new Set();
  const [minority, majority, minorityCount] =
    leftCount < rightCount ? [left, right, leftCount] : [right, left, rightCount];
  if (minorityCount > Math.max(1, Math.floor(dated.length / 4))) return new Set();
  const span = Math.max(MIN_SPAN_DAYS, majority[majority.length - 1]! - majority[0]!);
  if (gap < MIN_GAP_DAYS || gap < GAP_FACTOR * span) return new Set();
  return new Set(minority);
}
