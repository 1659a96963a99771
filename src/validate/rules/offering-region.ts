import { holidayRegions } from '../../calendar/index.js';
import { didYouMean } from '../../core/did-you-mean.js';
import { CurriculaUsageError } from '../../core/errors.js';
import type { Bilingual } from '../../core/locale.js';
import { defineRule } from '../define-rule.js';
import { offeringViews } from '../offering-context.js';

/**
 * An offering's `region` (Feiertagsregion) is one the holiday calendar
 * knows in its federal state. Without this rule a misspelt region would be
 * dropped without a word: offering/holiday falls back to the whole state's
 * holidays, and local ones (Augsburg's Friedensfest) go unchecked.
 */
export const offeringRegion = defineRule({
  meta: {
    id: 'offering/region',
    severity: 'warning',
    description:
      'An offering\'s `region` is one the holiday calendar knows in its federal state (`state`, or the `state` option), such as `A` (Stadt Augsburg) in BY.',
  },
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      const region = view.offering.region;
      if (typeof region !== 'string') continue;
      const state = view.offering.state ?? ctx.options.state;
      if (state === undefined) {
        ctx.report({
          document: view.doc,
          path: '/region',
          message: { en: `Region "${region}" without a federal state`, de: `Region „${region}“ ohne Bundesland` },
          hint: {
            en: 'Add state (e.g. state: BY); a region only refines a state\'s holidays',
            de: 'Ergänzen Sie state (z. B. state: BY); eine Region verfeinert nur die Feiertage eines Bundeslands',
          },
        });
        continue;
      }
      let regions: Readonly<Record<string, string>>;
      try {
        regions = holidayRegions(state);
      } catch (error) {
        if (!(error instanceof CurriculaUsageError)) throw error;
        // An unknown `state` option; the options check reports it.
        continue;
      }
      if (Object.hasOwn(regions, region)) continue;
      ctx.report({
        document: view.doc,
        path: '/region',
        message: {
          en: `The holiday calendar knows no region "${region}" in ${state}; holidays are checked for all of ${state}`,
          de: `Der Feiertagskalender kennt keine Region „${region}“ in ${state}; geprüft werden die Feiertage von ganz ${state}`,
        },
        hint: regionHint(region, state, regions),
      });
    }
  },
});

function regionHint(region: string, state: string, regions: Readonly<Record<string, string>>): Bilingual {
  const codes = Object.keys(regions);
  if (codes.length === 0) {
    return {
      en: `It knows no regions in ${state}: remove region, the state's holidays apply`,
      de: `Er kennt in ${state} keine Regionen: Entfernen Sie region, es gelten die Feiertage des Bundeslands`,
    };
  }
  // People write the place ("Augsburg") where the calendar wants its code ("A").
  const wanted = region.trim().toLowerCase();
  const byName = wanted.length >= 3 ? codes.find((code) => regions[code]!.toLowerCase().includes(wanted)) : undefined;
  const guess = byName ?? didYouMean(region, codes);
  if (guess !== undefined) return { en: `Did you mean "${guess}" (${regions[guess]})?`, de: `Meinten Sie „${guess}“ (${regions[guess]})?` };
  const known = codes.map((code) => `${code} (${regions[code]})`).join(', ');
  return { en: `Regions in ${state}: ${known}`, de: `Regionen in ${state}: ${known}` };
}
