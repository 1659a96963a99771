import type { Rule } from './types.js';

const HEADER = `# Validation rules

<!-- Generated from the rules' meta by \`npm run docs:rules\`; do not edit by hand. -->

\`validate(documents, options)\` reports every problem of a set of programs and
offerings at once. Each diagnostic has a \`code\`: the id of the rule below that
found it. Severities: **error** fails CI, **warning** is counted against
\`--max-warnings\`, **info** is only shown.

## Configuring rules

\`\`\`ts
import { parseDocument, validate } from 'curricula';

const diagnostics = validate([parseDocument(programText, { filename: 'program.yaml' })], {
  locale: 'de',                       // messages in German (default: en)
  creditHours: { min: 25, max: 30 },  // workload per ECTS credit
  state: 'BW',                        // federal state for holiday checks when an offering names none
  rules: {
    'credits/workload': 'off',        // one rule
    'offering/holiday': 'error',      // raise a warning to an error
    schema: 'warn',                   // a whole area: every schema/… code (also written 'schema/*')
  },
});
\`\`\`

A setting is \`"error"\`, \`"warn"\` (or \`"warning"\`), \`"info"\` or \`"off"\`. The
exact id wins over its area (the part before the first \`/\`). Codes that come
from loading and parsing (\`syntax\`, \`schema/…\`, \`duration/invalid\`, …) are
configured the same way. An unknown id in \`rules\` is reported as
\`config/unknown-rule\` with a did-you-mean, an unknown setting as
\`config/invalid-setting\`; both carry the file name \`<options>\`.

## Writing your own rule

A rule is a plain object, \`{ meta, check(ctx) }\`, like an ESLint rule. Its id is
the code of every diagnostic it reports; use your own area (\`house/…\`) so it
cannot clash with a built-in rule. \`ctx\` gives all documents the schema
accepted (\`ctx.documents\`, \`ctx.programs\` by id across files,
\`ctx.programDocuments\`, \`ctx.offerings\`), the locale and options, a duration
formatter, and \`report\`, which locates a JSON pointer in the document's source.

\`\`\`ts
import { defineRule, validate } from 'curricula';

export const titleCase = defineRule({
  meta: {
    id: 'house/title-case',
    severity: 'warning',
    description: 'Module titles start with a capital letter.',
    docs: {
      why: 'House style for printed flyers.',
      invalid: 'modules:\\n  - { id: a, title: einstieg }',
      valid: 'modules:\\n  - { id: a, title: Einstieg }',
    },
  },
  check(ctx) {
    for (const doc of ctx.programDocuments) {
      doc.value.modules.forEach((module, i) => {
        if (/^\\p{Ll}/u.test(module.title)) {
          ctx.report({
            document: doc,
            path: \`/modules/\${i}/title\`,
            message: { en: \`"\${module.title}" starts lower-case\`, de: \`„\${module.title}“ beginnt klein\` },
          });
        }
      });
    }
  },
});

validate(results, { extraRules: [titleCase] });
\`\`\`

Snippets below that need several files (an offering and its program) separate
them with a line \`---\`; each part is its own file.
`;

/** The anchor GitHub gives a heading: lower case, punctuation other than `-` and `_` dropped. */
function anchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
}

function fence(text: string): string {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `\`\`\`yaml\n${body}\`\`\``;
}

/**
 * Renders docs/rules.md from rule metas: a configuration guide, how to
 * write a rule, a table of all rules, then each rule with what it checks,
 * why, and a failing and a passing snippet. Pure, so a test can compare
 * the committed file with it.
 *
 * @example
 * ```ts
 * import { builtinRules, renderRulesMarkdown } from 'curricula';
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('docs/rules.md', renderRulesMarkdown(builtinRules));
 * ```
 */
export function renderRulesMarkdown(rules: readonly Rule[]): string {
  const parts: string[] = [HEADER];
  parts.push('## All rules\n');
  parts.push('| rule | default | checks |\n| --- | --- | --- |');
  for (const { meta } of rules) {
    parts.push(`| [\`${meta.id}\`](#${anchor(meta.id)}) | ${meta.severity} | ${meta.description.replace(/\|/g, '\\|')} |`);
  }
  parts.push('');
  for (const { meta } of rules) {
    parts.push(`## ${meta.id}\n`);
    parts.push(`Default severity: **${meta.severity}**\n`);
    parts.push(`${meta.description}\n`);
    parts.push(`**Why:** ${meta.docs.why}\n`);
    if (meta.docs.details) parts.push(`${meta.docs.details.trim()}\n`);
    if (meta.docs.parseOptions) {
      const opts = Object.entries(meta.docs.parseOptions)
        .map(([k, v]) => `\`${k}: ${String(v)}\``)
        .join(', ');
      parts.push(`The snippets are loaded with ${opts}.\n`);
    }
    parts.push('Reported:\n');
    parts.push(`${fence(meta.docs.invalid)}\n`);
    parts.push('Not reported:\n');
    parts.push(`${fence(meta.docs.valid)}\n`);
    if (meta.docs.url) parts.push(`More: ${meta.docs.url}\n`);
  }
  return `${parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
