import { builtinMeta, defineRule } from '../define-rule.js';
import { cite, inUnit, profileMinutes, shownAverage } from '../recognition-figures.js';
import { offeringConstraints } from '../recognition-targets.js';

/**
 * Each course day has the teaching time the profile asks for: a `floor`
 * for every day, lower floors for the arrival and departure days (the
 * first and last day of each block), and an `average` over all days. A day
 * under the floor is named with its date and minutes; where the profile
 * also asks for an average, the message gives the average now. Days whose
 * sessions have no time window are left out (their minutes are unknown).
 */
export const recognitionPerDay = defineRule({
  meta: builtinMeta('recognition/per-day'),
  check(ctx) {
    for (const { claim, days } of offeringConstraints(ctx, 'perDay')) {
      const known = days.days.filter((d) => d.minutes !== undefined);
      if (known.length === 0) continue;
      const profile = claim.profile;
      const figures = cite(profile, ctx.locale);
      const total = known.reduce((sum, d) => sum + d.minutes!, 0);
      const now = shownAverage(total, known.length, profile);
      for (const c of claim.constraints) {
        const floor = profileMinutes(profile, c.floor);
        const arrival = profileMinutes(profile, c.arrivalFloor);
        const departure = profileMinutes(profile, c.departureFloor);
        const average = profileMinutes(profile, c.average);
        const averageLow = average !== undefined && total < average * known.length;
        let averageShown = false;
        for (const day of known) {
          const minutes = day.minutes!;
          const base = { document: claim.doc, path: `${day.pointer}/time`, hintId: 'lengthenDay' as const };
          const dayData = { number: day.number, date: day.date, minutes: inUnit(minutes, profile), ...figures };
          if (day.arrival && arrival !== undefined) {
            if (minutes < arrival) {
              ctx.report({ ...base, messageId: 'arrivalBelowFloor', data: { ...dayData, floor: inUnit(arrival, profile), missing: inUnit(arrival - minutes, profile) } });
            }
            continue;
          }
          if (day.departure && departure !== undefined) {
            if (minutes < departure) {
              ctx.report({ ...base, messageId: 'departureBelowFloor', data: { ...dayData, floor: inUnit(departure, profile), missing: inUnit(departure - minutes, profile) } });
            }
            continue;
          }
          if (floor === undefined || minutes >= floor) continue;
          const missing = inUnit(floor - minutes, profile);
          if (average !== undefined) {
            averageShown ||= averageLow;
            ctx.report({ ...base, messageId: 'belowFloorWithAverage', data: { ...dayData, average: inUnit(average, profile), floor: inUnit(floor, profile), now, missing } });
          } else {
            ctx.report({ ...base, messageId: 'belowFloor', data: { ...dayData, floor: inUnit(floor, profile), missing } });
          }
        }
        // A low average already shown with a day under the floor is not reported twice.
        if (averageLow && !averageShown) {
          ctx.report({
            document: claim.doc,
            path: '/sessions',
            messageId: 'averageTooLow',
            hintId: 'raiseAverage',
            data: {
              count: known.length,
              total: inUnit(total, profile),
              now,
              average: inUnit(average, profile),
              missing: inUnit(average * known.length - total, profile),
              ...figures,
            },
          });
        }
      }
    }
  },
});
