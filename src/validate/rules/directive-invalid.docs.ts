import type { RuleDocs } from '../types.js';

export const directiveInvalidDocs: RuleDocs = {
  why: 'A course that meets on Good Friday on purpose should not warn forever, nor force the holiday rule off for every file. An inline directive in a YAML comment disables named codes where the exception is, and says why after `--`, so the next reader knows it was agreed. A directive without a reason, without codes, or with a code that does not exist would silently do nothing or too much: it is an error and disables nothing.',
  details: `Directives are YAML comments, as in ESLint:

- \`# curricula-disable-next-line CODE[, CODE…] -- reason\`: findings on the next line;
- \`# curricula-disable-line CODE -- reason\` at the end of a line: findings on that line;
- \`# curricula-disable CODE -- reason\` … \`# curricula-enable [CODE]\`: findings in between (to the end of the file without an \`enable\`).

A code may be an area (\`offering\`) as in \`rules\` settings. The reason after \` -- \` is required. Disabled
findings are left out of every report but SARIF, which lists them with \`suppressions\` (kind \`inSource\`, the
reason as justification). JSON has no comments: use the config file's \`overrides\` for JSON files and whole
folders. \`--report-unused-disable-directives\` reports directives that disable nothing (\`directive/unused\`).`,
  invalid: `kind: offering
id: ostern-2027
program: intensiv
state: HE
sessions:
  # curricula-disable-next-line offering/holiday
  - { date: 2027-03-26 }
`,
  valid: `kind: offering
id: ostern-2027
program: intensiv
state: HE
sessions:
  # curricula-disable-next-line offering/holiday -- Ostern-Intensivkurs, mit dem Träger abgestimmt
  - { date: 2027-03-26 }
`,
};
