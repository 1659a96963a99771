import { holidayRegions } from '../../calendar/index.js';
import { didYouMean } from '../../core/did-you-mean.js';
import { CurriculaUsageError } from '../../core/errors.js';
import { builtinMeta, defineRule } from '../define-rule.js';
import { offeringViews } from '../offering-context.js';

/**
 * An offering's `region` (Feiertagsregion) is one the holiday calendar
 * knows in its federal state. Without this rule a misspelt region would be
 * dropped without a word: offering/holiday falls back to the whole state's
 * holidays, and local ones (Augsburg's Friedensfest) go unchecked.
 */
export const offeringRegion = defineRule({
  meta: builtinMeta('offering/region'),
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      const region = view.offering.region;
      if (typeof region !== 'string') continue;
      const state = view.offering.state ?? ctx.options.state;
      if (state === undefined) {
        ctx.report({
          document: view.doc,
          path: '/region',
          messageId: 'noState',
          hintId: 'addState',
          data: { region },
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
      const where = { document: view.doc, path: '/region', messageId: 'unknown' } as const;
      const codes = Object.keys(regions);
      if (codes.length === 0) {
        ctx.report({ ...where, hintId: 'noRegions', data: { region, state } });
        continue;
      }
      // People write the place ("Augsburg") where the calendar wants its code ("A").
      const wanted = region.trim().toLowerCase();
      const byName = wanted.length >= 3 ? codes.find((code) => regions[code]!.toLowerCase().includes(wanted)) : undefined;
      const guess = byName ?? didYouMean(region, codes);
      if (guess !== undefined) ctx.report({ ...where, hintId: 'didYouMean', data: { region, state, suggestion: guess, name: regions[guess]! } });
      else ctx.report({ ...where, hintId: 'regions', data: { region, state, regions: codes.map((code) => `${code} (${regions[code]})`) } });
    }
  },
});
