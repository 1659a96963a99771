import { formatCredits, parseCredits, workloadPerCredit } from '../../duration/index.js';
import { defineRule } from '../define-rule.js';

/**
 * Workload per ECTS credit (declared hours, else the sum of required
 * modules, in clock hours) lies within `creditHours` (default 25 to 30 h).
 */
export const creditsWorkload = defineRule({
  meta: {
    id: 'credits/workload',
    severity: 'warning',
    description: 'Hours per ECTS credit lie within the configured range (`creditHours`, default 25 to 30 clock hours).',
  },
  check(ctx) {
    const { min, max } = ctx.options.creditHours;
    for (const doc of ctx.programDocuments) {
      const program = doc.value;
      if (program.credits === undefined) continue;
      const parsed = parseCredits(program.credits);
      if (!parsed.ok || parsed.credits <= 0) continue;
      // Declared hours, else what the required modules add up to.
      const index = ctx.tree(program);
      const minutes = index.declaredMinutes ?? index.nestedMinutes;
      if (minutes === undefined) continue;
      // Compared in minutes so that 2.5 credits at exactly 25 h are not flagged by float noise.
      const credits = parsed.credits;
      const tooLow = minutes * 100 < Math.round(min * 60 * credits * 100);
      const tooHigh = minutes * 100 > Math.round(max * 60 * credits * 100);
      if (!tooLow && !tooHigh) continue;
      const perCredit = workloadPerCredit(minutes, credits);
      const shown = formatNumber(perCredit, ctx.locale);
      const hours = ctx.formatMinutes(minutes, 'h');
      const c = formatCredits(credits, ctx.locale);
      ctx.report({
        document: doc,
        path: '/credits',
        message: {
          en: `${c} for ${hours} is ${shown} h per credit; expected ${min} to ${max} h`,
          de: `${c} für ${hours} sind ${shown} Std. je Punkt; erwartet sind ${min} bis ${max} Std.`,
        },
        hint: {
          en: 'Check the credits and the hours, or set the creditHours option to your institution\'s ratio',
          de: 'Prüfen Sie Punkte und Stunden, oder setzen Sie die Option creditHours auf das Verhältnis Ihrer Einrichtung',
        },
      });
    }
  },
});

function formatNumber(n: number, locale: 'en' | 'de'): string {
  const text = String(Math.round(n * 100) / 100);
  return locale === 'de' ? text.replace('.', ',') : text;
}
