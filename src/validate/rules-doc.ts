import { argumentError, checkArguments } from '../core/arguments.js';
import { isLocale, type Locale } from '../core/locale.js';
import { describeRule } from './registry.js';
import type { RuleDocs, RuleMeta } from './types.js';

/** The anchor GitHub gives a heading: lower case, punctuation other than `-` and `_` dropped. */
function anchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
}

function fence(text: string): string {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `\`\`\`yaml\n${body}\`\`\``;
}

/**
 * Renders a rules page like docs/rules.md from rule metas: an intro, a
 * table of all rules, then each rule with what it checks and, when it has
 * docs, why and a failing and a passing snippet. Pure, so a test can
 * compare a committed file with it.
 *
 * - `options.docs`: docs by rule id for rules whose meta carries none (a
 *   rule's own `meta.docs` wins). The built-in rules keep theirs out of the
 *   package, so for them the page has the table and the one-line
 *   descriptions; docs/rules.md in the repository has their full pages.
 * - `options.intro`: Markdown above the rule table (default: a
 *   `# Validation rules` heading).
 * - `options.locale`: the language of the built-in rules' descriptions
 *   (`describeCode`); default English, as `meta.description` has them. A
 *   custom rule keeps its own `meta.description`, and the page's headings
 *   and the built-in rules' docs are English either way.
 *
 * @example
 * ```ts
 * import { defineRule, renderRulesMarkdown } from 'curricula';
 * import { writeFileSync } from 'node:fs';
 * const titleCase = defineRule({
 *   meta: {
 *     id: 'house/title-case',
 *     severity: 'warning',
 *     description: 'Module titles start with a capital letter.',
 *     docs: { why: 'House style for printed flyers.', invalid: 'title: einstieg', valid: 'title: Einstieg' },
 *   },
 *   check() {},
 * });
 * writeFileSync('docs/house-rules.md', renderRulesMarkdown([titleCase], { intro: '# House rules\n' }));
 * ```
 */
export function renderRulesMarkdown(
  rules: readonly { meta: RuleMeta }[],
  options: { docs?: ReadonlyMap<string, RuleDocs>; intro?: string; locale?: Locale } = {},
): string {
  checkArguments('renderRulesMarkdown', [['rules', rules, 'records'], ['options', options, 'options']]);
  const { locale } = options;
  if (locale !== undefined && !isLocale(locale)) throw argumentError('renderRulesMarkdown', 'options.locale', "'en', 'de' or left out", locale);
  const describe = (meta: RuleMeta): string => describeRule(meta, locale);
  const parts: string[] = [options.intro ?? '# Validation rules\n'];
  parts.push('## All rules\n');
  parts.push('| rule | default | checks |\n| --- | --- | --- |');
  for (const { meta } of rules) {
    parts.push(`| [\`${meta.id}\`](#${anchor(meta.id)}) | ${meta.severity} | ${describe(meta).replace(/\|/g, '\\|')} |`);
  }
  parts.push('');
  for (const { meta } of rules) {
    parts.push(`## ${meta.id}\n`);
    parts.push(`Default severity: **${meta.severity}**\n`);
    parts.push(`${describe(meta)}\n`);
    const docs = meta.docs ?? options.docs?.get(meta.id);
    if (docs) parts.push(...docsSection(docs));
  }
  return `${parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function docsSection(docs: RuleDocs): string[] {
  const parts = [`**Why:** ${docs.why}\n`];
  if (docs.details) parts.push(`${docs.details.trim()}\n`);
  if (docs.parseOptions) {
    const opts = Object.entries(docs.parseOptions)
      .map(([k, v]) => `\`${k}: ${String(v)}\``)
      .join(', ');
    parts.push(`The snippets are loaded with ${opts}.\n`);
  }
  if (docs.rules) {
    const settings = Object.entries(docs.rules)
      .map(([id, setting]) => `'${id}': '${String(setting)}'`)
      .join(', ');
    parts.push(`The snippets are validated with \`rules: { ${settings} }\`.\n`);
  }
  parts.push('Reported:\n');
  parts.push(`${fence(docs.invalid)}\n`);
  parts.push('Not reported:\n');
  parts.push(`${fence(docs.valid)}\n`);
  if (docs.url) parts.push(`More: ${docs.url}\n`);
  return parts;
}
