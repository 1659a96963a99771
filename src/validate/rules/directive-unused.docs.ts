import type { RuleDocs } from '../types.js';

export const directiveUnusedDocs: RuleDocs = {
  why: 'A directive outlives its reason: the session moves off the holiday, the directive stays, and one day it hides a finding nobody agreed to. Asked for (`--report-unused-disable-directives`, `reportUnusedDisableDirectives` in the API, or a `rules` setting for this code), each code a disable directive names that disabled nothing is reported, so stale exceptions are removed. The command reports them as warnings by default when it writes a report for CI (`--format github`, `sarif` or `junit`).',
  rules: { 'directive/unused': 'warn' },
  invalid: `kind: offering
id: ostern-2027
program: intensiv
state: HE
sessions:
  # curricula-disable-next-line offering/holiday -- Ostern-Intensivkurs, mit dem Träger abgestimmt
  - { date: 2027-03-24 }
`,
  valid: `kind: offering
id: ostern-2027
program: intensiv
state: HE
sessions:
  - { date: 2027-03-24 }
`,
};
